/**
 * Where each character of an assembled document came from. The assembler builds its output from pieces: runs
 * copied from a source file (each character maps to its own place there) and short synthetic runs it writes itself
 * (namespace, `xml:base` and `xml:lang` fix-ups, escaped text), which map to one place: the tag they belong to.
 * A position in the assembled text maps back to a file, line and column, so that every diagnostic and error names
 * the file it comes from. Browser-safe.
 */
import { LineIndex } from '../validate/relaxng/xml/lineIndex.js';

/**
 * A source of the assembled document: its name for messages (a path as the user gave it, or a URL) and its text.
 * @example
 * const part: SourcePart = { name: 'pages/p1.xml', text: '<surface xmlns="http://www.tei-c.org/ns/1.0"/>' }
 */
export interface SourcePart {
  name: string;
  text: string;
}

/**
 * A place in one of the sources: 1-based line and column (UTF-16 code units, as editors count).
 * @example
 * const where: IncludedPosition = { file: 'pages/p1.xml', line: 3, column: 5 }
 */
export interface IncludedPosition {
  file: string;
  line: number;
  column: number;
}

/**
 * Builds the assembled text and its map, piece by piece.
 *
 * @example
 * const builder = new SourceMapBuilder()
 * builder.copy(0, text, 0, 10) // the first ten characters of source 0
 * builder.write('<!-- fixed -->', 0, 10) // synthetic text, attributed to source 0 at offset 10
 */
export class SourceMapBuilder {
  private readonly chunks: string[] = [];
  private readonly starts: number[] = [];
  private readonly sources: number[] = [];
  private readonly offsets: number[] = [];
  private readonly linear: boolean[] = [];
  private total = 0;

  /** Characters so far. */
  get length(): number {
    return this.total;
  }

  /** Copy `text.slice(from, to)` of source `source`: each character maps to its own offset. */
  copy(source: number, text: string, from: number, to: number): void {
    if (to > from) this.push(text.slice(from, to), source, from, true);
  }

  /** Write synthetic text, attributed as a whole to `offset` in source `source`. */
  write(text: string, source: number, offset: number): void {
    if (text !== '') this.push(text, source, offset, false);
  }

  private push(text: string, source: number, offset: number, linear: boolean): void {
    this.chunks.push(text);
    this.starts.push(this.total);
    this.sources.push(source);
    this.offsets.push(offset);
    this.linear.push(linear);
    this.total += text.length;
  }

  /** The assembled text and its map over `parts` (indexed as the pieces name them). */
  finish(parts: readonly SourcePart[]): { text: string; map: SourceMap } {
    const text = this.chunks.join('');
    this.chunks.length = 0;
    return { text, map: new SourceMap(text, parts, this.starts, this.sources, this.offsets, this.linear) };
  }
}

/**
 * Maps offsets and line/column positions of an assembled text back to its sources.
 *
 * @example
 * const { file, line, column } = map.position(12, 4) // line 12, column 4 of the assembled text
 */
export class SourceMap {
  private lineStarts: number[] | undefined;
  private readonly partLines: Array<LineIndex | undefined>;

  constructor(
    private readonly text: string,
    /** The sources, in the order pieces name them; the first is the top-level document. */
    readonly parts: readonly SourcePart[],
    private readonly starts: readonly number[],
    private readonly sources: readonly number[],
    private readonly offsets: readonly number[],
    private readonly linear: readonly boolean[],
  ) {
    this.partLines = parts.map(() => undefined);
  }

  /** The source and offset there of an offset in the assembled text. */
  locate(offset: number): { part: SourcePart; offset: number } {
    const index = this.pieceAt(offset);
    if (index === -1) return { part: this.parts[0]!, offset: 0 };
    const part = this.parts[this.sources[index]!]!;
    const inPiece = this.linear[index] ? offset - this.starts[index]! : 0;
    return { part, offset: this.offsets[index]! + inPiece };
  }

  /** The file, line and column of a 1-based line and column of the assembled text. */
  position(line: number, column: number): IncludedPosition {
    const offset = this.offsetOf(line, column);
    const { part, offset: at } = this.locate(offset);
    const index = this.parts.indexOf(part);
    const lines = (this.partLines[index] ??= new LineIndex(part.text));
    return { file: part.name, ...lines.position(at) };
  }

  private pieceAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    if (high < 0) return -1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The offset of a 1-based line and column of the assembled text. */
  private offsetOf(line: number, column: number): number {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const start = this.lineStarts[Math.min(Math.max(1, line), this.lineStarts.length) - 1]!;
    return Math.min(this.text.length, start + Math.max(0, column - 1));
  }
}
