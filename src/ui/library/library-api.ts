/**
 * Everything the library page asks of the worker, as typed calls over one `send` function (the
 * platform's `runtime.sendMessage` in the extension, a fake in tests). Replies are checked to be
 * `Result`-shaped; a missing worker becomes an `unavailable` error, never a throw.
 */
import { isResult } from '../../messaging/client.ts';
import type {
  CollectionReplies,
  CollectionRequest,
  CollectionType,
} from '../../messaging/collection.ts';
import type { PersonSummary, Result } from '../../messaging/contract.ts';

export type Send = (message: unknown) => Promise<unknown>;

export interface LibraryApi {
  request<T extends CollectionType>(
    req: Extract<CollectionRequest, { type: T }>,
  ): Promise<Result<CollectionReplies[T]>>;
  searchPeople(query: string): Promise<Result<PersonSummary[]>>;
}

async function call<R>(send: Send, message: unknown): Promise<Result<R>> {
  let reply: unknown;
  try {
    reply = await send(message);
  } catch (e) {
    return {
      ok: false,
      error: { code: 'unavailable', message: e instanceof Error ? e.message : String(e) },
    };
  }
  if (!isResult(reply))
    return {
      ok: false,
      error: { code: 'internal', message: 'The extension gave no usable answer.' },
    };
  return reply as Result<R>;
}

export function createLibraryApi(send: Send): LibraryApi {
  return {
    request: <T extends CollectionType>(req: Extract<CollectionRequest, { type: T }>) =>
      call<CollectionReplies[T]>(send, req),
    searchPeople: (query) =>
      call<PersonSummary[]>(send, { type: 'people/search', query, limit: 20 }),
  };
}

/** A short sentence for an error code, for the status line. */
export function errorText(r: { error: { code: string; message: string } }): string {
  switch (r.error.code) {
    case 'quota':
      return 'The browser is out of storage space, so nothing was changed. Free some disk space and try again.';
    case 'unavailable':
      return 'The extension is not responding. Reload this page.';
    case 'not-found':
      return 'That item or person no longer exists.';
    default:
      return r.error.message;
  }
}
