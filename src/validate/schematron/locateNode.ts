/**
 * Finds the node a Schematron result names (`1/4/2/@target`: element positions among element siblings from the
 * root) in the xmldom document, which knows lines and columns. Browser-safe.
 */
import type { Attr, Document, Element } from '@xmldom/xmldom';

const ELEMENT_NODE = 1;

/**
 * The element or attribute at `path`; the nearest element found when the path goes further than the document
 * (it cannot, for a document both parsers read alike), or the root for the document node.
 *
 * @example
 * nodeAtPath(doc, '1/2/1/@hand') // the hand attribute of the first child of the second child of the root
 */
export function nodeAtPath(document: Document, path: string): Element | Attr | undefined {
  return pathFinder(document)(path);
}

/**
 * {@link nodeAtPath} for many paths into one document: each parent's element children are listed once, so that
 * finding all of 20,000 results among 20,000 siblings stays linear (a walk along the siblings for each result is
 * quadratic).
 *
 * @example
 * const find = pathFinder(doc)
 * for (const result of results) find(result.node)
 */
export function pathFinder(document: Document): (path: string) => Element | Attr | undefined {
  const children = new Map<Element, Element[]>();
  const elementChildren = (parent: Element): Element[] => {
    let list = children.get(parent);
    if (!list) {
      list = [];
      for (let child = parent.firstChild; child; child = child.nextSibling) if (child.nodeType === ELEMENT_NODE) list.push(child as Element);
      children.set(parent, list);
    }
    return list;
  };
  return (path) => {
    const root = document.documentElement ?? undefined;
    if (!root) return undefined;
    const steps = path.split('/').filter((step) => step !== '');
    let current: Element = root;
    for (let i = 1; i < steps.length; i++) {
      const step = steps[i]!;
      if (step === 'text()') break;
      if (step.startsWith('@')) return attributeOf(current, step.slice(1)) ?? current;
      const child = elementChildren(current)[Number(step) - 1];
      if (!child) break;
      current = child;
    }
    return current;
  };
}

function attributeOf(element: Element, name: string): Attr | undefined {
  const expanded = /^Q\{([^}]*)\}(.+)$/.exec(name);
  if (expanded) return element.getAttributeNodeNS(expanded[1]!, expanded[2]!) ?? undefined;
  return element.getAttributeNode(name) ?? undefined;
}
