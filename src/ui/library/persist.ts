/**
 * Asking the browser to keep our storage (`navigator.storage.persist()`), so it does not evict
 * the collection when the disk runs low. Browsers may grant it silently, ask the user, or
 * refuse; the library shows which.
 */
export type PersistState = 'persistent' | 'best-effort' | 'unsupported';

export async function requestPersistence(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistState> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
