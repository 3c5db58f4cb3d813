import { describe, expect, it } from 'vitest';
import { createTabClient, createWorkerClient, isResult, unwrap } from './client.ts';

describe('client', () => {
  it('passes Results through and types them', async () => {
    const worker = createWorkerClient(async () => ({ ok: true, value: { paused: true, storeInPrivate: false, disabledSites: [] } }));
    const r = await worker.request({ type: 'settings/get' });
    expect(r.ok && r.value.paused).toBe(true);
  });

  it('turns transport failures and junk into error Results', async () => {
    const gone = createTabClient(async () => {
      throw new Error('Receiving end does not exist.');
    });
    expect(await gone.request(1, { type: 'page/get-state' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    const silent = createWorkerClient(async () => undefined);
    expect(await silent.request({ type: 'settings/get' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const junk = createWorkerClient(async () => 'hello');
    expect(await junk.request({ type: 'settings/get' })).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('isResult and unwrap', () => {
    expect(isResult({ ok: true, value: null })).toBe(true);
    expect(isResult({ ok: false, error: { code: 'x', message: 'y' } })).toBe(true);
    expect(isResult({ ok: false })).toBe(false);
    expect(isResult({ ok: true })).toBe(false);
    expect(unwrap({ ok: true, value: 3 })).toBe(3);
    expect(() => unwrap({ ok: false, error: { code: 'quota', message: 'full' } })).toThrow('full');
  });
});
