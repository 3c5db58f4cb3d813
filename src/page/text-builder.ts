/**
 * Builds the article text once, node by node, with its offset map. Whitespace is normalised the
 * way a reader sees it (any run of spaces, tabs, newlines and no-break spaces becomes one space;
 * none at the start or end of a line) and each block element starts a new line, so paragraphs
 * are lines. Every kept character maps back to exactly one character of a text node: a
 * collapsed space maps to the first whitespace character of its run.
 */
import { TextMap } from './text-map.ts';

/** Characters collapsed as whitespace (HTML's ASCII whitespace plus no-break space). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
}

/** Whitespace that needs normalising inside a run of text: anything but a single space. */
const MESSY_SPACE = /[\t\n\r\f\u00a0]| {2}/;

export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly map = new TextMap();
  /** A whitespace character seen but not yet written (written only if text follows on the line). */
  private pendingSpace: { node: Text; offset: number } | null = null;
  /** A line break requested by a block boundary (written only if text follows). */
  private pendingBreak = false;
  /** Whether the current line has any text yet. */
  private lineHasText = false;

  /** Current text length (the offset the next character will get). */
  get size(): number {
    return this.length;
  }

  /** Requests a line break before the next text (block boundaries, <br>). */
  breakLine(): void {
    if (this.lineHasText) this.pendingBreak = true;
    this.pendingSpace = null;
  }

  /** Appends a text node's data, normalising whitespace. */
  appendNode(node: Text): void {
    const data = node.data;
    const n = data.length;
    // Fast path (most prose): whitespace only as single spaces between words, plus possibly
    // one run at either end. The middle is then copied as one run instead of word by word.
    let a = 0;
    while (a < n && isSpace(data.charCodeAt(a))) a++;
    let b = n;
    while (b > a && isSpace(data.charCodeAt(b - 1))) b--;
    if (b > a && !MESSY_SPACE.test(a === 0 && b === n ? data : data.slice(a, b))) {
      if (a > 0 && this.lineHasText && !this.pendingBreak && this.pendingSpace === null) {
        this.pendingSpace = { node, offset: 0 };
      }
      this.flushPending();
      this.parts.push(a === 0 && b === n ? data : data.slice(a, b));
      this.map.addRun(this.length, node, a, b - a);
      this.length += b - a;
      this.lineHasText = true;
      if (b < n) this.pendingSpace = { node, offset: b };
      return;
    }
    let i = 0;
    while (i < n) {
      if (isSpace(data.charCodeAt(i))) {
        if (this.lineHasText && !this.pendingBreak && this.pendingSpace === null) {
          this.pendingSpace = { node, offset: i };
        }
        i++;
        continue;
      }
      // A run of non-space characters [i, j).
      let j = i + 1;
      while (j < n && !isSpace(data.charCodeAt(j))) j++;
      this.flushPending();
      this.parts.push(data.slice(i, j));
      this.map.addRun(this.length, node, i, j - i);
      this.length += j - i;
      this.lineHasText = true;
      i = j;
    }
  }

  private flushPending(): void {
    if (this.pendingBreak) {
      this.parts.push('\n');
      this.length += 1;
      this.pendingBreak = false;
      this.pendingSpace = null;
      this.lineHasText = false;
      return;
    }
    if (this.pendingSpace) {
      const { node, offset } = this.pendingSpace;
      // The space is written as " " even when the source was a tab, newline or no-break space.
      this.parts.push(' ');
      this.map.addRun(this.length, node, offset, 1);
      this.length += 1;
      this.pendingSpace = null;
    }
  }

  /** The finished text and its map. The builder must not be used afterwards. */
  finish(): { text: string; map: TextMap } {
    const text = this.parts.join('');
    this.map.textLength = text.length;
    return { text, map: this.map };
  }
}
