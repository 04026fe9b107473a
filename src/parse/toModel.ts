/**
 * DOM to model: one iterative walk over an xmldom Document (no recursion: 20,000 levels of nesting must not
 * overflow the stack; no XPath: it is slow on large documents), with a handler per DOM node type that fails
 * loudly on a kind the model does not know. Browser-safe: it reads only standard DOM properties (and xmldom's
 * `lineNumber`/`columnNumber` when present), so a browser's DOMParser document works too.
 */
import type { Document, Node } from '@xmldom/xmldom';
import { TeiModelError } from '../model/errors.js';
import type {
  CommentNode,
  DoctypeNode,
  DocumentChild,
  ElementChild,
  ElementNode,
  ParentNode,
  PiNode,
  Position,
  TeiDocument,
  TextNode,
  XmlDeclaration,
} from '../model/nodes.js';
import { setAttribute, type Attributes } from '../model/attributes.js';

/** Options of {@link documentToModel}. @example documentToModel(doc, { positions: false, source: text }) */
export interface ToModelOptions {
  /** Keep `position` (line, column) on nodes. Default true. */
  positions?: boolean;
  /**
   * The text the document was parsed from. xmldom drops the whitespace after the last node of a document;
   * with the source it is restored, so that a file ending in a newline still does after a round trip.
   */
  source?: string;
}

/** What a handler gets: the DOM node, and whether it sits at document level. */
interface Context {
  positions: boolean;
  atDocumentLevel: boolean;
  document: TeiDocument;
}

type Created = DocumentChild | null;
type Handler = (node: Node, context: Context) => Created;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const PROCESSING_INSTRUCTION_NODE = 7;
const COMMENT_NODE = 8;
const DOCUMENT_TYPE_NODE = 10;

/** One handler per DOM node type. A type missing here (entity references, notations...) is an error. */
const HANDLERS: Record<number, Handler> = {
  [ELEMENT_NODE]: element,
  [TEXT_NODE]: (node, context) => text(node, context, false),
  [CDATA_SECTION_NODE]: (node, context) => text(node, context, true),
  [PROCESSING_INSTRUCTION_NODE]: processingInstruction,
  [COMMENT_NODE]: comment,
  [DOCUMENT_TYPE_NODE]: doctype,
};

/**
 * Build the model of a parsed document.
 *
 * @throws {TeiModelError} for a DOM node kind the model has no place for (an entity reference...).
 * @example
 * const doc = documentToModel(parseTei(text), { source: text })
 * doc.children.find((c) => c.type === 'element')?.name // 'TEI'
 */
export function documentToModel(dom: Document, options: ToModelOptions = {}): TeiDocument {
  const document: TeiDocument = { type: 'document', children: [] };
  const context: Context = { positions: options.positions !== false, atDocumentLevel: true, document };
  const parents: ParentNode[] = [];
  let parent: ParentNode = document;
  let node: Node | null = dom.firstChild;
  while (node) {
    const handler = HANDLERS[node.nodeType];
    if (!handler) throw new TeiModelError('nodeType', `a DOM node of type ${node.nodeType} (${node.nodeName}) has no place in the model`);
    context.atDocumentLevel = parent === document;
    const created = handler(node, context);
    if (created) (parent.children as DocumentChild[]).push(created);
    if (created?.type === 'element' && node.firstChild) {
      parents.push(parent);
      parent = created;
      node = node.firstChild;
      continue;
    }
    while (!node.nextSibling) {
      node = node.parentNode;
      if (!node || node === dom) return finish(document, options);
      parent = parents.pop()!;
    }
    node = node.nextSibling;
  }
  return finish(document, options);
}

function finish(document: TeiDocument, options: ToModelOptions): TeiDocument {
  const last = document.children[document.children.length - 1];
  const source = options.source;
  if (source !== undefined && last && last.type !== 'text') {
    // Scan back rather than /\s+$/, which tries every whitespace run of a 20 MB text.
    let start = source.length;
    while (start > 0 && isXmlSpace(source.charCodeAt(start - 1))) start--;
    if (start < source.length) document.children.push({ type: 'text', value: source.slice(start).replace(/\r\n?/g, '\n') });
  }
  return document;
}

function isXmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

function element(node: Node, context: Context): ElementNode {
  const dom = node as unknown as DomElement;
  const attributes: Attributes = {};
  const list = dom.attributes;
  for (let i = 0; i < list.length; i++) {
    const attribute = list[i]!;
    if (attribute.name === '__proto__') setAttribute(attributes, attribute.name, attribute.value);
    else attributes[attribute.name] = attribute.value;
  }
  const name = dom.localName ?? dom.nodeName;
  const namespace = dom.namespaceURI ?? null;
  const prefix = dom.prefix;
  const position = context.positions ? positionOf(node) : undefined;
  // Whole literals (not properties added one by one) keep object shapes stable: the walk is allocation-bound.
  if (prefix) {
    return (position
      ? { type: 'element', name, prefix, namespace, attributes, children: [], position }
      : { type: 'element', name, prefix, namespace, attributes, children: [] }) as ElementNode;
  }
  return (position
    ? { type: 'element', name, namespace, attributes, children: [], position }
    : { type: 'element', name, namespace, attributes, children: [] }) as ElementNode;
}

function text(node: Node, context: Context, cdata: boolean): TextNode {
  const value = (node as unknown as { data: string }).data;
  const position = context.positions ? positionOf(node) : undefined;
  if (cdata) return position ? { type: 'text', value, cdata, position } : { type: 'text', value, cdata };
  return position ? { type: 'text', value, position } : { type: 'text', value };
}

function processingInstruction(node: Node, context: Context): PiNode | null {
  const { target, data } = node as unknown as { target: string; data: string };
  if (target === 'xml' && context.atDocumentLevel) {
    context.document.declaration = declaration(data);
    return null;
  }
  const created: PiNode = { type: 'pi', target, value: data };
  addPosition(created, node, context);
  return created;
}

function comment(node: Node, context: Context): CommentNode {
  const created: CommentNode = { type: 'comment', value: (node as unknown as { data: string }).data };
  addPosition(created, node, context);
  return created;
}

function doctype(node: Node, context: Context): DoctypeNode {
  const dom = node as unknown as { name: string; publicId?: string; systemId?: string; internalSubset?: string };
  const created: DoctypeNode = { type: 'doctype', name: dom.name };
  // xmldom 0.9 keeps the quotes of the literals ('"tei.dtd"'); browsers do not.
  const publicId = unquote(dom.publicId);
  const systemId = unquote(dom.systemId);
  if (publicId) created.publicId = publicId;
  if (systemId) created.systemId = systemId;
  if (dom.internalSubset) created.internalSubset = dom.internalSubset;
  addPosition(created, node, context);
  return created;
}

/** The fields of an XML declaration's pseudo-attributes, and its text as written. */
function declaration(data: string): XmlDeclaration {
  const pseudo = (name: string) => new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(data);
  const version = pseudo('version');
  const encoding = pseudo('encoding');
  const standalone = pseudo('standalone');
  const result: XmlDeclaration = { version: version ? (version[1] ?? version[2]!) : '1.0' };
  if (encoding) result.encoding = encoding[1] ?? encoding[2]!;
  const alone = standalone ? (standalone[1] ?? standalone[2]) : undefined;
  if (alone === 'yes' || alone === 'no') result.standalone = alone;
  result.source = data;
  return result;
}

function unquote(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const first = value[0];
  if ((first === '"' || first === "'") && value.length >= 2 && value[value.length - 1] === first) return value.slice(1, -1);
  return value;
}

function addPosition(created: { position?: Position }, node: Node, context: Context): void {
  const position = context.positions ? positionOf(node) : undefined;
  if (position) created.position = position;
}

function positionOf(node: Node): Position | undefined {
  const { lineNumber, columnNumber } = node as unknown as { lineNumber?: number; columnNumber?: number };
  return typeof lineNumber === 'number' && typeof columnNumber === 'number' ? { line: lineNumber, column: columnNumber } : undefined;
}

/** The parts of a DOM element the walk reads. */
interface DomElement {
  localName: string | null;
  nodeName: string;
  prefix: string | null;
  namespaceURI: string | null;
  attributes: { length: number; [index: number]: { name: string; value: string } | undefined };
}
