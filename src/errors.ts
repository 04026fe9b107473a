/**
 * Typed errors. Library functions throw these (or return diagnostics) and never print;
 * the CLI prints them as `file:line:column: message` with a code frame.
 */

/**
 * A place in a source text. Lines and columns are 1-based.
 *
 * @example
 * const at: SourcePosition = { file: 'letter.xml', line: 12, column: 5 }
 */
export interface SourcePosition {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * What went wrong, broadly: decides the CLI's exit code and lets callers branch without `instanceof`.
 *
 * @example
 * if (error instanceof TeiError && error.kind === 'parse') console.error(error.location(), error.message)
 */
export type TeiErrorKind = 'parse' | 'input' | 'transform' | 'usage' | 'model';

/**
 * Where an error is, the text it is in (for the code frame) and its cause.
 *
 * @example
 * throw new TeiInputError('no such file: a.xml', { file: 'a.xml', cause: error })
 */
export interface TeiErrorOptions extends SourcePosition {
  /** The source text, when known: used to build the code frame. Not kept on the error. */
  source?: string;
  cause?: unknown;
}

/**
 * Base class of every error teikit throws on purpose.
 *
 * @example
 * try { parseTei('<TEI>', { file: 'a.xml' }) } catch (e) {
 *   if (e instanceof TeiError) console.error(e.location(), e.message, '\n' + e.frame)
 * }
 */
export class TeiError extends Error {
  readonly kind: TeiErrorKind;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** The offending source line(s) with a caret under the column, when the source was known. */
  readonly frame?: string;

  constructor(kind: TeiErrorKind, message: string, options: TeiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TeiError';
    this.kind = kind;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    if (options.source !== undefined && options.line !== undefined) {
      this.frame = codeFrame(options.source, options.line, options.column ?? 1);
    }
  }

  /** `file:line:column`, with the parts that are known (e.g. `<input>:3:10`). */
  location(): string {
    const parts = [this.file ?? '<input>'];
    if (this.line !== undefined) parts.push(String(this.line));
    if (this.line !== undefined && this.column !== undefined) parts.push(String(this.column));
    return parts.join(':');
  }
}

/**
 * The input is not well-formed XML, not TEI, or uses a refused construct (entity declarations...).
 *
 * @example
 * try { parseTei('<TEI>') } catch (e) { if (e instanceof TeiParseError) console.error(`${e.location()}: ${e.message}`) }
 */
export class TeiParseError extends TeiError {
  constructor(message: string, options: TeiErrorOptions = {}) {
    super('parse', message, options);
    this.name = 'TeiParseError';
  }
}

/**
 * The input cannot be read: missing file, not UTF-8, a directory...
 *
 * @example
 * try { readXmlFileSync('missing.xml') } catch (e) { if (e instanceof TeiInputError) console.error(e.message) }
 */
export class TeiInputError extends TeiError {
  constructor(message: string, options: TeiErrorOptions = {}) {
    super('input', message, options);
    this.name = 'TeiInputError';
  }
}

/**
 * An `xi:include` cannot be resolved: it points outside the XInclude root or at a URL, its file is missing and it
 * has no fallback, it includes itself, nests too deeply, or is misplaced. Located at the `xi:include` (its `href`)
 * in the including file. Its kind is `input`: the document cannot be assembled.
 *
 * @example
 * try { toHtml('edition.xml', { xinclude: true }) } catch (e) { if (e instanceof TeiXIncludeError) console.error(`${e.location()}: ${e.message}`) }
 */
export class TeiXIncludeError extends TeiError {
  constructor(message: string, options: TeiErrorOptions = {}) {
    super('input', message, options);
    this.name = 'TeiXIncludeError';
  }
}

/**
 * The XSLT transformation failed (a stylesheet error, or a refused resource access).
 *
 * @example
 * try { toHtml(text, { stylesheet: 'broken.xsl' }) } catch (e) { if (e instanceof TeiTransformError) console.error(e.message) }
 */
export class TeiTransformError extends TeiError {
  constructor(message: string, options: TeiErrorOptions = {}) {
    super('transform', message, options);
    this.name = 'TeiTransformError';
  }
}

/**
 * The caller asked for something that does not exist: unknown command, option or value.
 *
 * @example
 * try { toHtml(text, { view: 'bogus' as never }) } catch (e) { if (e instanceof TeiUsageError) console.error(e.message) }
 */
export class TeiUsageError extends TeiError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'TeiUsageError';
  }
}

const FRAME_CONTEXT_LINES = 2;
const FRAME_MAX_WIDTH = 120;

/**
 * The lines around `line` with a gutter of line numbers and a caret under `column`.
 * Long lines are cut around the column so that a one-line 20 MB file still gives a short frame.
 * `lineStarts` (the offset where each line begins) spares the scan from the start of `source` when one caller frames
 * many places of one source: a report of 600,000 diagnostics with frames would otherwise be quadratic.
 *
 * @example
 * codeFrame('<TEI>\n  <p>a & b</p>\n</TEI>', 2, 10)
 * //   1 | <TEI>
 * // > 2 |   <p>a & b</p>
 * //     |          ^
 * //   3 | </TEI>
 */
export function codeFrame(source: string, line: number, column: number, lineStarts?: readonly number[]): string {
  const first = Math.max(1, line - FRAME_CONTEXT_LINES);
  const last = line + FRAME_CONTEXT_LINES;
  const lines = lineStarts ? linesAt(source, lineStarts, first, last) : linesBetween(source, first, last);
  if (lines.length === 0) return '';
  const gutterWidth = String(first + lines.length - 1).length;
  const start = Math.max(0, column - 1 - Math.floor(FRAME_MAX_WIDTH / 2));
  const out: string[] = [];
  lines.forEach((text, index) => {
    const number = first + index;
    const shown = visible(text.slice(start, start + FRAME_MAX_WIDTH));
    const marker = number === line ? '>' : ' ';
    out.push(`${marker} ${String(number).padStart(gutterWidth)} | ${shown}`.trimEnd());
    if (number === line) {
      out.push(`  ${' '.repeat(gutterWidth)} | ${' '.repeat(Math.max(0, column - 1 - start))}^`);
    }
  });
  return out.join('\n');
}

/** Lines `first`..`last` (1-based, inclusive) without scanning past them. */
/** {@link linesBetween} with the offsets where lines start, found once by the caller. */
function linesAt(source: string, starts: readonly number[], first: number, last: number): string[] {
  const result: string[] = [];
  for (let lineNumber = first; lineNumber <= last && lineNumber <= starts.length; lineNumber++) {
    const offset = starts[lineNumber - 1]!;
    // A final newline ends the last line; it does not start an empty one.
    if (offset === source.length && lineNumber > 1) break;
    const stop = lineNumber < starts.length ? starts[lineNumber]! - 1 : source.length;
    result.push(source.slice(offset, stop).replace(/\r$/, ''));
  }
  return result;
}

function linesBetween(source: string, first: number, last: number): string[] {
  const result: string[] = [];
  let lineNumber = 1;
  let offset = 0;
  while (lineNumber <= last && offset <= source.length) {
    const end = source.indexOf('\n', offset);
    // A final newline ends the last line; it does not start an empty one.
    if (end === -1 && offset === source.length && lineNumber > 1) break;
    const stop = end === -1 ? source.length : end;
    if (lineNumber >= first) result.push(source.slice(offset, stop).replace(/\r$/, ''));
    if (end === -1) break;
    offset = end + 1;
    lineNumber++;
  }
  return result;
}

/** Tabs and control characters would shift or corrupt the caret line: show them as one visible cell. */
function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\t' ? ' ' : '\u2400'));
}
