/**
 * Offsets to 1-based lines and columns, computed only when asked: the reader keeps offsets, and a diagnostic
 * is the only thing that needs a line. Columns count UTF-16 code units, as editors (and `positionOf`) do.
 * The text is scanned forward from the last position asked for (diagnostics come in document order), with a
 * checkpoint every 256 lines for the positions asked out of order (the first occurrence of a duplicate ID).
 */

const CHECKPOINT_LINES = 256;

/**
 * A lazily scanned table of line starts for one text.
 *
 * @example
 * const lines = new LineIndex('<a>\n  <b/>\n</a>')
 * lines.position(6) // { line: 2, column: 3 }
 */
export class LineIndex {
  /** Start offsets of lines 1, 257, 513, ... (every CHECKPOINT_LINES lines) scanned so far. */
  private readonly checkpoints: number[] = [0];
  /** The furthest line reached: its number and start offset. */
  private line = 1;
  private lineStart = 0;

  constructor(private readonly source: string) {}

  /** The 1-based line and column of `offset` (clamped to the text). */
  position(offset: number): { line: number; column: number } {
    const source = this.source;
    const at = Math.max(0, Math.min(offset, source.length));
    if (at < this.lineStart) {
      // Out of order: scan from the checkpoint before `at`.
      let low = 0;
      let high = this.checkpoints.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (this.checkpoints[middle]! <= at) low = middle;
        else high = middle - 1;
      }
      let line = low * CHECKPOINT_LINES + 1;
      let start = this.checkpoints[low]!;
      for (let i = source.indexOf('\n', start); i !== -1 && i < at; i = source.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
      }
      return { line, column: at - start + 1 };
    }
    let line = this.line;
    let start = this.lineStart;
    for (let i = source.indexOf('\n', start); i !== -1 && i < at; i = source.indexOf('\n', i + 1)) {
      line++;
      start = i + 1;
      if ((line - 1) % CHECKPOINT_LINES === 0) this.checkpoints.push(start);
    }
    this.line = line;
    this.lineStart = start;
    return { line, column: at - start + 1 };
  }
}
