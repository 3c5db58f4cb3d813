/**
 * The built content script stays small: it runs in every page the user opens, so the engine,
 * its models and the transliteration tables live in the worker, never in content.js. A size
 * budget, not a timing: an import that drags them in fails here, not in a benchmark read later.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './support/chromium.ts';
import { test, expect } from '@playwright/test';

const BUDGET_GZIP_KB = 60;

test('content.js stays within its size budget and carries no engine or model', () => {
  const code = readFileSync(join(DIST, 'content.js'));
  expect(gzipSync(code).length / 1024).toBeLessThan(BUDGET_GZIP_KB);
  const text = code.toString('utf8');
  // Markers of the shipped weights and of any-ascii's tables.
  expect(text).not.toContain('"cueHeads"');
  expect(text).not.toMatch(/averaged.perceptron weights/i);
  expect(text.length).toBeLessThan(400_000);
});
