/** Public API of the pure analysis engine. */
export { analyze, analyzeSteps, clampText } from './analyze.ts';
export type * from './types.ts';
