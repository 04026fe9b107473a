/**
 * Small lookups over model elements for the views and queries: TEI children by name, attribute values, text.
 * Internal: not part of the public API. Browser-safe.
 */
import { TEI_NS } from '../parse/prolog.js';
import type { ElementNode, ParentNode } from './nodes.js';
import { normalizedText } from './traverse.js';

/** Is `element` the TEI element `name`? @example isTeiNamed(element, 'p') */
export function isTeiNamed(element: ElementNode, name: string): boolean {
  return element.name === name && element.namespace === TEI_NS;
}

/** TEI child elements of `parent`, optionally only those named one of `names`. @example teiChildren(titleStmt, 'title') */
export function teiChildren(parent: ParentNode | undefined, ...names: string[]): ElementNode[] {
  const result: ElementNode[] = [];
  if (!parent) return result;
  for (const child of parent.children) {
    if (child.type !== 'element' || child.namespace !== TEI_NS) continue;
    if (names.length === 0 || names.includes(child.name)) result.push(child);
  }
  return result;
}

/** The first TEI child element of `parent` named one of `names`. @example teiChild(root, 'teiHeader') */
export function teiChild(parent: ParentNode | undefined, ...names: string[]): ElementNode | undefined {
  if (!parent) return undefined;
  for (const child of parent.children) {
    if (child.type === 'element' && child.namespace === TEI_NS && names.includes(child.name)) return child;
  }
  return undefined;
}

/** The element reached by a path of TEI child names. @example teiPath(header, ['fileDesc', 'titleStmt']) */
export function teiPath(parent: ParentNode | undefined, names: string[]): ElementNode | undefined {
  let current: ParentNode | undefined = parent;
  for (const name of names) current = teiChild(current, name);
  return current as ElementNode | undefined;
}

/** TEI descendants of `root` named one of `names` (not `root` itself), in document order. Iterative. @example teiDescendants(header, 'handNote') */
export function teiDescendants(root: ParentNode | undefined, ...names: string[]): ElementNode[] {
  const result: ElementNode[] = [];
  if (!root) return result;
  const stack: ElementNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    const child = root.children[i]!;
    if (child.type === 'element') stack.push(child);
  }
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.namespace === TEI_NS && names.includes(element.name)) result.push(element);
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (child.type === 'element') stack.push(child);
    }
  }
  return result;
}

/** Whitespace-normalised text of an element, or undefined when it is absent or empty. @example textOrUndefined(teiChild(profileDesc, 'abstract')) */
export function textOrUndefined(element: ElementNode | undefined): string | undefined {
  if (!element) return undefined;
  return normalizedText(element) || undefined;
}

/**
 * Copy the defined, non-empty values of `values` onto `target`: the views never hold `undefined` (so that they
 * survive a JSON round trip unchanged).
 *
 * @example
 * assignDefined({ text: 'x' } as DateView, { when: undefined, type: 'record' }) // { text: 'x', type: 'record' }
 */
export function assignDefined<T extends object>(target: T, values: { [K in keyof T]?: T[K] | undefined | null }): T {
  for (const key of Object.keys(values) as Array<keyof T>) {
    const value = values[key];
    if (value !== undefined && value !== null && value !== '') target[key] = value as T[keyof T];
  }
  return target;
}
