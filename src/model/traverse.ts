/**
 * Walking the model: iterative (a 20,000-level document must not overflow the stack), in document order.
 * Browser-safe.
 */
import type { ElementNode, ModelNode, ParentNode } from './nodes.js';

/** Return this from `enter` to skip the element's descendants (its `leave` is still called). @example walkElements(doc, { enter: (e) => (e.name === 'teiHeader' ? SKIP : undefined) }) */
export const SKIP = 'skip';

/** Callbacks of {@link walkElements}. `path` holds the element's ancestors (below `root`); copy it to keep it. @example const visitor: ElementVisitor = { enter: (e, path) => console.log(path.length, e.name) } */
export interface ElementVisitor {
  /** Called before the element's children; return {@link SKIP} to skip them. */
  enter?(element: ElementNode, path: readonly ElementNode[]): void | typeof SKIP;
  /** Called after the element's children. */
  leave?(element: ElementNode, path: readonly ElementNode[]): void;
}

/**
 * Visit every element of `root` (itself included when it is an element) in document order.
 *
 * @example
 * let depth = 0
 * walkElements(edition.document, { enter: (_e, path) => void (depth = Math.max(depth, path.length + 1)) })
 */
export function walkElements(root: ParentNode, visitor: ElementVisitor): void {
  const { enter, leave } = visitor;
  const path: ElementNode[] = [];
  if (root.type === 'element') {
    if (enter?.(root, path) === SKIP) {
      leave?.(root, path);
      return;
    }
    path.push(root);
  }
  const parents: ParentNode[] = [root];
  const indexes: number[] = [0];
  while (parents.length > 0) {
    const top = parents.length - 1;
    const parent = parents[top]!;
    const index = indexes[top]!;
    if (index >= parent.children.length) {
      parents.pop();
      indexes.pop();
      if (parent.type === 'element') {
        path.pop();
        leave?.(parent, path);
      }
      continue;
    }
    indexes[top] = index + 1;
    const child = parent.children[index]!;
    if (child.type !== 'element') continue;
    if (enter?.(child, path) === SKIP || child.children.length === 0) {
      leave?.(child, path);
      continue;
    }
    path.push(child);
    parents.push(child);
    indexes.push(0);
  }
}

/**
 * The elements of `root` (itself included) that `test` accepts, in document order.
 *
 * @example
 * const ids = findElements(edition.document, (e) => e.attributes['xml:id'] !== undefined)
 */
export function findElements<T extends ElementNode = ElementNode>(
  root: ParentNode,
  test: ((element: ElementNode) => element is T) | ((element: ElementNode) => boolean),
): T[] {
  const found: T[] = [];
  walkElements(root, {
    enter(element) {
      if (test(element)) found.push(element as T);
    },
  });
  return found;
}

/**
 * The element whose `xml:id` is `id`, or undefined.
 *
 * @example
 * const p3 = findById(edition.document, 'en-p3')
 */
export function findById(root: ParentNode, id: string): ElementNode | undefined {
  let found: ElementNode | undefined;
  walkElements(root, {
    enter(element) {
      if (found) return SKIP;
      if (element.attributes['xml:id'] === id) found = element;
    },
  });
  return found;
}

/**
 * All the character data below `node`, as the DOM's `textContent` gives it (comments and PIs left out).
 *
 * @example
 * textContent(el('hi', {}, 'a', el('lb', {}), 'b')) // 'ab'
 */
export function textContent(node: ModelNode): string {
  if (node.type === 'text' || node.type === 'comment' || node.type === 'pi') return node.type === 'text' ? node.value : '';
  if (node.type === 'doctype') return '';
  let out = '';
  const stack: ModelNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') out += current.value;
    else if (current.type === 'element' || current.type === 'document') {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
    }
  }
  return out;
}

/**
 * {@link textContent} with runs of XML whitespace (space, tab, newline, CR; not U+00A0) folded to one space and trimmed: how the header view reads text.
 *
 * @example
 * normalizedText(handNoteElement) // 'The typed record (typescript) of ...'
 */
export function normalizedText(node: ModelNode): string {
  return textContent(node).replace(/[ \t\n\r]+/g, ' ').trim();
}
