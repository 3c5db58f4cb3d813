/**
 * Turning failures into the contract's `ErrorInfo`. Handlers throw (a `MessageError`, a store
 * error with a `code`, or anything); the router answers with a Result whose error code a UI can
 * branch on, and a message short enough to show.
 */
import type { ErrorCode, ErrorInfo } from './contract.ts';
import { ValidationError } from './guards.ts';

/** Throw this from a handler to fail with a specific contract error code. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Error codes other layers use (the store's `StoreError.code`) mapped to ours. */
const CODE_MAP: Readonly<Record<string, ErrorCode>> = {
  'invalid-message': 'invalid-message',
  invalid: 'invalid-message',
  forbidden: 'forbidden',
  'unknown-type': 'unknown-type',
  'not-found': 'not-found',
  'no-selection': 'no-selection',
  quota: 'quota',
  unavailable: 'unavailable',
};

const MAX_MESSAGE = 500;

export function toErrorInfo(e: unknown): ErrorInfo {
  const message = (e instanceof Error ? e.message : String(e)).slice(0, MAX_MESSAGE);
  if (e instanceof ValidationError) return { code: 'invalid-message', message };
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') {
    const code = CODE_MAP[e.code];
    if (code) return { code, message };
  }
  return { code: 'internal', message };
}
