/**
 * The transcription as the importer reads it: one string with `\n` line ends (CRLF and CR are normalised, a BOM
 * is dropped), offsets that map back to 1-based line and column, and blank-line separated blocks. Refuses what
 * cannot become XML text (binary files, control characters) with a `TeiInputError` that says where.
 * Browser-safe.
 */
import { TeiInputError } from '../errors.js';
import type { Position } from '../model/nodes.js';

/** A stretch of the source, by offsets into {@link Source.text} (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** A line of the source: its number and its offsets (without the line end). */
export interface SourceLine extends Span {
  number: number;
}

/** Lines with text between blank lines. */
export interface Block extends Span {
  lines: SourceLine[];
}

/** The normalised text and its line table. */
export interface Source {
  text: string;
  file?: string;
  lines: SourceLine[];
}

/**
 * Normalise and check a transcription.
 *
 * @throws {TeiInputError} when it is empty, binary (NUL bytes), or has characters XML cannot hold.
 * @example
 * readSource('\uFEFFTitle\r\n\r\nText').lines.length // 3
 */
export function readSource(input: string, file?: string): Source {
  if (typeof input !== 'string') throw new TeiInputError('a transcription must be given as text', { file });
  // Form feeds (page ends in some OCR exports) and vertical tabs are whitespace to a reader but not XML
  // characters: they become spaces, so that line numbers stay those of the file.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\f\v]/g, ' ');
  const lines: SourceLine[] = [];
  let start = 0;
  for (let number = 1; ; number++) {
    const end = text.indexOf('\n', start);
    lines.push({ number, start, end: end === -1 ? text.length : end });
    if (end === -1) break;
    start = end + 1;
  }
  const source: Source = { text, lines, ...(file === undefined ? {} : { file }) };
  if (text.trim() === '') throw new TeiInputError('the transcription is empty', { file, line: 1, column: 1 });
  refuseUnwritable(source, input);
  return source;
}

// XML 1.0 allows tab, LF and CR among the C0 controls; it forbids U+FFFE, U+FFFF and unpaired surrogates.
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function refuseUnwritable(source: Source, input: string): void {
  const found = UNWRITABLE.exec(source.text);
  if (!found) return;
  const { line, column } = positionAt(source, found.index);
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const binary = source.text.includes('\u0000');
  const message = binary
    ? `this looks like a binary file, not a text transcription (NUL byte at line ${line})`
    : `character U+${code} at line ${line}, column ${column} cannot be written in XML: remove it or replace it`;
  throw new TeiInputError(message, { file: source.file, line, column, source: binary ? undefined : input.replace(/^\uFEFF/, '') });
}

/**
 * The 1-based line and column of an offset (columns count UTF-16 code units, as model positions do).
 *
 * @example
 * positionAt(readSource('a\nbc'), 3) // { line: 2, column: 2 }
 */
export function positionAt(source: Source, offset: number): Position {
  let low = 0;
  let high = source.lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (source.lines[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  const line = source.lines[low]!;
  return { line: line.number, column: offset - line.start + 1 };
}

/**
 * The offset of the first line feed in `[from, to)`, or -1. Unlike `indexOf('\n', from)` it stops at `to`: finding the
 * line ends of 100,000 remarks on one long line would otherwise scan to the end of that line for each of them.
 *
 * @example
 * newlineIn('ab\ncd', 0, 2) // -1
 */
export function newlineIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/** The text of a span. */
export function textOf(source: Source, span: Span): string {
  return source.text.slice(span.start, span.end);
}

/** A span without its leading and trailing whitespace (empty spans stay where they start). */
export function trimSpan(source: Source, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(source.text[start]!)) start++;
  while (end > start && /\s/.test(source.text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The blocks of a range of lines: runs of lines with text, separated by blank lines. Each block is trimmed.
 *
 * @example
 * splitBlocks(readSource('a\nb\n\nc')).map((b) => b.lines.length) // [2, 1]
 */
export function splitBlocks(source: Source, lines: SourceLine[] = source.lines): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const span = trimSpan(source, { start: current[0]!.start, end: current[current.length - 1]!.end });
    blocks.push({ ...span, lines: current });
    current = [];
  };
  for (const line of lines) {
    if (textOf(source, line).trim() === '') flush();
    else current.push(line);
  }
  flush();
  return blocks;
}
