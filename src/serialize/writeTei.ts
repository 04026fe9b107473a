/**
 * Model to XML text, losslessly: every node of the tree is written, namespace declarations where they stand,
 * text and attribute values escaped so that reading the output gives the same characters back. Iterative (a
 * 20,000-level document must not overflow the stack), with a handler per node type that fails loudly on an
 * unknown kind. Browser-safe.
 *
 * Namespaces: an element is written with its prefix; when the declarations in scope (its own `xmlns`
 * attributes and its ancestors') do not bind that prefix to its namespace, a declaration is added to the output
 * (for built trees and written subtrees). A prefixed attribute whose prefix is not declared is an error.
 */
import { XML_NS } from '../parse/prolog.js';
import { TeiModelError } from '../model/errors.js';
import type { Edition } from '../model/edition.js';
import type {
  CommentNode,
  DoctypeNode,
  ElementNode,
  ModelNode,
  PiNode,
  TeiDocument,
  TextNode,
  XmlDeclaration,
} from '../model/nodes.js';
import { escapeAttribute, escapeText, refuseForbidden } from './escape.js';
import { isWhitespace, layoutOf, type Layout } from './layout.js';

/** Options of {@link writeTei}. @example writeTei(edition, { pretty: true, indent: '\t' }) */
export interface WriteOptions {
  /**
   * Indent element-only content (see `layoutOf`): mixed content and `xml:space="preserve"` regions are written
   * exactly as they are. Idempotent. Default false: the tree as it is, whitespace included.
   */
  pretty?: boolean;
  /** One level of indentation when `pretty`. Default two spaces. */
  indent?: string;
}

/** Deeper levels are indented like this one, so that a 20,000-level document does not grow quadratically. */
const MAX_INDENT_LEVELS = 64;

/** Prefix → namespace URI ('' is the default namespace). Chained by prototype: a child scope sees its parent's. */
type Scope = Record<string, string | undefined>;

/** The state of one write. */
interface Writer {
  out: string;
  pretty: boolean;
  indents: string[];
}

/** An element being written: where we are in its children. */
interface Frame {
  element: ElementNode;
  index: number;
  scope: Scope;
  layout: Layout;
  depth: number;
}

/** The nodes without children. */
type Leaf = TextNode | CommentNode | PiNode | DoctypeNode;

/** Writers of the nodes that have no children, by node type. Elements and documents are handled by the walk. */
const LEAF_WRITERS: { [K in Leaf['type']]: (node: Extract<Leaf, { type: K }>) => string } = {
  text: writeText,
  comment: writeComment,
  pi: writePi,
  doctype: writeDoctype,
};

/**
 * Write an edition, a document or any node as XML text.
 *
 * `writeTei(readEdition(x))` equals `x` after canonicalisation (attribute order and quotes, namespace
 * declarations, empty-element form, character references), and is byte-identical for most files: the XML
 * declaration, the layout between prolog nodes and all whitespace are kept.
 *
 * @throws {TeiModelError} for a tree that cannot be XML: an undeclared attribute prefix, `--` in a comment,
 *   `?>` in a processing instruction, a character XML forbids, text outside the root element, an unknown node type.
 * @example
 * writeTei(readEdition(text)) === text // for most files
 * writeTei(edition, { pretty: true })
 * writeTei(gap({ reason: 'faded' })) // '<gap xmlns="http://www.tei-c.org/ns/1.0" reason="faded"/>'
 */
export function writeTei(target: Edition | ModelNode, options: WriteOptions = {}): string {
  const node = isEdition(target) ? target.document : target;
  const writer: Writer = { out: '', pretty: options.pretty === true, indents: indentation(options.indent ?? '  ') };
  if (node.type === 'document') writeDocument(node, writer);
  else if (node.type === 'element') writeElement(node, writer, rootScope(), writer.pretty ? 'keep' : 'verbatim');
  else writer.out += leaf(node);
  return writer.out;
}

function isEdition(target: Edition | ModelNode): target is Edition {
  return !('type' in target) && typeof (target as Edition).document === 'object';
}

function writeDocument(document: TeiDocument, writer: Writer): void {
  if (document.declaration) writer.out += `<?xml ${declarationText(document.declaration)}?>`;
  let first = !document.declaration;
  for (const child of document.children) {
    if (child.type === 'text') {
      if (!isWhitespace(child.value)) {
        throw new TeiModelError('children', `a document holds only whitespace outside its root element, not "${child.value.trim().slice(0, 20)}"`);
      }
      if (!writer.pretty) writer.out += child.value;
      continue;
    }
    if (writer.pretty && !first) writer.out += '\n';
    first = false;
    if (child.type === 'element') writeElement(child, writer, rootScope(), writer.pretty ? 'keep' : 'verbatim');
    else writer.out += leaf(child);
  }
  if (writer.pretty) writer.out += '\n';
}

/** The scope outside any element: only `xml` is bound. */
function rootScope(): Scope {
  const scope: Scope = Object.create(null) as Scope;
  scope.xml = XML_NS;
  return scope;
}

/**
 * Write `root` and its descendants. `parentLayout` is `verbatim` when not pretty printing (children as they
 * are, no layout work at all).
 */
function writeElement(root: ElementNode, writer: Writer, scope: Scope, parentLayout: Layout): void {
  const stack: Frame[] = [];
  const open = (element: ElementNode, parentScope: Scope, layout: Layout, depth: number) => {
    const ownScope = startTag(element, writer, parentScope);
    if (element.children.length === 0) {
      writer.out += '/>';
      return;
    }
    writer.out += '>';
    stack.push({ element, index: 0, scope: ownScope, layout: writer.pretty ? layoutOf(element, layout) : 'verbatim', depth });
  };
  open(root, scope, parentLayout, 0);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { element, layout } = frame;
    if (frame.index >= element.children.length) {
      if (layout === 'indent') writer.out += `\n${indentAt(writer, frame.depth)}`;
      writer.out += `</${qualifiedName(element)}>`;
      stack.pop();
      continue;
    }
    const child = element.children[frame.index++]!;
    if (layout === 'indent') {
      if (child.type === 'text') continue;
      writer.out += `\n${indentAt(writer, frame.depth + 1)}`;
    }
    if (child.type === 'element') open(child, frame.scope, layout, frame.depth + 1);
    else writer.out += leaf(child);
  }
}

/** Write `<name attributes` (without the closing `>`), declaring the element's namespace if needed. */
function startTag(element: ElementNode, writer: Writer, parentScope: Scope): Scope {
  const { attributes } = element;
  const name = qualifiedName(element);
  let scope = parentScope;
  for (const key in attributes) {
    if (key.charCodeAt(0) !== 0x78 /* x */ || !(key === 'xmlns' || key.startsWith('xmlns:'))) continue;
    if (scope === parentScope) scope = Object.create(parentScope) as Scope;
    scope[key === 'xmlns' ? '' : key.slice(6)] = attributes[key] ?? '';
  }
  let out = `<${name}`;
  const prefix = element.prefix ?? '';
  const namespace = element.namespace ?? '';
  if (prefix && !namespace) throw new TeiModelError('namespace', `prefix "${prefix}" needs a namespace`, { element: name });
  if ((scope[prefix] ?? '') !== namespace) {
    const declaration = prefix ? `xmlns:${prefix}` : 'xmlns';
    if (attributes[declaration] !== undefined) {
      throw new TeiModelError('namespace', `its namespace is "${namespace}" but it declares ${declaration}="${attributes[declaration]}"`, { element: name });
    }
    if (scope === parentScope) scope = Object.create(parentScope) as Scope;
    scope[prefix] = namespace;
    out += ` ${declaration}="${escapeAttribute(namespace, declaration)}"`;
  }
  for (const key in attributes) {
    const value = attributes[key];
    if (value === undefined) continue;
    const colon = key.indexOf(':');
    if (colon !== -1) {
      const attributePrefix = key.slice(0, colon);
      if (attributePrefix !== 'xmlns' && !scope[attributePrefix]) {
        throw new TeiModelError(key, `the prefix "${attributePrefix}" is not declared (add an xmlns:${attributePrefix} attribute here or on an ancestor)`, {
          element: name,
        });
      }
    }
    out += ` ${key}="${escapeAttribute(value, key)}"`;
  }
  writer.out += out;
  return scope;
}

function qualifiedName(element: ElementNode): string {
  return element.prefix ? `${element.prefix}:${element.name}` : element.name;
}

function leaf(node: Leaf): string {
  const write = (LEAF_WRITERS as Record<string, ((node: Leaf) => string) | undefined>)[node.type];
  if (!write) throw new TeiModelError('type', `unknown node type "${(node as { type?: unknown }).type}"`);
  return write(node);
}

function writeText(node: TextNode): string {
  const { value } = node;
  if (node.cdata && !value.includes('\r')) {
    refuseForbidden(value, 'text');
    return `<![CDATA[${value.split(']]>').join(']]]]><![CDATA[>')}]]>`;
  }
  return escapeText(value);
}

function writeComment(node: CommentNode): string {
  const { value } = node;
  if (value.includes('--') || value.endsWith('-')) {
    throw new TeiModelError('value', `a comment cannot contain "--" or end with "-": "${value.slice(0, 40)}"`);
  }
  refuseForbidden(value, 'comment');
  return `<!--${value}-->`;
}

function writePi(node: PiNode): string {
  const { target, value } = node;
  if (!/^[A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*$/.test(target) || target.toLowerCase() === 'xml') {
    throw new TeiModelError('target', `"${target}" is not a processing instruction target`);
  }
  if (value.includes('?>')) throw new TeiModelError('value', `a processing instruction cannot contain "?>"`);
  refuseForbidden(value, 'value');
  return value ? `<?${target} ${value}?>` : `<?${target}?>`;
}

function writeDoctype(node: DoctypeNode): string {
  let out = `<!DOCTYPE ${node.name}`;
  if (node.publicId !== undefined) out += ` PUBLIC ${quote(node.publicId)} ${quote(node.systemId ?? '')}`;
  else if (node.systemId !== undefined) out += ` SYSTEM ${quote(node.systemId)}`;
  if (node.internalSubset !== undefined) out += ` [${node.internalSubset}]`;
  return `${out}>`;
}

/** A DOCTYPE literal: double quotes unless the value holds one. */
function quote(value: string): string {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

/** The declaration as read when it still says what the fields say, else built from the fields. */
function declarationText(declaration: XmlDeclaration): string {
  const { version, encoding, standalone, source } = declaration;
  if (source !== undefined && sameDeclaration(source, declaration)) return source;
  let out = `version="${version}"`;
  if (encoding !== undefined) out += ` encoding="${encoding}"`;
  if (standalone !== undefined) out += ` standalone="${standalone}"`;
  return out;
}

function sameDeclaration(source: string, declaration: XmlDeclaration): boolean {
  const pseudo = (name: string) => {
    const match = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(source);
    return match ? (match[1] ?? match[2]) : undefined;
  };
  return pseudo('version') === declaration.version && pseudo('encoding') === declaration.encoding && pseudo('standalone') === declaration.standalone;
}

function indentation(unit: string): string[] {
  const levels = [''];
  for (let i = 1; i <= MAX_INDENT_LEVELS; i++) levels.push(levels[i - 1] + unit);
  return levels;
}

function indentAt(writer: Writer, depth: number): string {
  return writer.indents[Math.min(depth, MAX_INDENT_LEVELS)]!;
}
