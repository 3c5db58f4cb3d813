/**
 * Typed senders for the contract. UI code and the content script call
 * `worker.request({ type: 'people/card', … })` and get a `Result` typed by the message's tag;
 * they never see a thrown transport error (a missing receiver becomes `unavailable`).
 *
 * The transport is injected (the platform module gives the real one), so this file has no
 * browser dependency and tests drive it with plain functions.
 */
import {
  err,
  type Result,
  type TabReplyOf,
  type TabRequestOf,
  type TabType,
  type WorkerReplyOf,
  type WorkerRequestOf,
  type WorkerType,
} from './contract.ts';

/** Sends one message and resolves with the receiver's raw reply. */
export type SendToWorker = (message: unknown) => Promise<unknown>;
export type SendToTab = (tabId: number, message: unknown) => Promise<unknown>;

export interface WorkerClient {
  request<T extends WorkerType>(message: WorkerRequestOf<T>): Promise<Result<WorkerReplyOf<T>>>;
}

export interface TabClient {
  request<T extends TabType>(
    tabId: number,
    message: TabRequestOf<T>,
  ): Promise<Result<TabReplyOf<T>>>;
}

/** True for `{ ok: true, value }` or `{ ok: false, error: { code, message } }`. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; value?: unknown; error?: unknown };
  if (v.ok === true) return 'value' in v;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}

async function call<R>(send: () => Promise<unknown>): Promise<Result<R>> {
  let reply: unknown;
  try {
    reply = await send();
  } catch (e) {
    return err('unavailable', e instanceof Error ? e.message : String(e));
  }
  if (reply === undefined) return err('unavailable', 'no receiver answered');
  // The reply's value shape is the receiver's contract; only its envelope is checked here.
  return isResult(reply) ? (reply as Result<R>) : err('internal', 'malformed reply');
}

export function createWorkerClient(send: SendToWorker): WorkerClient {
  return {
    request: <T extends WorkerType>(message: WorkerRequestOf<T>) =>
      call<WorkerReplyOf<T>>(() => send(message)),
  };
}

export function createTabClient(send: SendToTab): TabClient {
  return {
    request: <T extends TabType>(tabId: number, message: TabRequestOf<T>) =>
      call<TabReplyOf<T>>(() => send(tabId, message)),
  };
}

/** Returns the value of an ok Result or throws its error (for code that prefers exceptions). */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw Object.assign(new Error(result.error.message), { code: result.error.code });
}
