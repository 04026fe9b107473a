/**
 * Type guards over model nodes. Browser-safe.
 */
import { TEI_NS } from '../parse/prolog.js';
import type { TeiElement, TeiName } from './elements.js';
import type { CommentNode, ElementNode, ModelNode, ParentNode, PiNode, TeiDocument, TextNode } from './nodes.js';

/**
 * Is `node` an element (of any name and namespace)?
 *
 * @example
 * doc.children.find(isElement)?.name // 'TEI'
 */
export function isElement(node: unknown): node is ElementNode {
  return typeof node === 'object' && node !== null && (node as ModelNode).type === 'element';
}

/**
 * Is `node` a TEI element (in the TEI namespace), optionally one of `names`? Narrows to {@link TeiElement}.
 *
 * @example
 * if (isTeiElement(node, 'gap')) node.attributes.reason // string | undefined
 * if (isTeiElement(node, 'sic', 'corr')) node.name // 'sic' | 'corr'
 */
export function isTeiElement<N extends TeiName>(node: unknown, ...names: N[]): node is TeiElement<N> {
  if (!isElement(node) || node.namespace !== TEI_NS) return false;
  return names.length === 0 || (names as string[]).includes(node.name);
}

/**
 * Is `node` a text node (CDATA sections included)?
 *
 * @example
 * element.children.filter(isText).map((t) => t.value).join('')
 */
export function isText(node: unknown): node is TextNode {
  return typeof node === 'object' && node !== null && (node as ModelNode).type === 'text';
}

/**
 * Is `node` a comment?
 *
 * @example
 * element.children.some(isComment)
 */
export function isComment(node: unknown): node is CommentNode {
  return typeof node === 'object' && node !== null && (node as ModelNode).type === 'comment';
}

/**
 * Is `node` a processing instruction?
 *
 * @example
 * doc.children.filter(isPi).map((pi) => pi.target) // ['xml-model']
 */
export function isPi(node: unknown): node is PiNode {
  return typeof node === 'object' && node !== null && (node as ModelNode).type === 'pi';
}

/**
 * Is `node` a document?
 *
 * @example
 * isDocument(edition.document) // true
 */
export function isDocument(node: unknown): node is TeiDocument {
  return typeof node === 'object' && node !== null && (node as ModelNode).type === 'document';
}

/**
 * Does `node` have children (a document or an element)?
 *
 * @example
 * if (isParent(node)) node.children.length
 */
export function isParent(node: unknown): node is ParentNode {
  return isElement(node) || isDocument(node);
}
