/**
 * XML text to an xmldom Document, strictly: every xmldom warning or error is fatal,
 * entity declarations are refused, and the root must be TEI or teiCorpus in the TEI namespace.
 * Browser-safe: no Node imports.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { TeiParseError } from '../errors.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface ParseOptions {
  /** The file name used in errors (and kept for diagnostics); defaults to none. */
  file?: string;
}

/** xmldom stamps 1-based positions on nodes when its locator is on. */
export interface Positioned {
  lineNumber?: number;
  columnNumber?: number;
}

const TEI_ROOTS = new Set(['TEI', 'teiCorpus']);

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
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') throw new TeiParseError('the input is empty: no root element', { file, line: 1, column: 1 });
  refuseForbiddenCharacters(source, file);
  refuseBareAmpersands(source, file);

  let failure: TeiParseError | undefined;
  const parser = new DOMParser({
    locator: true,
    onError(level, message, context) {
      const locator = (context as { locator?: Positioned }).locator ?? {};
      failure ??=
        entityDeclarationError(context.doc, source, file) ??
        new TeiParseError(describe(level, message), { file, ...refinePosition(message, locator, source), source });
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
  const refused = entityDeclarationError(doc, source, file);
  if (refused) throw refused;
  checkRoot(doc.documentElement, source, file);
  return doc;
}

function checkRoot(root: Element | null, source: string, file: string | undefined): void {
  if (!root) throw new TeiParseError('no root element', { file, line: 1, column: 1 });
  if (root.namespaceURI === TEI_NS && TEI_ROOTS.has(root.localName ?? '')) return;
  const at = root as Positioned;
  const where = { file, line: at.lineNumber, column: at.columnNumber, source };
  if (!TEI_ROOTS.has(root.localName ?? '')) {
    throw new TeiParseError(
      `the root element is <${root.nodeName}>, not a TEI document: expected <TEI> or <teiCorpus> in namespace ${TEI_NS}`,
      where,
    );
  }
  const ns = root.namespaceURI ? `namespace ${root.namespaceURI}` : 'no namespace';
  throw new TeiParseError(
    `<${root.nodeName}> is in ${ns}; TEI P5 requires xmlns="${TEI_NS}"`,
    where,
  );
}

/**
 * Entity declarations are how XML reads local files (external entities) and exhausts memory
 * (billion laughs). xmldom never expands them, but a document that relies on them would lose text:
 * refuse it outright with a clear message instead.
 */
function entityDeclarationError(doc: Document | undefined, source: string, file: string | undefined) {
  const doctype = doc?.doctype as (Positioned & { internalSubset?: string }) | null | undefined;
  if (!doctype?.internalSubset || !/<!ENTITY/.test(doctype.internalSubset)) return undefined;
  const offset = source.indexOf('<!ENTITY');
  const { line, column } = offset === -1 ? { line: doctype.lineNumber, column: doctype.columnNumber } : positionOf(source, offset);
  return new TeiParseError(
    'the DOCTYPE declares entities; teikit refuses entity declarations (they can read local files or expand without bound): replace entities with characters',
    { file, line, column, source },
  );
}

// XML 1.0 §2.2: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF are not characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function refuseForbiddenCharacters(source: string, file: string | undefined): void {
  const match = FORBIDDEN.exec(source);
  if (!match) return;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const what = match.index === 0 && code === '0000' ? ' (is this a binary file?)' : '';
  throw new TeiParseError(`character U+${code} is not allowed in XML${what}`, {
    file,
    ...positionOf(source, match.index),
    source,
  });
}

// Markup where `&` is literal, then any `&` that does not start a character or entity reference.
const BARE_AMPERSAND =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|&(?!(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][\w.:\-\u00b7-\uffff]*);)/g;

/** xmldom accepts `a & b` silently; XML does not (§2.4), and the `&` would be lost on a round trip. */
function refuseBareAmpersands(source: string, file: string | undefined): void {
  BARE_AMPERSAND.lastIndex = 0;
  for (let match = BARE_AMPERSAND.exec(source); match; match = BARE_AMPERSAND.exec(source)) {
    if (match[0] !== '&') continue;
    throw new TeiParseError('not well-formed: "&" must start a reference such as &amp; or &#38;', {
      file,
      ...positionOf(source, match.index),
      source,
    });
  }
}

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
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
