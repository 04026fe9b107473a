/**
 * Small DOM helpers shared by the readers. Iterative, so 20,000 levels of nesting cannot overflow the stack,
 * and XPath-free, because the xpath package is slow for node-set queries on large documents.
 */
import type { Element, Node } from '@xmldom/xmldom';
import { TEI_NS } from '../parse/parseTei.js';

const ELEMENT_NODE = 1;

/** Every element below `root` (and `root` itself), in document order. */
export function* descendantElements(root: Element): Generator<Element> {
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) yield node as Element;
    node = nextInDocumentOrder(node, root);
  }
}

/**
 * Visit every element below `root` in document order with `enter` and, after its descendants, `leave`;
 * for the readers that need to know what they are inside of (a `text`, a `note`...).
 */
export function walkElements(root: Element, enter: (element: Element) => void, leave: (element: Element) => void): void {
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) enter(node as Element);
    if (node.firstChild && node.nodeType === ELEMENT_NODE) {
      node = node.firstChild;
      continue;
    }
    // Climb until a sibling is found, leaving each element on the way up.
    let current: Node | null = node;
    node = null;
    while (current) {
      if (current.nodeType === ELEMENT_NODE) leave(current as Element);
      if (current === root) break;
      if (current.nextSibling) {
        node = current.nextSibling;
        break;
      }
      current = current.parentNode;
    }
  }
}

/** The next node after `node` in document order, without leaving `root`. */
function nextInDocumentOrder(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** Is `node` the TEI element `name`? */
export function isTei(node: Node | null | undefined, name: string): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE && (node as Element).localName === name && (node as Element).namespaceURI === TEI_NS;
}

/** TEI child elements of `parent`, optionally only those named `name`. */
export function teiChildren(parent: Element, name?: string): Element[] {
  const result: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE || (child as Element).namespaceURI !== TEI_NS) continue;
    if (name === undefined || (child as Element).localName === name) result.push(child as Element);
  }
  return result;
}

/** The first element reached from `parent` by a path of TEI child names, e.g. `['fileDesc', 'titleStmt']`. */
export function teiPath(parent: Element | null | undefined, names: string[]): Element | undefined {
  let current: Element | undefined = parent ?? undefined;
  for (const name of names) {
    current = current && teiChildren(current, name)[0];
  }
  return current;
}

/** Text content with runs of whitespace folded to one space, trimmed. */
export function normalizedText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}
