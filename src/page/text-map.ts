/**
 * The offset map between the article text and the DOM: every character of the text either
 * comes from a text node (a "run": a verbatim copy of `length` characters starting at
 * `nodeStart` in `node`) or was added by the reader (a "\n" between blocks, which maps to no
 * node). Analysis works on text offsets only; this map turns them into DOM positions at the edge
 * (STYLE.md habit 2), and DOM positions (a caret under the pointer) back into offsets.
 *
 * Runs are kept in flat typed arrays because a huge page has hundreds of thousands of them.
 */

/** A DOM position inside a text node. */
export interface NodePoint {
  node: Text;
  offset: number;
}

/** Growable Int32Array: amortised O(1) push without one object per run. */
class IntList {
  data = new Int32Array(256);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i] ?? 0;
  }
}

export class TextMap {
  /** Text offset where each run starts (strictly increasing). */
  private readonly runText = new IntList();
  /** Offset inside the node where each run starts. */
  private readonly runNodeStart = new IntList();
  /** Length of each run. */
  private readonly runLength = new IntList();
  /** Index into `nodes` of each run's node. */
  private readonly runNode = new IntList();
  /** Every text node read, in text order. */
  readonly nodes: Text[] = [];
  /** For each node: the index of its first run (its runs are consecutive). */
  private readonly nodeFirstRun = new IntList();
  private readonly nodeIndex = new Map<Text, number>();
  /** Length of the whole text the map belongs to (set by the builder when done). */
  textLength = 0;

  get runCount(): number {
    return this.runText.length;
  }

  /**
   * Records that text[textStart, textStart+length) is node.data[nodeStart, nodeStart+length).
   * Called by the builder in increasing text order; adjacent runs of one node are merged.
   */
  addRun(textStart: number, node: Text, nodeStart: number, length: number): void {
    if (length <= 0) return;
    let ni = this.nodeIndex.get(node);
    const last = this.runText.length - 1;
    if (ni !== undefined && last >= 0 && this.runNode.at(last) === ni) {
      const lastEndText = this.runText.at(last) + this.runLength.at(last);
      const lastEndNode = this.runNodeStart.at(last) + this.runLength.at(last);
      if (lastEndText === textStart && lastEndNode === nodeStart) {
        this.runLength.data[last] = this.runLength.at(last) + length;
        return;
      }
    }
    if (ni === undefined) {
      ni = this.nodes.length;
      this.nodes.push(node);
      this.nodeIndex.set(node, ni);
      this.nodeFirstRun.push(this.runText.length);
    }
    this.runText.push(textStart);
    this.runNodeStart.push(nodeStart);
    this.runLength.push(length);
    this.runNode.push(ni);
  }

  /** Whether this text node was read into the map. */
  has(node: Node): boolean {
    return this.nodeIndex.has(node as Text);
  }

  /** Index of the last run starting at or before `offset`, or -1. */
  private runAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.runText.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.runText.at(mid) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  private runPoint(run: number, delta: number): NodePoint {
    const node = this.nodes[this.runNode.at(run)] as Text;
    return { node, offset: this.runNodeStart.at(run) + delta };
  }

  /**
   * The DOM position of a text offset used as a range boundary. `side` says which way to snap
   * when the offset falls on a character the reader added ("\n"): a start snaps forward to the
   * next real character, an end snaps back to just after the previous one.
   */
  toPoint(offset: number, side: 'start' | 'end'): NodePoint | null {
    const n = this.runText.length;
    if (n === 0) return null;
    if (side === 'start') {
      let r = this.runAtOrBefore(offset);
      if (r >= 0) {
        const delta = offset - this.runText.at(r);
        if (delta < this.runLength.at(r)) return this.runPoint(r, delta);
      }
      r += 1;
      return r < n ? this.runPoint(r, 0) : null;
    }
    // End boundary: the character before `offset` decides.
    const r = this.runAtOrBefore(offset - 1);
    if (r < 0) return null;
    const delta = Math.min(offset - this.runText.at(r), this.runLength.at(r));
    return this.runPoint(r, delta);
  }

  /**
   * The text offset of a DOM position inside a read text node, or null when the node was not
   * read or the position lies in collapsed whitespace that has no character of its own (then the
   * nearest following character's offset is returned if it belongs to the same node).
   */
  toOffset(node: Node, nodeOffset: number): number | null {
    const ni = this.nodeIndex.get(node as Text);
    if (ni === undefined) return null;
    const first = this.nodeFirstRun.at(ni);
    const end = ni + 1 < this.nodes.length ? this.nodeFirstRun.at(ni + 1) : this.runText.length;
    let best: number | null = null;
    for (let r = first; r < end; r++) {
      const s = this.runNodeStart.at(r);
      const len = this.runLength.at(r);
      if (nodeOffset >= s && nodeOffset < s + len) return this.runText.at(r) + (nodeOffset - s);
      if (nodeOffset === s + len) best = this.runText.at(r) + len;
      if (nodeOffset < s) return best ?? this.runText.at(r);
    }
    return best;
  }

  /** Text offsets covered by a node: [start, end) of its first and last run, or null. */
  nodeSpan(node: Node): [number, number] | null {
    const ni = this.nodeIndex.get(node as Text);
    if (ni === undefined) return null;
    const first = this.nodeFirstRun.at(ni);
    const last =
      (ni + 1 < this.nodes.length ? this.nodeFirstRun.at(ni + 1) : this.runText.length) - 1;
    return [this.runText.at(first), this.runText.at(last) + this.runLength.at(last)];
  }

  /**
   * The pieces of [start, end) that come from text nodes, one per run, in order. The edge code
   * turns consecutive pieces into Ranges; tests use it to check that every piece maps back to
   * exactly the same characters.
   */
  pieces(
    start: number,
    end: number,
  ): Array<{ node: Text; from: number; to: number; textStart: number }> {
    const out: Array<{ node: Text; from: number; to: number; textStart: number }> = [];
    if (end <= start) return out;
    let r = Math.max(0, this.runAtOrBefore(start));
    for (; r < this.runText.length; r++) {
      const rs = this.runText.at(r);
      const re = rs + this.runLength.at(r);
      if (rs >= end) break;
      if (re <= start) continue;
      const a = Math.max(start, rs);
      const b = Math.min(end, re);
      const ns = this.runNodeStart.at(r);
      out.push({
        node: this.nodes[this.runNode.at(r)] as Text,
        from: ns + a - rs,
        to: ns + b - rs,
        textStart: a,
      });
    }
    return out;
  }
}
