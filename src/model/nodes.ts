/**
 * The node types of teikit's TEI model: plain data (JSON-serialisable, no DOM references, no classes, no cycles),
 * discriminated on `type`, and for elements on the TEI element name (see `elements.ts`).
 * Browser-safe: types only.
 */
import type { Attributes } from './attributes.js';
import type { TeiElement } from './elements.js';

/** Where a node started in the text it was read from. 1-based; columns count UTF-16 code units. @example const at: Position = { line: 3, column: 15 } */
export interface Position {
  line: number;
  column: number;
  /** The file the node came from, when an edition read with XInclude has it from an included file. */
  file?: string;
}

/** Fields every node may carry. @example const fields: NodeFields = { position: { line: 1, column: 1 } } */
export interface NodeFields {
  /** Set on nodes read from text (xmldom's `lineNumber`/`columnNumber`); absent on built nodes. */
  position?: Position;
}

/**
 * The fields every element has, whatever its name and namespace.
 *
 * `name` is the local name (`gap`, `include`); `prefix` the prefix as written (`xi` in `xi:include`), absent when
 * the element was written without one; `namespace` the namespace URI, or null for none. Attributes are keyed by
 * their qualified name as written (`xml:id`, `xmlns:xi`, `xsi:schemaLocation`, `reason`), in source order;
 * namespace declarations (`xmlns`, `xmlns:p`) are attributes too and stay where they stood.
 *
 * @example
 * const include: ElementFields = {
 *   type: 'element', name: 'include', prefix: 'xi', namespace: 'http://www.w3.org/2001/XInclude',
 *   attributes: { href: 'part.xml' }, children: [],
 * }
 */
export interface ElementFields extends NodeFields {
  type: 'element';
  name: string;
  prefix?: string;
  namespace: string | null;
  attributes: Attributes;
  children: ElementChild[];
}

/**
 * Any element teikit does not model (any name, any namespace: `teiHeader` parts, `svg:svg`, `xi:include`,
 * `egXML`...). Nothing is dropped: it keeps its attributes and children like a modelled one.
 *
 * @example
 * const svg: GenericElement = { type: 'element', name: 'svg', namespace: 'http://www.w3.org/2000/svg', attributes: {}, children: [] }
 */
export interface GenericElement extends ElementFields {
  name: string;
  namespace: string | null;
  attributes: Attributes;
}

/**
 * Any element: a modelled TEI element (typed attributes, see {@link TeiElement}) or a {@link GenericElement}.
 * `node.name === 'gap'` narrows to `TeiElement<'gap'> | GenericElement` (a generic element may be called `gap`
 * in another namespace); `isTeiElement(node, 'gap')` narrows to `TeiElement<'gap'>`.
 *
 * @example
 * function reasons(node: ElementNode): string | undefined {
 *   return node.name === 'gap' ? node.attributes.reason : undefined
 * }
 */
export type ElementNode = TeiElement | GenericElement;

/**
 * Character data. `cdata: true` when it was a CDATA section in the source (written back as one); its value is
 * the text itself, never escaped.
 *
 * @example
 * const t: TextNode = { type: 'text', value: 'Guevara' }
 */
export interface TextNode extends NodeFields {
  type: 'text';
  value: string;
  cdata?: true;
}

/**
 * A comment (`<!--value-->`).
 *
 * @example
 * const c: CommentNode = { type: 'comment', value: ' the export breaks the paragraph here ' }
 */
export interface CommentNode extends NodeFields {
  type: 'comment';
  value: string;
}

/**
 * A processing instruction (`<?target value?>`), e.g. `<?xml-model href="tei_all.rng"?>`.
 *
 * @example
 * const pi: PiNode = { type: 'pi', target: 'xml-model', value: 'href="tei_all.rng"' }
 */
export interface PiNode extends NodeFields {
  type: 'pi';
  target: string;
  value: string;
}

/**
 * A document type declaration. teikit never reads the DTD (entity declarations are refused by `parseTei`); the
 * internal subset, if any, is kept as text and written back as it was.
 *
 * @example
 * const d: DoctypeNode = { type: 'doctype', name: 'TEI', systemId: 'tei_all.dtd' }
 */
export interface DoctypeNode extends NodeFields {
  type: 'doctype';
  name: string;
  publicId?: string;
  systemId?: string;
  internalSubset?: string;
}

/**
 * The XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`). `source` is its text as read
 * (`version='1.0' encoding='UTF-8'`): the writer reuses it verbatim while it still says what the fields say,
 * so quotes and spacing survive a round trip.
 *
 * @example
 * const declaration: XmlDeclaration = { version: '1.0', encoding: 'UTF-8' }
 */
export interface XmlDeclaration {
  version: string;
  encoding?: string;
  standalone?: 'yes' | 'no';
  source?: string;
}

/** What an element can contain. @example const children: ElementChild[] = [{ type: 'text', value: 'Guevara' }] */
export type ElementChild = ElementNode | TextNode | CommentNode | PiNode;

/**
 * What a document can contain: one root element, comments, processing instructions, a DOCTYPE, and the
 * whitespace between them (text nodes that hold only whitespace, so that the prolog's layout survives).
 *
 * @example
 * const prolog: DocumentChild[] = [{ type: 'pi', target: 'xml-model', value: 'href="tei_all.rng"' }, { type: 'text', value: '\n' }]
 */
export type DocumentChild = ElementNode | CommentNode | PiNode | DoctypeNode | TextNode;

/**
 * A whole XML document.
 *
 * @example
 * const doc: TeiDocument = {
 *   type: 'document',
 *   declaration: { version: '1.0', encoding: 'UTF-8' },
 *   children: [{ type: 'text', value: '\n' }, { type: 'element', name: 'TEI', namespace: TEI_NS, attributes: {}, children: [] }],
 * }
 */
export interface TeiDocument extends NodeFields {
  type: 'document';
  declaration?: XmlDeclaration;
  children: DocumentChild[];
}

/** Any node of the model. @example const nodes: ModelNode[] = [edition.document, ...edition.document.children] */
export type ModelNode = TeiDocument | ElementNode | TextNode | CommentNode | PiNode | DoctypeNode;

/** The node kinds, i.e. the values of `type`. @example const kind: NodeType = 'pi' */
export type NodeType = ModelNode['type'];

/** A node that has children. @example const parent: ParentNode = edition.document */
export type ParentNode = TeiDocument | ElementNode;
