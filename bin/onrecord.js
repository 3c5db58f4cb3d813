#!/usr/bin/env node
// The `onrecord` command. Runs the TypeScript sources through tsx, so the CLI always uses the
// same engine code as the extension with no separate build step.
import { register } from 'tsx/esm/api';
import { readFileSync } from 'node:fs';

register();
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { main } = await import('../src/cli/main.ts');
process.stdout.on('error', (err) => {
  // A closed pipe (e.g. `| head`) is not an error worth a stack trace.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
try {
  process.exitCode = await main(process.argv.slice(2), version);
} catch (err) {
  process.stderr.write(`onrecord: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
