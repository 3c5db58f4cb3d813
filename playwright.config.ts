/**
 * End-to-end tests: the built extension (`npm run build` first) in real Chromium, one worker
 * (2 shared cores; each test launches its own browser). The fixture in e2e/support/test.ts
 * launches Chromium and serves e2e/fixtures on 127.0.0.1.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'only-on-failure' },
});
