/**
 * `npm run bench`: speed and memory figures, each against a baseline measured in the same run.
 * Sections: engine vs compromise (Node), identity resolution against 50k people, and the
 * browser (page load → highlights, longest task, hover latency) when a built extension and
 * Chromium are available. Figures are printed, never asserted.
 *
 * Real pages: the built extension over the pages of pages-reader, with and without it (real-pages).
 *
 * `--only <section>` runs one section (engine, identity, browser or real-pages), e.g.
 * `npx vite build && npx tsx scripts/bench.ts --only browser`; the data directory is still the
 * first other argument.
 */
import { resolve } from 'node:path';
import { benchEngine, type BenchSection } from './bench/engine.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const dataDir = resolve(args[0] ?? resolve(import.meta.dirname, '../../shared/data'));

function print(section: BenchSection): void {
  console.log(`\n## ${section.label}`);
  for (const [k, v] of Object.entries(section.figures)) console.log(`  ${k.padEnd(44)} ${v}`);
}

const sections: Record<string, () => Promise<BenchSection>> = {
  engine: async () => benchEngine(dataDir),
  identity: async () =>
    (await import('./bench/identity.ts')).benchIdentity() as Promise<BenchSection>,
  browser: async () => (await import('./bench/browser.ts')).benchBrowser(),
  'real-pages': async () => (await import('./bench/real-pages.ts')).benchRealPages(dataDir),
};
if (only !== undefined && !(only in sections)) {
  console.error(`--only: no section "${only}" (one of ${Object.keys(sections).join(', ')})`);
  process.exit(2);
}

for (const [name, run] of Object.entries(sections)) {
  if (only !== undefined && name !== only) continue;
  try {
    print(await run());
  } catch (err) {
    console.log(`\n## (section failed) ${(err as Error).message}`);
  }
}
