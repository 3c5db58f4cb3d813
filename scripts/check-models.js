#!/usr/bin/env node
// `npm run train:check`: retrains both models into a temporary folder and compares them byte for
// byte with the shipped files in src/core/model/. A change to the tokenizer or to the features
// changes what training writes; this says so before the committed weights drift from the code.
//
//   npm run train:check [-- --data DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataAt = process.argv.indexOf('--data');
const data = dataAt >= 0 ? ['--data', process.argv[dataAt + 1]] : [];
const tmp = mkdtempSync(join(tmpdir(), 'onrecord-models-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const models = [
  { name: 'persons.json', script: 'scripts/train.ts' },
  { name: 'claims.json', script: 'scripts/train-claims.ts' },
];
let drifted = 0;
try {
  for (const m of models) {
    const out = join(tmp, m.name);
    const run = spawnSync(npx, ['tsx', m.script, ...data, '--out', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) {
      console.error(`${m.name}: training failed (exit ${run.status}); is ../shared/data there?`);
      process.exit(2);
    }
    const same = readFileSync(out).equals(readFileSync(join(root, 'src', 'core', 'model', m.name)));
    console.log(`${m.name}: ${same ? 'same bytes as shipped' : 'DIFFERS from the shipped file: run `npm run train` and commit the weights with their new eval figures'}`);
    if (!same) drifted++;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(drifted > 0 ? 1 : 0);
