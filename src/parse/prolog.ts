/**
 * Cheap checks on XML text that do not need a DOM: characters XML forbids, bare `&`, a DOCTYPE that declares
 * entities, and the root element's name and namespace. `parseTei` runs them before xmldom; the transforms run
 * them before handing the text to saxon-js, so that untrusted input is refused the same way on both paths
 * without paying for a second full parse.
 */
import { TeiParseError } from '../errors.js';

/**
 * The TEI namespace.
 * @example
 * doc.getElementsByTagNameNS(TEI_NS, 'gap')
 */
export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
/**
 * The XML namespace (`xml:id`, `xml:lang`).
 * @example
 * element.getAttributeNS(XML_NS, 'id')
 */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const TEI_ROOTS = new Set(['TEI', 'teiCorpus']);

/** The root element as its start tag declares it. */
export interface RootElement {
  name: string;
  localName: string;
  namespace: string | null;
  line: number;
  column: number;
}

/**
 * Check `text` and return it without a byte-order mark, with its root element.
 *
 * @throws {TeiParseError} for empty input, forbidden characters, a bare `&`, entity declarations, or a root
 *   outside the TEI namespace.
 */
export function checkXmlText(text: string, file?: string): { source: string; root: RootElement } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') throw new TeiParseError('the input is empty: no root element', { file, line: 1, column: 1 });
  refuseForbiddenCharacters(source, file);
  refuseBareAmpersands(source, file);
  const root = scanProlog(source, file);
  checkRoot(root, source, file);
  return { source, root };
}

// XML 1.0 §2.2: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF are not characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function refuseForbiddenCharacters(source: string, file: string | undefined): void {
  const match = FORBIDDEN.exec(source);
  if (!match) return;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const hint = match.index === 0 && code === '0000' ? ' (is this a binary file?)' : '';
  throw new TeiParseError(`character U+${code} is not allowed in XML${hint}`, { file, ...positionOf(source, match.index), source });
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

/**
 * Walk the prolog (XML declaration, comments, processing instructions, DOCTYPE) up to the root start tag.
 * Entity declarations in a DOCTYPE are refused: entities are how XML reads local files and exhausts memory.
 * An external DTD subset is inert (never fetched), so it is accepted.
 */
function scanProlog(source: string, file: string | undefined): RootElement {
  let i = 0;
  const fail = (message: string, at: number): never => {
    throw new TeiParseError(message, { file, ...positionOf(source, at), source });
  };
  for (;;) {
    while (i < source.length && /\s/.test(source[i]!)) i++;
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end === -1) fail('not well-formed: unterminated processing instruction', i);
      i = end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end === -1) fail('not well-formed: unterminated comment', i);
      i = end + 3;
    } else if (source.startsWith('<!DOCTYPE', i)) {
      i = scanDoctype(source, i, fail);
    } else if (source[i] === '<') {
      return readRootStartTag(source, i, fail);
    } else {
      fail(i < source.length ? 'not well-formed: text before the root element' : 'no root element', Math.min(i, source.length - 1));
    }
  }
}

function scanDoctype(source: string, start: number, fail: (message: string, at: number) => never): number {
  let quote: string | null = null;
  let inSubset = false;
  for (let i = start + 9; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[') {
      inSubset = true;
    } else if (c === ']') {
      inSubset = false;
    } else if (inSubset && source.startsWith('<!ENTITY', i)) {
      fail(
        'the DOCTYPE declares entities; teikit refuses entity declarations (they can read local files or expand without bound): replace entities with characters',
        i,
      );
    } else if (inSubset && source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end === -1) break;
      i = end + 2;
    } else if (!inSubset && c === '>') {
      return i + 1;
    }
  }
  return fail('not well-formed: unterminated DOCTYPE', start);
}

const START_TAG = /<([A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*(?::[A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function readRootStartTag(source: string, at: number, fail: (message: string, at: number) => never): RootElement {
  START_TAG.lastIndex = at;
  const match = START_TAG.exec(source);
  if (!match) return fail('not well-formed: malformed start tag of the root element', at);
  const name = match[1]!;
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const localName = colon === -1 ? name : name.slice(colon + 1);
  let namespace: string | null = null;
  for (const attribute of match[2]!.matchAll(ATTRIBUTE)) {
    const declared = attribute[1] === (prefix ? `xmlns:${prefix}` : 'xmlns');
    if (declared) namespace = decodeReferences(attribute[2] ?? attribute[3] ?? '') || null;
  }
  return { name, localName, namespace, ...positionOf(source, at) };
}

/** Namespace URIs may contain character references; TEI's never needs more than these. */
function decodeReferences(value: string): string {
  return value
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, n: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[n]!);
}

function checkRoot(root: RootElement, source: string, file: string | undefined): void {
  const problem = rootProblem(root.name, root.localName, root.namespace);
  if (problem) throw new TeiParseError(problem, { file, line: root.line, column: root.column, source });
}

/**
 * Why a root element cannot start a TEI document, or undefined when it can: any element in the TEI namespace
 * (`TEI`, `teiCorpus`, or a fragment's root such as `div` or `surface`, as projects keep split documents).
 *
 * @example
 * rootProblem('html', 'html', 'http://www.w3.org/1999/xhtml') // 'the root element is <html> ..., not a TEI document: ...'
 */
export function rootProblem(name: string, localName: string, namespace: string | null): string | undefined {
  if (namespace === TEI_NS) return undefined;
  const where = namespace ? `namespace ${namespace}` : 'no namespace';
  if (TEI_ROOTS.has(localName)) return `<${name}> is in ${where}; TEI P5 requires xmlns="${TEI_NS}"`;
  return `the root element is <${name}> in ${where}, not a TEI document: expected an element in namespace ${TEI_NS} (<TEI>, <teiCorpus>, or the root of a fragment such as <div> or <surface>)`;
}

/**
 * True when `localName` names a whole TEI document (`TEI` or `teiCorpus`), not a fragment.
 *
 * @example
 * isDocumentRoot('surface') // false
 */
export function isDocumentRoot(localName: string): boolean {
  return TEI_ROOTS.has(localName);
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
