/** The store's notion of "now", as an ISO string; one place so tests can reason about it. */
export function nowIso(): string {
  return new Date().toISOString();
}
