/**
 * The engine's stages are generators so a caller can pause between steps (the worker slices
 * them; see `analyzeSteps`). Callers that can block drive one to its end with this.
 */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
