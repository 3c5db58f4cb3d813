/**
 * Tiny hand-written runtime checks used by the message validators. Messages cross a trust
 * boundary (a content script runs next to page code we do not control), so every field is
 * checked for type *and* size before the worker touches it. No schema library: the checks are
 * small, explicit and have no `any`.
 */

/** Thrown by a check; the router turns it into `{ ok: false, error: { code: 'invalid-message' } }`. */
export class ValidationError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ValidationError';
  }
}

export type Obj = Record<string, unknown>;

export function obj(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationError(path, 'expected an object');
  }
  return value as Obj;
}

export function str(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string') throw new ValidationError(path, 'expected a string');
  if (value.length > max) throw new ValidationError(path, `longer than ${max} characters`);
  return value;
}

export function strOrNull(value: unknown, path: string, max: number): string | null {
  return value === null ? null : str(value, path, max);
}

/** A non-negative safe integer no larger than `max`. */
export function int(value: unknown, path: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new ValidationError(path, `expected an integer in [0, ${max}]`);
  }
  return value;
}

export function intOrNull(value: unknown, path: string, max?: number): number | null {
  return value === null ? null : int(value, path, max);
}

export function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new ValidationError(path, 'expected a boolean');
  return value;
}

export function oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new ValidationError(path, `expected one of ${options.join(', ')}`);
  }
  return value as T;
}

export function arr<T>(
  value: unknown,
  path: string,
  max: number,
  item: (v: unknown, p: string) => T,
): T[] {
  if (!Array.isArray(value)) throw new ValidationError(path, 'expected an array');
  if (value.length > max) throw new ValidationError(path, `more than ${max} items`);
  return value.map((v: unknown, i) => item(v, `${path}[${i}]`));
}

/** The `type` tag of a message, checked to be a short string. */
export function tagOf(value: unknown): string {
  return str(obj(value, 'message').type, 'message.type', 64);
}

/** `{ type: T }`: the tag every message carries. */
export interface WithTag<T extends string> {
  type: T;
}
