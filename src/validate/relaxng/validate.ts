/**
 * Validate XML text or an xmldom Document against a compiled schema. Browser-safe.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { TeiParseError } from '../../errors.js';
import type { SchemaDiagnostic } from './diagnostics.js';
import type { Schema } from './schema.js';
import { ValidationRun, type ValidationOptions } from './validator.js';
import { LineIndex } from './xml/lineIndex.js';
import { NamespaceScope, XMLNS_NAMESPACE } from './xml/namespaces.js';
import { readXml, XmlSyntaxError, type XmlAttribute } from './xml/reader.js';
import { XIncludeFilter } from './xml/xinclude.js';
import { XINCLUDE_NS } from './xml/namespaces.js';

export type { ValidationOptions };

/**
 * Validate XML text or a parsed Document against a RELAX NG schema: the public entry point of the engine.
 *
 * @returns every schema error (an empty array when the document is valid), in document order, as diagnostics with
 *   `ruleId: 'schema'`.
 * @throws {TeiParseError} when the text is not well-formed XML.
 * @example
 * const schema = compileSchema('<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>')
 * validateAgainstSchema(schema, '<a/>') // []
 */
export function validateAgainstSchema(schema: Schema, input: string | Document, options: ValidationOptions = {}): SchemaDiagnostic[] {
  return typeof input === 'string' ? validateXml(schema, input, options) : validateDocument(schema, input, options);
}

/**
 * Validate XML text. Reads the text with teikit's own strict reader (no DOM is built), so it is fast on large files.
 *
 * @returns every schema error (an empty array when the document is valid), in document order.
 * @throws {TeiParseError} when the text is not well-formed XML (validation needs a well-formed document).
 * @example
 * const schema = compileSchema('<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>')
 * validateXml(schema, '<a>hi</a>', { file: 'a.xml' })[0]?.message // 'text not allowed here; expected the element end-tag'
 */
export function validateXml(schema: Schema, text: string, options: ValidationOptions = {}): SchemaDiagnostic[] {
  const lines = new LineIndex(text);
  const run = new ValidationRun(schema, (offset) => lines.position(offset), options);
  const handler =
    options.xinclude !== false && text.includes(XINCLUDE_NS)
      ? new XIncludeFilter(run, (message, start, end) => run.error(message, start, end))
      : run;
  try {
    readXml(text, handler);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new TeiParseError(error.message, { file: options.file, ...lines.position(error.offset), source: text, cause: error });
    }
    throw error;
  }
  return run.finish();
}

/**
 * Validate an xmldom Document (e.g. from `parseTei`). Positions come from xmldom's locator (`lineNumber` and
 * `columnNumber` of each node). A DOM keeps no end tags, so spans end where they start and an incomplete element
 * is reported at its start tag (from text, at its end tag); text is located at the start of its text node.
 *
 * @returns every schema error, in document order.
 * @example
 * validateDocument(schema, parseTei(text, { file: 'a.xml' }), { file: 'a.xml' })
 */
export function validateDocument(schema: Schema, document: Document, options: ValidationOptions = {}): SchemaDiagnostic[] {
  const positions: { line: number; column: number }[] = [];
  const run = new ValidationRun(schema, (offset) => positions[offset] ?? { line: 1, column: 1 }, options, false);
  const handler = options.xinclude !== false ? new XIncludeFilter(run, (message, start, end) => run.error(message, start, end)) : run;
  const root = document.documentElement;
  if (!root) return run.finish();
  const place = (node: Node) => {
    const n = node as Node & { lineNumber?: number; columnNumber?: number };
    return positions.push({ line: n.lineNumber ?? 1, column: n.columnNumber ?? 1 }) - 1;
  };
  // Iterative walk: deep documents must not overflow the stack.
  const stack: { element: Element; at: number }[] = [];
  const scopes: NamespaceScope[] = [NamespaceScope.root()];
  const open = (element: Element) => {
    const at = place(element);
    let bindings: Map<string, string> | undefined;
    const attributes: XmlAttribute[] = [];
    for (let i = 0; i < element.attributes.length; i++) {
      const a = element.attributes.item(i)!;
      if (a.namespaceURI === XMLNS_NAMESPACE || a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
        (bindings ??= new Map()).set(a.name === 'xmlns' ? '' : a.name.slice(6), a.value);
        continue;
      }
      attributes.push({ ns: a.namespaceURI ?? '', local: a.localName ?? a.name, qname: a.name, value: a.value, offset: at });
    }
    const parentScope = scopes[scopes.length - 1]!;
    const scope = bindings ? parentScope.declare(bindings) : parentScope;
    scopes.push(scope);
    handler.startElement({ ns: element.namespaceURI ?? '', local: element.localName ?? element.nodeName, qname: element.nodeName, attributes, scope, start: at, end: at, selfClosing: false });
    stack.push({ element, at });
  };
  const close = () => {
    const { at } = stack.pop()!;
    scopes.pop();
    handler.endElement(at, at);
  };
  open(root);
  let node: Node | null = root.firstChild;
  while (stack.length > 0) {
    if (!node) {
      const { element } = stack[stack.length - 1]!;
      close();
      node = element === root ? null : element.nextSibling;
      continue;
    }
    if (node.nodeType === 1) {
      open(node as Element);
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === 3 || node.nodeType === 4) {
      // Locate text at its first character that is not white space, as validateXml does.
      const data = (node as Node & { data: string }).data;
      const n = node as Node & { lineNumber?: number; columnNumber?: number };
      let line = n.lineNumber ?? 1;
      let column = n.columnNumber ?? 1;
      for (let i = 0; i < data.length && /[ \t\r\n]/.test(data[i]!); i++) {
        if (data[i] === '\n') {
          line++;
          column = 1;
        } else column++;
      }
      handler.text(data, positions.push({ line, column }) - 1);
    }
    node = node.nextSibling;
  }
  return run.finish();
}
