/**
 * A step counter the hot loops bump, so tests can check that the work grows linearly with the
 * input (comparing counts, never wall-clock time). Costs one increment per step.
 */
export const work = { steps: 0 };
