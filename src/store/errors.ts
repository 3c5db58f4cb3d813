/**
 * Typed store failures. Callers (the worker's message handlers, the library page) show the user
 * a message per `code` instead of a raw DOMException; a quota error in particular must say
 * "your disk is full" and must never leave half an item behind (every write is one transaction).
 */
export type StoreErrorCode =
  'quota' | 'invalid' | 'not-found' | 'conflict' | 'unavailable' | 'unknown';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

function errorName(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'name' in err && typeof err.name === 'string')
    return err.name;
  return '';
}

function innerError(err: unknown): unknown {
  if (typeof err === 'object' && err !== null && 'inner' in err) return err.inner;
  return undefined;
}

/** True for a storage-full failure however Dexie or the browser wrapped it. */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e !== undefined && e !== null && depth < 4; depth++) {
    const name = errorName(e);
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    e = innerError(e) ?? (e instanceof Error ? e.cause : undefined);
  }
  return false;
}

/** Converts anything thrown by IndexedDB/Dexie into a StoreError (StoreErrors pass through). */
export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  if (isQuotaError(err)) {
    return new StoreError('quota', 'The browser is out of storage space; nothing was saved.', {
      cause: err,
    });
  }
  const name = errorName(err);
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'ConstraintError') return new StoreError('conflict', message, { cause: err });
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'MissingAPIError') {
    return new StoreError('unavailable', message, { cause: err });
  }
  return new StoreError('unknown', message, { cause: err });
}

/** Runs `fn` and rethrows any failure as a StoreError. */
export async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toStoreError(err);
  }
}
