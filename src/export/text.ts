/** Small text helpers shared by the export formats. */

/** Collapses all whitespace (newlines included) to single spaces: for one-line formats. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Removes bidi override/isolate controls, so exported text cannot reorder what a reader sees. */
export function stripBidi(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}

/** `[year, month?, day?]` from an ISO date or date-time, or null when it does not start with a year. */
export function dateParts(iso: string | null): number[] | null {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
}

/** "2024-03-01T10:00Z" → "2024-03-01" (for file names and RIS dates). */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** "Jane Roe (Foreign Minister)", or whichever part is known. */
export function speaker(i: {
  personName: string | null;
  personTitle: string | null;
  sourceText: string | null;
}): string {
  const name = i.personName ?? i.sourceText ?? '';
  if (name && i.personTitle) return `${name} (${i.personTitle})`;
  return name || i.personTitle || '';
}
