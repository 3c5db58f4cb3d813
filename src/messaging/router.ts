/**
 * The validating routers: one for the worker (`createWorkerRouter`), one for content scripts
 * (`createTabRouter`). Each turns a raw `(message, sender)` pair into a `Result`:
 * sender checked → message validated → policy checked → handler run → errors mapped. Handlers
 * therefore only ever see typed, validated requests from a known sender, and never need
 * try/catch for the reply to be well-formed.
 */
import {
  CONTENT_COLLECTION_TYPES,
  WORKER_POLICY,
  err,
  ok,
  type CoreWorkerRequest,
  type Policy,
  type Result,
  type SenderKind,
  type TabReplyOf,
  type TabRequestOf,
  type TabType,
  type WorkerReplyOf,
  type WorkerRequest,
  type WorkerRequestOf,
  type WorkerType,
} from './contract.ts';
import { toErrorInfo } from './errors.ts';
import { validateTabRequest, validateWorkerRequest } from './validate-requests.ts';

/** The parts of `runtime.MessageSender` the routers look at (structural, so tests fake it). */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean; url?: string };
}

/** Who sent a message, as handlers see it. */
export interface SenderContext {
  kind: SenderKind;
  /** The sender's tab (content scripts; popup/library pages opened in a tab may have one). */
  tabId: number | null;
  frameId: number | null;
  /** The sender's document URL. */
  url: string | null;
  /** True when the sender's tab is in a private/incognito window. */
  incognito: boolean;
}

export interface SelfInfo {
  /** `runtime.id`. */
  extensionId: string;
  /** `runtime.getURL('')`, e.g. `chrome-extension://abc/`. */
  extensionOrigin: string;
}

/**
 * Classifies a sender: our extension pages are `page`, our content scripts in web pages are
 * `content`; anything else (another extension, a web page via externally_connectable) is null.
 */
export function classifySender(sender: SenderInfo, self: SelfInfo): SenderContext | null {
  if (sender.id !== self.extensionId) return null;
  const url = sender.url ?? null;
  const base = {
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? null,
    url,
    incognito: sender.tab?.incognito === true,
  };
  if (url !== null && url.startsWith(self.extensionOrigin)) return { kind: 'page', ...base };
  if (sender.tab !== undefined && base.tabId !== null) return { kind: 'content', ...base };
  return null;
}

/** Which senders may send `type` to the worker. */
export function workerPolicy(type: WorkerType): Policy {
  if (type in WORKER_POLICY) return WORKER_POLICY[type as CoreWorkerRequest['type']];
  return CONTENT_COLLECTION_TYPES.includes(type) ? 'any' : 'page';
}

export type WorkerHandler<T extends WorkerType> = (
  request: WorkerRequestOf<T>,
  sender: SenderContext,
) => Promise<WorkerReplyOf<T>> | WorkerReplyOf<T>;

/** Handlers by message type; background.ts merges the store's and its own. */
export type WorkerHandlers = { [T in WorkerType]?: WorkerHandler<T> };

export type RawListener = (raw: unknown, sender: SenderInfo) => Promise<Result<unknown>>;

type LooseHandler<R> = (request: R, sender: SenderContext) => unknown;

async function run<R extends { type: string }>(
  handler: LooseHandler<R> | undefined,
  request: R,
  ctx: SenderContext,
): Promise<Result<unknown>> {
  if (!handler) return err('unknown-type', `no handler for ${request.type}`);
  try {
    return ok(await handler(request, ctx));
  } catch (e) {
    return { ok: false, error: toErrorInfo(e) };
  }
}

function parse<R>(validate: (raw: unknown) => R | null, raw: unknown): Result<R> {
  try {
    const request = validate(raw);
    return request === null ? err('unknown-type', 'unknown message type') : ok(request);
  } catch (e) {
    return { ok: false, error: toErrorInfo(e) };
  }
}

/** The worker's `runtime.onMessage` logic: sender check, validation, policy, dispatch. */
export function createWorkerRouter(handlers: WorkerHandlers, self: SelfInfo): RawListener {
  return async (raw, sender) => {
    const ctx = classifySender(sender, self);
    if (!ctx) return err('forbidden', 'sender is not part of this extension');
    const parsed = parse(validateWorkerRequest, raw);
    if (!parsed.ok) return parsed;
    const request: WorkerRequest = parsed.value;
    const policy = workerPolicy(request.type);
    if (policy !== 'any' && policy !== ctx.kind) {
      return err('forbidden', `${request.type} may not be sent from a ${ctx.kind} context`);
    }
    const handler = handlers[request.type] as LooseHandler<WorkerRequest> | undefined;
    return run(handler, request, ctx);
  };
}

export type TabHandler<T extends TabType> = (
  request: TabRequestOf<T>,
  sender: SenderContext,
) => Promise<TabReplyOf<T>> | TabReplyOf<T>;

export type TabHandlers = { [T in TabType]?: TabHandler<T> };

/**
 * The content script's `runtime.onMessage` logic. Only our worker and our extension pages may
 * talk to a content script (`tabs.sendMessage` from them arrives with our id and an extension
 * URL, or no URL at all for the worker in some browsers).
 */
export function createTabRouter(handlers: TabHandlers, self: SelfInfo): RawListener {
  return async (raw, sender) => {
    if (sender.id !== self.extensionId) return err('forbidden', 'sender is not part of this extension');
    if (sender.url !== undefined && !sender.url.startsWith(self.extensionOrigin)) {
      return err('forbidden', 'only the extension may message a content script');
    }
    const parsed = parse(validateTabRequest, raw);
    if (!parsed.ok) return parsed;
    const ctx: SenderContext = {
      kind: 'page',
      tabId: sender.tab?.id ?? null,
      frameId: sender.frameId ?? null,
      url: sender.url ?? null,
      incognito: sender.tab?.incognito === true,
    };
    const handler = handlers[parsed.value.type] as LooseHandler<typeof parsed.value> | undefined;
    return run(handler, parsed.value, ctx);
  };
}
