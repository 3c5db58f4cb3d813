#!/usr/bin/env node
/**
 * `npm run package`: builds the extension and writes two store packages of dist/ to
 * artifacts/packages/: on-record-chrome-<version>.zip and on-record-firefox-<version>.zip.
 * The files are the same; only the manifest is trimmed to what each browser reads (Chrome: no
 * `background.scripts`, no gecko settings; Firefox: no `service_worker`, no Chrome minimum), so
 * neither store warns about keys meant for the other.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { Buffer } from 'node:buffer';
import { createBuilder } from 'vite';
import { zip } from './lib/zip.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.ONRECORD_OUT_DIR ?? 'dist');
const OUT = resolve(ROOT, 'artifacts', 'packages');

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile() && !entry.name.endsWith('.map')) out.push(path);
  }
  return out.sort();
}

/** A deep copy (JSON is all a manifest holds). */
const copy = (value) => JSON.parse(JSON.stringify(value));

function forChrome(manifest) {
  const m = copy(manifest);
  delete m.browser_specific_settings;
  m.background = { service_worker: m.background.service_worker, type: m.background.type };
  return m;
}

function forFirefox(manifest) {
  const m = copy(manifest);
  delete m.minimum_chrome_version;
  m.background = { scripts: m.background.scripts, type: m.background.type };
  return m;
}

async function main() {
  if (process.env.ONRECORD_SKIP_BUILD !== '1') {
    const builder = await createBuilder({ configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
    await builder.buildApp();
  }
  const manifest = JSON.parse(await readFile(resolve(DIST, 'manifest.json'), 'utf8'));
  const files = [];
  for (const path of await listFiles(DIST)) {
    const name = relative(DIST, path).split(sep).join('/');
    if (name !== 'manifest.json') files.push({ name, data: await readFile(path) });
  }
  await mkdir(OUT, { recursive: true });
  for (const [browser, shape] of [['chrome', forChrome], ['firefox', forFirefox]]) {
    const data = Buffer.from(`${JSON.stringify(shape(manifest), null, 2)}\n`);
    const file = resolve(OUT, `on-record-${browser}-${manifest.version}.zip`);
    await writeFile(file, zip([{ name: 'manifest.json', data }, ...files]));
    console.log(`wrote ${relative(ROOT, file)} (${files.length + 1} files)`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
