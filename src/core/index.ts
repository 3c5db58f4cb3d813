/** Public API of the pure analysis engine. */
export { analyze, analyzeSteps, clampText } from './analyze.ts';
export { claimText } from './claim-text.ts';
export type * from './types.ts';
