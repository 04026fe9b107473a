/**
 * Where a node is: 1-based line and column (from xmldom's locator) and an XPath, for diagnostics. Browser-safe.
 *
 * Sibling positions are computed once per parent and cached, so that locating every child of a 20,000-paragraph
 * body stays linear.
 */
import type { Attr, Element, Node } from '@xmldom/xmldom';
import { TEI_NS, XML_NS } from '../parse/parseTei.js';

const ELEMENT_NODE = 1;
const ATTRIBUTE_NODE = 2;

/**
 * A position in the source and the XPath of the node there.
 *
 * @example
 * const at: Location = { line: 12, column: 5, xpath: '/TEI/text[1]/body[1]/p[3]' }
 */
export interface Location {
  line: number;
  column: number;
  xpath: string;
}

interface Positioned {
  lineNumber?: number;
  columnNumber?: number;
}

/**
 * Locates nodes of one document. Created once per validation; the source text (when known) lets it point at one
 * token inside an attribute value (`corresp="#a #b"`: the column of `#b`).
 *
 * @example
 * const locator = createLocator(doc, text)
 * locator.locate(element)                  // { line: 12, column: 5, xpath: '/TEI/text[1]/body[1]/p[3]' }
 * locator.locate(element.getAttributeNode('corresp')!, '#b')
 */
export interface Locator {
  locate(node: Element | Attr, token?: string): Location;
  xpath(node: Element | Attr): string;
}

/**
 * A {@link Locator} over `doc`; `source` is the text it was parsed from, if any.
 *
 * @example
 * createLocator(parseTei(text), text).locate(element).xpath // '/TEI/text[1]/body[1]/p[3]'
 */
export function createLocator(doc: Node, source?: string): Locator {
  const positions = new WeakMap<Element, number>();
  let lineStarts: number[] | undefined;

  const position = (element: Element): number => {
    const cached = positions.get(element);
    if (cached !== undefined) return cached;
    const parent = element.parentNode;
    const counters = new Map<string, number>();
    for (let child = parent?.firstChild ?? null; child; child = child.nextSibling) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const key = nameKey(child as Element);
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      positions.set(child as Element, n);
    }
    return positions.get(element) ?? 1;
  };

  const elementPath = (element: Element): string => {
    const steps: string[] = [];
    for (let node: Node | null = element; node && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
      const e = node as Element;
      const isRoot = !e.parentNode || e.parentNode.nodeType !== ELEMENT_NODE;
      steps.push(isRoot ? stepName(e) : `${stepName(e)}[${position(e)}]`);
    }
    return `/${steps.reverse().join('/')}`;
  };

  const xpath = (node: Element | Attr): string =>
    node.nodeType === ATTRIBUTE_NODE
      ? `${(node as Attr).ownerElement ? elementPath((node as Attr).ownerElement as Element) : ''}/@${attributeName(node as Attr)}`
      : elementPath(node as Element);

  const tokenColumn = (attr: Attr, line: number, column: number, token: string): number => {
    if (source === undefined) return column + 1;
    lineStarts ??= computeLineStarts(source);
    const start = (lineStarts[line - 1] ?? 0) + column; // the character after the opening quote
    const quote = source[start - 1];
    if (quote !== '"' && quote !== "'") return column;
    const end = source.indexOf(quote, start);
    const raw = source.slice(start, end === -1 ? start : end);
    const at = findToken(raw, token);
    // Only when the raw text before the token is plain (no newline, no reference) does it map one to one.
    if (at === -1 || /[\n&]/.test(raw.slice(0, at))) return column + 1;
    return column + 1 + at;
  };

  return {
    xpath,
    locate(node, token) {
      const { lineNumber = 1, columnNumber = 1 } = node as Positioned;
      if (node.nodeType === ATTRIBUTE_NODE) {
        const column = token === undefined ? columnNumber + 1 : tokenColumn(node as Attr, lineNumber, columnNumber, token);
        return { line: lineNumber, column, xpath: xpath(node) };
      }
      return { line: lineNumber, column: columnNumber, xpath: xpath(node) };
    },
  };
}

function nameKey(element: Element): string {
  return `${element.namespaceURI ?? ''} ${element.localName ?? element.nodeName}`;
}

function stepName(element: Element): string {
  const local = element.localName ?? element.nodeName;
  return element.namespaceURI === TEI_NS ? local : `Q{${element.namespaceURI ?? ''}}${local}`;
}

function attributeName(attr: Attr): string {
  const local = attr.localName ?? attr.name;
  if (!attr.namespaceURI) return local;
  return attr.namespaceURI === XML_NS ? `xml:${local}` : `Q{${attr.namespaceURI}}${local}`;
}

function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of `token` as a whole whitespace-separated token of `raw`, or -1. */
function findToken(raw: string, token: string): number {
  for (let from = 0; ; ) {
    const at = raw.indexOf(token, from);
    if (at === -1) return -1;
    const before = at === 0 || /\s/.test(raw[at - 1]!);
    const after = at + token.length >= raw.length || /\s/.test(raw[at + token.length]!);
    if (before && after) return at;
    from = at + 1;
  }
}
