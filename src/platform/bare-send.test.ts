import { afterEach, describe, expect, it } from 'vitest';
import { bareSendMessage } from './bare-send.ts';

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
