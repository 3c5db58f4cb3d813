/**
 * `npm run bench`: speed and memory figures, each against a baseline measured in the same run.
 * Sections: engine vs compromise (Node), identity resolution against 50k people, and the
 * browser (page load → highlights, longest task, hover latency) when a built extension and
 * Chromium are available. Figures are printed, never asserted.
 */
import { resolve } from 'node:path';
import { benchEngine, type BenchSection } from './bench/engine.ts';

const dataDir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../shared/data'));

function print(section: BenchSection): void {
  console.log(`\n## ${section.label}`);
  for (const [k, v] of Object.entries(section.figures)) console.log(`  ${k.padEnd(44)} ${v}`);
}

const sections: Array<() => Promise<BenchSection>> = [
  async () => benchEngine(dataDir),
  async () => (await import('./bench/identity.ts')).benchIdentity() as Promise<BenchSection>,
  async () => (await import('./bench/browser.ts')).benchBrowser(),
];

for (const run of sections) {
  try {
    print(await run());
  } catch (err) {
    console.log(`\n## (section failed) ${(err as Error).message}`);
  }
}
