/** A growable store of fixed-width int rows, for the fast tagger's cached sums of weights. */
export class RowStore {
  data: Int32Array;
  count = 0;
  constructor(readonly width: number) {
    this.data = new Int32Array(64 * width);
  }
  /** Offset of a new zeroed row. */
  add(): number {
    if ((this.count + 1) * this.width > this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    return this.count++ * this.width;
  }
}
