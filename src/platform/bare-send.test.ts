import { afterEach, describe, expect, it } from 'vitest';
import { bareAnswer, bareSendMessage } from './bare-send.ts';

const g = globalThis as { browser?: unknown; chrome?: unknown };

afterEach(() => {
  delete g.browser;
  delete g.chrome;
});

describe('bareSendMessage', () => {
  it("uses Firefox's browser.runtime where there is one, else Chrome's chrome.runtime", async () => {
    g.chrome = { runtime: { sendMessage: async (m: unknown) => ({ via: 'chrome', m }) } };
    expect(await bareSendMessage({ type: 'x' })).toEqual({ via: 'chrome', m: { type: 'x' } });
    g.browser = { runtime: { sendMessage: async (m: unknown) => ({ via: 'browser', m }) } };
    expect(await bareSendMessage(1)).toEqual({ via: 'browser', m: 1 });
  });

  it('rejects (does not throw) where there is no extension runtime', async () => {
    g.chrome = {};
    await expect(bareSendMessage({})).rejects.toThrow(/no extension runtime/);
  });
});

describe('bareAnswer', () => {
  it('answers this extension\'s messages until stopped, and no one else\'s', () => {
    const listeners = new Set<(m: unknown, s: { id?: string }, r: (a: unknown) => void) => unknown>();
    g.chrome = {
      runtime: {
        id: 'ours',
        sendMessage: async () => undefined,
        onMessage: { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) },
      },
    };
    const stop = bareAnswer((m) => (m === 'state?' ? 'working' : undefined));
    const replies: unknown[] = [];
    const send = (m: unknown, id: string) => listeners.forEach((l) => l(m, { id }, (a) => replies.push(a)));
    send('state?', 'ours');
    send('state?', 'someone-else');
    send('other', 'ours');
    expect(replies).toEqual(['working']);
    stop();
    expect(listeners.size).toBe(0);
  });
});
