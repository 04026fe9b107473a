/** Small DOM readings the rules share. Browser-safe. */
import type { Attr, Element } from '@xmldom/xmldom';
import { TEI_NS, XML_NS } from '../../parse/parseTei.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * An element as a reader names it in a message: `<handShift>`.
 *
 * @example
 * tag(element) // '<handShift>'
 */
export function tag(element: Element): string {
  return `<${element.namespaceURI === TEI_NS ? element.localName : element.nodeName}>`;
}

/**
 * The `xml:id` of an element, or null.
 *
 * @example
 * xmlId(handNote) // 'h1'
 */
export function xmlId(element: Element): string | null {
  return element.getAttributeNS(XML_NS, 'id') || null;
}

/**
 * The `xml:id` attribute node of an element (to point a diagnostic at it), or the element itself.
 *
 * @example
 * report(idNode(handNote), 'hand never used')
 */
export function idNode(element: Element): Element | Attr {
  return element.getAttributeNodeNS(XML_NS, 'id') ?? element;
}

/**
 * An attribute without namespace as a node (to point a diagnostic at it), or the element when it is absent.
 *
 * @example
 * report(attributeNode(gap, 'reason'), 'unknown reason')
 */
export function attributeNode(element: Element, name: string): Element | Attr {
  return element.getAttributeNode(name) ?? element;
}

/**
 * Is `element` the TEI element `name`?
 *
 * @example
 * isTeiElement(element.parentNode as Element, 'respStmt')
 */
export function isTeiElement(element: Element | null | undefined, name: string): boolean {
  return !!element && element.namespaceURI === TEI_NS && element.localName === name;
}

/**
 * The element children of `element`, in any namespace.
 *
 * @example
 * childElements(choice).map((c) => c.localName) // ['sic', 'corr']
 */
export function childElements(element: Element): Element[] {
  const result: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) result.push(child as Element);
  }
  return result;
}

/**
 * True when an element has no element children and no text but whitespace (comments do not count): O(children).
 *
 * @example
 * isEmptyElement(parseTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"><sic> <!-- x --> </sic></TEI>').documentElement.firstChild) // true
 */
export function isEmptyElement(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) return false;
    if ((child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) && /\S/.test(child.nodeValue ?? '')) return false;
  }
  return true;
}

/**
 * `a, b and c` (or `a, b or c`), with at most `limit` items and `(and N more)` after them.
 *
 * @example
 * listOf(['#h1', '#h2', '#h3'])       // '#h1, #h2 and #h3'
 * listOf(['lost', 'illegible'], 'or') // 'lost or illegible'
 */
export function listOf(items: readonly string[], conjunction: 'and' | 'or' = 'and', limit = 10): string {
  if (items.length > limit) return `${items.slice(0, limit).join(', ')} (and ${items.length - limit} more)`;
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * The text of the `resp` children of a `respStmt`, whitespace folded.
 *
 * @example
 * normalizedResp(respStmt) // 'translated for CWIHP by'
 */
export function normalizedResp(respStmt: Element): string {
  return childElements(respStmt)
    .filter((child) => isTeiElement(child, 'resp'))
    .map((resp) => (resp.textContent ?? '').replace(/\s+/g, ' ').trim())
    .join(' ');
}
