/**
 * dexie-export-import reads the global `self` when its module is evaluated. Browsers (pages and
 * workers) have it; Node (unit tests, the CLI) does not, and the import would throw there even
 * for code that never makes a backup. Imported before dexie-export-import, this aliases `self`
 * to `globalThis` when it is missing; in browsers it does nothing.
 */
const g = globalThis as { self?: unknown };
g.self ??= globalThis;

export {};
