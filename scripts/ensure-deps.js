#!/usr/bin/env node
// Runs before `npm start` and `npm test`, so the README's two commands work on a fresh clone:
// installs the locked npm dependencies when node_modules is missing or older than the lock file.
// Plain Node, no dependencies (nothing is installed yet when it runs).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');

const fresh =
  existsSync(installed) && (!existsSync(lock) || statSync(installed).mtimeMs >= statSync(lock).mtimeMs);
if (fresh) process.exit(0);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => spawnSync(npm, args, { cwd: root, stdio: 'inherit' }).status === 0;

console.log('On Record: installing dependencies (first run, or package-lock.json changed)…');
// npm 11 writes a lock file without other platforms' optional bindings of unrs-resolver (used by
// eslint-plugin-import-x) and then `npm ci` refuses it; `npm install` installs the locked versions.
if (!run(['ci', '--no-audit', '--no-fund']) && !run(['install', '--no-audit', '--no-fund'])) {
  console.error('On Record: npm could not install the dependencies (see above).');
  process.exit(1);
}
