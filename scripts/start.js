#!/usr/bin/env node
/**
 * `npm start`: build the extension, serve the demo articles on localhost and open Chromium with
 * the extension and a demo profile (see scripts/demo/start.ts). This wrapper only lets node run
 * the TypeScript (tsx), so the demo shares code with the e2e fixture.
 */
import { register } from 'tsx/esm/api';

register();
await import('./demo/start.ts');
