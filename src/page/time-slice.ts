/**
 * Drives a generator in time slices so no main-thread task runs longer than the budget (the
 * engine's `analyzeSteps` and the reader's `readArticleSteps` both yield at safe points). Between
 * slices it yields to the browser with `scheduler.yield()` where available, else a macrotask.
 */

export interface SliceOptions {
  /** Milliseconds of work per slice (default 8). */
  budgetMs?: number;
  /** Aborts between two steps: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Clock (tests pass a fake one). */
  now?: () => number;
  /** How to give the browser a turn (tests pass an immediate one). */
  yieldToHost?: () => Promise<void>;
}

type SchedulerLike = {
  postTask?: (cb: () => void, options?: { priority?: string }) => Promise<void>;
};

/**
 * Gives the event loop a turn, fairly: `scheduler.postTask` at normal priority (not
 * `scheduler.yield()`, whose continuations jump ahead of the page's own tasks, starving its
 * timers and network callbacks for the seconds a huge page takes), else a MessageChannel
 * message (a macrotask without setTimeout's 4 ms clamp), else setTimeout.
 */
export function defaultYield(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s && typeof s.postTask === 'function')
    return s.postTask(() => undefined, { priority: 'user-visible' });
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runSliced<T>(
  steps: Generator<unknown, T, void>,
  options: SliceOptions = {},
): Promise<T> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToHost ?? defaultYield;
  const { signal } = options;
  for (;;) {
    if (signal?.aborted) {
      steps.return(undefined as T);
      throw signal.reason ?? new Error('aborted');
    }
    const start = now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (now() - start >= budget) break;
    }
    await pause();
  }
}
