/**
 * A RELAX NG schema document (XML syntax) as a light tree of its RELAX NG elements: foreign elements and
 * attributes (annotations, documentation, Schematron) are dropped here (§4.1), each element keeps its
 * namespace scope (for QNames), base URI (for `href`) and source offset (for errors).
 */
import { LineIndex } from '../xml/lineIndex.js';
import type { NamespaceScope } from '../xml/namespaces.js';
import { XML_NAMESPACE } from '../xml/namespaces.js';
import { readXml, XmlSyntaxError, type StartTag } from '../xml/reader.js';
import { displayUrl, RelaxNgSchemaError } from './errors.js';

/**
 * The namespace of RELAX NG's XML syntax.
 * @example
 * doc.root.local === 'grammar' // elements in RNG_NS only
 */
export const RNG_NS = 'http://relaxng.org/ns/structure/1.0';

/**
 * One RELAX NG element of a schema document.
 * @example
 * doc.root.children.filter((c) => c.local === 'define').map((c) => c.attrs.get('name'))
 */
export interface RngElement {
  local: string;
  /** Attributes without a namespace (RELAX NG's own); foreign attributes are dropped. */
  attrs: Map<string, string>;
  children: RngElement[];
  /** Direct character data (meaningful in `name`, `value` and `param`). */
  text: string;
  scope: NamespaceScope;
  base: string;
  offset: number;
  doc: RngDocument;
}

/**
 * A parsed schema document.
 * @example
 * parseRngDocument(text, url).header[0] // the first comment: a generated schema's provenance
 */
export interface RngDocument {
  url: string;
  source: string;
  lines: LineIndex;
  root: RngElement;
  /** Comments before the first RELAX NG child of the root: a generated schema's licence and attribution. */
  header: string[];
}

/**
 * Parse the text of a schema document.
 *
 * @throws {RelaxNgSchemaError} when the text is not well-formed XML or its root is not a RELAX NG element.
 * @example
 * const doc = parseRngDocument('<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><text/></element>', 'memory:/a.rng')
 * doc.root.local // 'element'
 */
export function parseRngDocument(source: string, url: string): RngDocument {
  const lines = new LineIndex(source);
  const doc = { url, source, lines, header: [] as string[] } as unknown as RngDocument;
  const stack: (RngElement | null)[] = [];
  let root: RngElement | undefined;
  let seenRngChild = false;
  const baseOf = (tag: StartTag, parentBase: string): string => {
    const xmlBase = tag.attributes.find((a) => a.ns === XML_NAMESPACE && a.local === 'base');
    if (!xmlBase) return parentBase;
    try {
      return new URL(xmlBase.value, parentBase).href;
    } catch {
      return xmlBase.value;
    }
  };
  try {
    readXml(source, {
      startElement(tag) {
        const parent = stack.length ? stack[stack.length - 1] : undefined;
        // Inside a foreign element, or a foreign element itself: skip (annotations).
        if (parent === null || tag.ns !== RNG_NS) {
          if (stack.length === 0) throw new RelaxNgSchemaError(`the root element <${tag.qname}> is not in the RELAX NG namespace ${RNG_NS}`, where(tag.start));
          stack.push(null);
          return;
        }
        const attrs = new Map<string, string>();
        for (const a of tag.attributes) if (a.ns === '') attrs.set(a.local, a.value);
        const element: RngElement = {
          local: tag.local,
          attrs,
          children: [],
          text: '',
          scope: tag.scope,
          base: baseOf(tag, parent ? parent.base : url),
          offset: tag.start,
          doc,
        };
        if (parent) {
          parent.children.push(element);
          if (stack.length === 1) seenRngChild = true;
        } else root = element;
        stack.push(element);
      },
      endElement() {
        stack.pop();
      },
      text(value) {
        const top = stack[stack.length - 1];
        if (top) top.text += value;
      },
      comment(value) {
        if (!seenRngChild && stack.length <= 1) doc.header.push(value.trim());
      },
    });
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new RelaxNgSchemaError(error.message, where(error.offset));
    throw error;
  }
  doc.root = root!;
  return doc;

  function where(offset: number) {
    return { file: displayUrl(url), ...lines.position(offset), source };
  }
}

/**
 * File, line, column and source of an element, for a `RelaxNgSchemaError`.
 * @example
 * throw new RelaxNgSchemaError('bad pattern', positionOf(element))
 */
export function positionOf(element: RngElement): { file: string; line: number; column: number; source: string } {
  return { file: displayUrl(element.doc.url), ...element.doc.lines.position(element.offset), source: element.doc.source };
}
