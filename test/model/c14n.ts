/**
 * Test-only XML canonicalisation: Canonical XML 1.0 with comments (inclusive), over a whole document, as a
 * string, computed from an xmldom DOM (plain DOMParser, not parseTei, so that it does not share teikit's reader).
 *
 * What it normalises, per the C14N 1.0 spec: the XML declaration and DOCTYPE are dropped; whitespace outside
 * the root element becomes one newline between document-level nodes; empty elements become start/end pairs;
 * attributes are double-quoted and sorted (namespace declarations first, by prefix; then the others by namespace
 * URI, then local name); superfluous namespace declarations (the same binding as the parent's) are dropped;
 * CDATA sections become escaped text; character references become characters, and `&`, `<`, `>`, CR in text
 * and `&`, `<`, `"`, TAB, LF, CR in attributes become references. Prefixes are kept as written, so a lost or
 * changed prefix or declaration shows up. Line endings are normalised by the parser (as C14N requires).
 * Iterative, so deeply nested documents do not overflow the stack.
 */
import { DOMParser, type Attr, type Element, type Node } from '@xmldom/xmldom';

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface CanonicalizeOptions {
  /**
   * `xml-1.0` (default): only CR LF and CR become LF, as XML 1.0 §2.11 says. `xmldom`: xmldom's default, which
   * also turns U+0085, U+2028 and U+2029 into LF (the XML 1.1 rule); `parseTei` currently reads that way.
   */
  lineEndings?: 'xml-1.0' | 'xmldom';
  /**
   * Drop whitespace-only text nodes from element-only content (elements without other text, outside mixed
   * content and `xml:space="preserve"`): what pretty printing may change. Everything else stays exact.
   */
  ignoreLayout?: boolean;
}

/** The canonical form of an XML text. Throws on XML that xmldom reports as an error. */
export function canonicalize(xml: string, options: CanonicalizeOptions = {}): string {
  const doc = new DOMParser({
    ...(options.lineEndings === 'xmldom' ? {} : { normalizeLineEndings: (source: string) => source.replace(/\r\n?/g, '\n') }),
    onError(level, message) {
      if (level !== 'warning') throw new Error(`c14n: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
  if (options.ignoreLayout && doc.documentElement) dropLayout(doc.documentElement);
  let out = '';
  let afterRoot = false;
  for (let node = doc.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      out += canonicalElement(node as Element);
      afterRoot = true;
    } else if (node.nodeType === 7 || node.nodeType === 8) {
      if (node.nodeType === 7 && (node as unknown as { target: string }).target === 'xml') continue;
      const text = leaf(node);
      out += afterRoot ? `\n${text}` : `${text}\n`;
    }
  }
  return out;
}

/**
 * Remove whitespace-only text nodes of element-only content, below `root`. An element whose text children are
 * not all whitespace (mixed content), or with `xml:space="preserve"`, keeps everything below it.
 */
function dropLayout(root: Element): void {
  const pending: Element[] = [root];
  while (pending.length > 0) {
    const element = pending.pop()!;
    if (element.getAttribute('xml:space') === 'preserve') continue;
    const children: Node[] = [];
    for (let child = element.firstChild; child; child = child.nextSibling) children.push(child);
    const mixed = children.some((c) => c.nodeType === 4 || (c.nodeType === 3 && /[^ \t\n\r]/.test((c as unknown as { data: string }).data)));
    if (mixed) continue;
    for (const child of children) {
      if (child.nodeType === 3) element.removeChild(child);
      else if (child.nodeType === 1) pending.push(child as Element);
    }
  }
}

/** Prefix → namespace URI in scope ('' is the default namespace). */
type Bindings = Map<string, string>;

interface Frame {
  element: Element;
  next: Node | null;
  /** Bindings in scope on this element. */
  inScope: Bindings;
  /** Bindings as rendered by the output so far (on this element and its output ancestors). */
  rendered: Bindings;
}

function canonicalElement(root: Element): string {
  let out = '';
  const stack: Frame[] = [];
  const open = (element: Element, parentInScope: Bindings, parentRendered: Bindings) => {
    const inScope = new Map(parentInScope);
    const others: Attr[] = [];
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes.item(i)!;
      if (attribute.namespaceURI === XMLNS_NS) inScope.set(attribute.prefix ? attribute.localName! : '', attribute.value);
      else others.push(attribute);
    }
    const rendered = new Map(parentRendered);
    const declarations: Array<[string, string]> = [];
    for (const [prefix, uri] of inScope) {
      if ((parentRendered.get(prefix) ?? '') === uri) continue;
      declarations.push([prefix, uri]);
      rendered.set(prefix, uri);
    }
    declarations.sort(([a], [b]) => compare(a, b));
    others.sort((a, b) => compare(a.namespaceURI ?? '', b.namespaceURI ?? '') || compare(a.localName ?? a.name, b.localName ?? b.name));
    out += `<${element.tagName}`;
    for (const [prefix, uri] of declarations) out += ` ${prefix ? `xmlns:${prefix}` : 'xmlns'}="${escapeAttribute(uri)}"`;
    for (const attribute of others) out += ` ${attribute.name}="${escapeAttribute(attribute.value)}"`;
    out += '>';
    stack.push({ element, next: element.firstChild, inScope, rendered });
  };
  open(root, new Map(), new Map());
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      out += `</${frame.element.tagName}>`;
      stack.pop();
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 1) open(node as Element, frame.inScope, frame.rendered);
    else out += leaf(node);
  }
  return out;
}

function leaf(node: Node): string {
  switch (node.nodeType) {
    case 3:
    case 4:
      return escapeText((node as unknown as { data: string }).data);
    case 7: {
      const { target, data } = node as unknown as { target: string; data: string };
      return data ? `<?${target} ${data}?>` : `<?${target}?>`;
    }
    case 8:
      return `<!--${(node as unknown as { data: string }).data}-->`;
    default:
      throw new Error(`c14n: unexpected node type ${node.nodeType}`);
  }
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where two strings first differ, with some context: a readable failure message for multi-megabyte texts. */
export function firstDifference(a: string, b: string, context = 80): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const from = Math.max(0, i - context);
  return `differ at offset ${i} (lengths ${a.length} and ${b.length}):\n  expected …${JSON.stringify(a.slice(from, i + context))}\n  actual   …${JSON.stringify(b.slice(from, i + context))}`;
}
