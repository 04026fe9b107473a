/**
 * XML text to an xmldom Document, strictly: every xmldom warning or error is fatal,
 * entity declarations are refused, and the root must be TEI or teiCorpus in the TEI namespace.
 * Browser-safe: no Node imports.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';
import { TeiParseError } from '../errors.js';
import { checkXmlText, positionOf } from './prolog.js';

export { TEI_NS, XML_NS } from './prolog.js';

/**
 * Options of {@link parseTei}.
 * @example
 * parseTei(text, { file: 'letters/L001.xml' })
 */
export interface ParseOptions {
  /** The file name used in errors (and kept for diagnostics); defaults to none. */
  file?: string;
}

/**
 * xmldom stamps 1-based positions on nodes when its locator is on.
 *
 * @example
 * const { lineNumber, columnNumber } = parseTei(text).documentElement as unknown as Positioned
 */
export interface Positioned {
  lineNumber?: number;
  columnNumber?: number;
}

/**
 * Parse TEI XML text.
 *
 * @returns the document; every element carries `lineNumber` and `columnNumber` (1-based).
 * @throws {TeiParseError} with file, line and column for malformed XML, characters XML forbids,
 *   a DOCTYPE that declares entities, or a root outside the TEI namespace.
 * @example
 * const doc = parseTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>', { file: 'a.xml' })
 * doc.documentElement.localName // 'TEI'
 */
export function parseTei(text: string, options: ParseOptions = {}): Document {
  const { file } = options;
  const { source } = checkXmlText(text, file);

  let failure: TeiParseError | undefined;
  const parser = new DOMParser({
    locator: true,
    // XML 1.0 (§2.11) turns only CRLF and CR into LF; xmldom's default also folds U+0085, U+2028 and U+2029
    // (the XML 1.1 rule), which would change text that TEI 1.0 documents contain.
    normalizeLineEndings: (text: string) => text.replace(/\r\n?/g, '\n'),
    onError(level, message, context) {
      const locator = (context as { locator?: Positioned }).locator ?? {};
      failure ??= new TeiParseError(describe(level, message), { file, ...refinePosition(message, locator, source), source });
      throw failure;
    },
  });

  let doc: Document;
  try {
    doc = parser.parseFromString(source, 'text/xml');
  } catch (error) {
    if (failure) throw failure;
    const locator = (error as { locator?: Positioned }).locator ?? {};
    throw new TeiParseError(describe('fatalError', (error as Error).message), {
      file,
      line: locator.lineNumber,
      column: locator.columnNumber,
      source,
      cause: error,
    });
  }
  return doc;
}

/**
 * xmldom's locator points near, not at, some errors (it lags behind entity references and end tags).
 * When the message names the offending token, find it from the start of the reported line.
 */
function refinePosition(message: string, locator: Positioned, source: string): { line?: number; column?: number } {
  const reported = { line: locator.lineNumber, column: locator.columnNumber };
  const token =
    /entity not found:\s*(&[^;\s]*;?)/.exec(message)?.[1] ?? /tag mismatch: "[^"]*" != "([^"]+)"/.exec(message)?.[1];
  if (!token || reported.line === undefined) return reported;
  const lineStart = offsetOfLine(source, reported.line);
  const found = source.indexOf(token.startsWith('&') ? token : `</${token}`, lineStart);
  return found === -1 ? reported : positionOf(source, found);
}

function offsetOfLine(source: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line && offset !== -1; n++) offset = source.indexOf('\n', offset) + 1 || -1;
  return Math.max(0, offset);
}

/** xmldom messages carry a trailing locator and sometimes a "[xmldom error]" prefix: keep the words. */
function describe(level: string, message: string): string {
  const words = message
    .replace(/\n?@#\[line:\d+,col:\d+\]/g, '')
    .replace(/^\[xmldom [a-zA-Z]+\]\s*/, '')
    .trim();
  const undefinedEntity = /^entity not found:\s*(&\S*)/.exec(words);
  if (undefinedEntity) {
    return `not well-formed: undefined entity ${undefinedEntity[1]}; XML predefines only &amp; &lt; &gt; &quot; &apos;: write the character itself or a numeric reference such as &#160;`;
  }
  const kind = level === 'warning' ? 'XML warning (treated as an error)' : 'not well-formed';
  return `${kind}: ${words}`;
}
