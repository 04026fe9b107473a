/**
 * A small, strict, namespace-aware XML reader that reports events (start tag, text, end tag) with offsets.
 * It exists because validation must be faster than building a DOM: it reads about ten times faster than
 * xmldom, keeps no tree, and still refuses what a conforming parser refuses (mismatched tags, bare `&`,
 * undefined entities, unbound prefixes, duplicate attributes, forbidden characters, entity declarations).
 * Browser-safe.
 *
 * What it does not do: DTD processing. An external DTD is never read and an internal subset may not declare
 * entities (teikit refuses them everywhere); attribute defaults declared in an internal subset are not applied.
 */
import { NamespaceScope, XML_NAMESPACE, XMLNS_NAMESPACE } from './namespaces.js';

/**
 * An attribute of a start tag, namespace declarations excluded. `ns` is `''` for no namespace.
 * @example
 * tag.attributes.find((a) => a.ns === XML_NAMESPACE && a.local === 'id')?.value
 */
export interface XmlAttribute {
  ns: string;
  local: string;
  qname: string;
  value: string;
  /** Offset of the attribute name in the source. */
  offset: number;
}

/**
 * A start tag, with offsets of its `<` and of the character after its `>`.
 * @example
 * readXml(text, { startElement: (tag) => console.log(tag.qname, tag.start), endElement() {}, text() {} })
 */
export interface StartTag {
  ns: string;
  local: string;
  qname: string;
  attributes: XmlAttribute[];
  scope: NamespaceScope;
  start: number;
  end: number;
  selfClosing: boolean;
}

/**
 * What the reader reports. Text is coalesced: comments and processing instructions do not split it.
 * @example
 * const handler: XmlHandler = { startElement: (t) => depth++, endElement: () => depth--, text: () => {} }
 */
export interface XmlHandler {
  startElement(tag: StartTag): void;
  /** `start`/`end`: offsets of the end tag (of the start tag, for `<x/>`). */
  endElement(start: number, end: number): void;
  /** Character data between two tags (references expanded, line ends normalised), never empty. */
  text(value: string, start: number): void;
  processingInstruction?(target: string, data: string, start: number): void;
  /** Comments, for readers that keep them (a schema's licence header). */
  comment?(value: string, start: number): void;
}

/**
 * The input is not well-formed XML (or uses a construct teikit refuses). `offset` locates the problem.
 *
 * @example
 * try { readXml('<a></b>', handler) } catch (e) { if (e instanceof XmlSyntaxError) e.offset }
 */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/**
 * Read `source` and report its events to `handler`.
 *
 * @throws {XmlSyntaxError} at the first well-formedness error.
 * @example
 * readXml('<a x="1">hi<b/></a>', {
 *   startElement: (tag) => console.log('start', tag.local),
 *   endElement: () => console.log('end'),
 *   text: (value) => console.log('text', value),
 * })
 */
export function readXml(source: string, handler: XmlHandler): void {
  new Reader(source, handler).run();
}

// XML 1.0 §2.2: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF are not characters.
// Surrogates are matched too (cheap), then checked for pairing one by one.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g;

/** The offset of the first character XML forbids, or -1. */
function forbiddenCharacter(s: string): number {
  SUSPECT.lastIndex = 0;
  for (let m = SUSPECT.exec(s); m; m = SUSPECT.exec(s)) {
    const c = s.charCodeAt(m.index);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(m.index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        SUSPECT.lastIndex = m.index + 2;
        continue;
      }
    }
    return m.index;
  }
  return -1;
}

const NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const QNAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*(?::[${NAME_START}][${NAME_CHAR}]*)?$`, 'u');

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

interface OpenElement {
  qname: string;
  start: number;
  scope: NamespaceScope;
}

class Reader {
  private i = 0;
  private readonly stack: OpenElement[] = [];
  private text = '';
  private textStart = -1;
  private readonly knownNames = new Set<string>();

  constructor(
    private readonly s: string,
    private readonly handler: XmlHandler,
  ) {}

  run(): void {
    const s = this.s;
    const forbidden = forbiddenCharacter(s);
    if (forbidden !== -1) {
      const code = s.charCodeAt(forbidden).toString(16).toUpperCase().padStart(4, '0');
      this.fail(`character U+${code} is not allowed in XML`, forbidden);
    }
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
    if (s.trim() === '') this.fail('the input is empty: no root element', 0);
    this.prolog();
    this.content(NamespaceScope.root());
    this.epilog();
  }

  private fail(message: string, at: number): never {
    throw new XmlSyntaxError(message, at);
  }

  private skipSpace(): void {
    const s = this.s;
    let i = this.i;
    for (let c = s.charCodeAt(i); c === 32 || c === 10 || c === 9 || c === 13; c = s.charCodeAt(++i));
    this.i = i;
  }

  private prolog(): void {
    const s = this.s;
    let sawDoctype = false;
    for (;;) {
      this.skipSpace();
      if (s.startsWith('<?', this.i)) this.processingInstruction(true);
      else if (s.startsWith('<!--', this.i)) this.comment();
      else if (s.startsWith('<!DOCTYPE', this.i)) {
        if (sawDoctype) this.fail('not well-formed: a second DOCTYPE', this.i);
        sawDoctype = true;
        this.doctype();
      } else if (s.charCodeAt(this.i) === 60 /* < */) return;
      else if (this.i >= s.length) this.fail('no root element', s.length);
      else this.fail('not well-formed: text before the root element', this.i);
    }
  }

  private epilog(): void {
    const s = this.s;
    for (;;) {
      this.skipSpace();
      if (this.i >= s.length) return;
      if (s.startsWith('<?', this.i)) this.processingInstruction(false);
      else if (s.startsWith('<!--', this.i)) this.comment();
      else this.fail('not well-formed: content after the root element', this.i);
    }
  }

  private processingInstruction(inProlog: boolean): void {
    const s = this.s;
    const start = this.i;
    const end = s.indexOf('?>', start + 2);
    if (end === -1) this.fail('not well-formed: unterminated processing instruction', start);
    const body = s.slice(start + 2, end);
    const target = /^[^\s?]+/.exec(body)?.[0] ?? '';
    if (target === '') this.fail('not well-formed: processing instruction without a target', start);
    if (target.toLowerCase() === 'xml' && !(inProlog && start === (s.charCodeAt(0) === 0xfeff ? 1 : 0) && target === 'xml')) {
      this.fail('not well-formed: the XML declaration may only appear at the very start', start);
    }
    this.i = end + 2;
    if (target !== 'xml') this.handler.processingInstruction?.(target, body.slice(target.length).trim(), start);
  }

  private comment(): void {
    const start = this.i;
    const end = this.s.indexOf('-->', start + 4);
    if (end === -1) this.fail('not well-formed: unterminated comment', start);
    this.i = end + 3;
    this.handler.comment?.(this.s.slice(start + 4, end), start);
  }

  /** Skip a DOCTYPE; refuse entity declarations (they read files and expand without bound). */
  private doctype(): void {
    const s = this.s;
    const start = this.i;
    let quote = 0;
    let inSubset = false;
    for (let i = start + 9; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 91 /* [ */) inSubset = true;
      else if (c === 93 /* ] */) inSubset = false;
      else if (inSubset && s.startsWith('<!ENTITY', i)) {
        this.fail('the DOCTYPE declares entities; teikit refuses entity declarations (they can read local files or expand without bound): replace entities with characters', i);
      } else if (inSubset && s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end === -1) break;
        i = end + 2;
      } else if (!inSubset && c === 62 /* > */) {
        this.i = i + 1;
        return;
      }
    }
    this.fail('not well-formed: unterminated DOCTYPE', start);
  }

  /** The document element and everything in it. */
  private content(rootScope: NamespaceScope): void {
    const s = this.s;
    const length = s.length;
    this.startTag(rootScope);
    // Where the next `&`, CR and `]]>` are (found with indexOf, which is much faster than a loop, and moved on
    // only when passed, so the whole text is scanned once for each).
    let nextAmp = -2;
    let nextCr = -2;
    let nextCdataEnd = -2;
    while (this.stack.length > 0) {
      // Character data up to the next markup.
      const from = this.i;
      let i = s.indexOf('<', from);
      if (i === -1) i = length;
      if (i > from) {
        if (nextAmp !== -1 && nextAmp < from) nextAmp = s.indexOf('&', from);
        if (nextCr !== -1 && nextCr < from) nextCr = s.indexOf('\r', from);
        if (nextCdataEnd !== -1 && nextCdataEnd < from) nextCdataEnd = s.indexOf(']]>', from);
        if (nextCdataEnd !== -1 && nextCdataEnd < i) this.fail('not well-formed: "]]>" is not allowed in text', nextCdataEnd);
        const special = (nextAmp !== -1 && nextAmp < i) || (nextCr !== -1 && nextCr < i);
        this.addText(special ? this.expand(from, i, false) : s.slice(from, i), from);
      }
      if (i >= length) {
        const open = this.stack.map((e) => e.qname).join(', ');
        this.fail(`not well-formed: the document ends inside element(s) ${open}`, length);
      }
      this.i = i;
      const next = s.charCodeAt(i + 1);
      if (next === 47 /* / */) this.endTag();
      else if (next === 33 /* ! */) {
        if (s.startsWith('<!--', i)) this.comment();
        else if (s.startsWith('<![CDATA[', i)) this.cdata();
        else this.fail('not well-formed: markup declarations are only allowed in the DOCTYPE', i);
      } else if (next === 63 /* ? */) this.processingInstruction(false);
      else this.startTag(this.stack[this.stack.length - 1]!.scope);
    }
  }

  private addText(value: string, start: number): void {
    if (this.textStart === -1) {
      this.text = value;
      this.textStart = start;
    } else {
      this.text += value;
    }
  }

  private flushText(): void {
    if (this.textStart === -1) return;
    const text = this.text;
    const start = this.textStart;
    this.text = '';
    this.textStart = -1;
    if (text.length > 0) this.handler.text(text, start);
  }

  private cdata(): void {
    const start = this.i;
    const end = this.s.indexOf(']]>', start + 9);
    if (end === -1) this.fail('not well-formed: unterminated CDATA section', start);
    this.addText(this.s.slice(start + 9, end).replace(/\r\n?/g, '\n'), start);
    this.i = end + 3;
  }

  /** The end of the name starting at `from` (which must start one). */
  private nameEnd(from: number): number {
    const s = this.s;
    let i = from;
    for (;;) {
      const c = s.charCodeAt(i);
      // Delimiters: space, tab, LF, CR, / > = < " ' & ; and the end of input (NaN).
      if (c !== c || c === 32 || c === 10 || c === 9 || c === 13 || c === 47 || c === 62 || c === 61 || c === 60 || c === 34 || c === 39 || c === 38 || c === 59) break;
      i++;
    }
    const name = s.slice(from, i);
    if (!this.knownNames.has(name)) {
      if (!QNAME.test(name)) this.fail(name === '' ? 'not well-formed: a name is expected here' : `not well-formed: "${name}" is not a valid XML name`, from);
      this.knownNames.add(name);
    }
    return i;
  }

  private startTag(parentScope: NamespaceScope): void {
    this.flushText();
    const s = this.s;
    const start = this.i;
    const nameEnd = this.nameEnd(start + 1);
    const qname = s.slice(start + 1, nameEnd);
    this.i = nameEnd;
    // Attributes as written; namespace declarations are set aside, prefixes are resolved once the scope is known.
    const attributes: XmlAttribute[] = [];
    let declarations: XmlAttribute[] | undefined;
    let selfClosing = false;
    for (;;) {
      const before = this.i;
      this.skipSpace();
      const c = s.charCodeAt(this.i);
      if (c === 62 /* > */) {
        this.i++;
        break;
      }
      if (c === 47 /* / */) {
        if (s.charCodeAt(this.i + 1) !== 62) this.fail('not well-formed: expected "/>"', this.i);
        this.i += 2;
        selfClosing = true;
        break;
      }
      if (c !== c) this.fail(`not well-formed: the start tag of "${qname}" is not closed`, start);
      if (this.i === before) this.fail('not well-formed: whitespace is required between attributes', this.i);
      const offset = this.i;
      const attrEnd = this.nameEnd(offset);
      const attrName = s.slice(offset, attrEnd);
      this.i = attrEnd;
      this.skipSpace();
      if (s.charCodeAt(this.i) !== 61 /* = */) this.fail(`not well-formed: attribute "${attrName}" has no value`, offset);
      this.i++;
      this.skipSpace();
      const quote = s.charCodeAt(this.i);
      if (quote !== 34 && quote !== 39) this.fail(`not well-formed: the value of attribute "${attrName}" must be quoted`, this.i);
      const valueStart = this.i + 1;
      const valueEnd = s.indexOf(quote === 34 ? '"' : "'", valueStart);
      if (valueEnd === -1) this.fail(`not well-formed: the value of attribute "${attrName}" is not closed`, this.i);
      const attribute: XmlAttribute = { ns: '', local: attrName, qname: attrName, value: this.attributeValue(valueStart, valueEnd), offset };
      if (attrName.charCodeAt(0) === 120 /* x */ && (attrName === 'xmlns' || attrName.startsWith('xmlns:'))) (declarations ??= []).push(attribute);
      else attributes.push(attribute);
      this.i = valueEnd + 1;
    }
    if (attributes.length + (declarations?.length ?? 0) > 1) this.refuseDuplicateNames(attributes, declarations);

    let scope = parentScope;
    if (declarations) {
      const bindings = new Map<string, string>();
      for (const a of declarations) {
        if (a.qname === 'xmlns') {
          if (a.value === XML_NAMESPACE || a.value === XMLNS_NAMESPACE) this.fail(`not well-formed: the namespace "${a.value}" cannot be the default namespace`, a.offset);
          bindings.set('', a.value);
        } else {
          const prefix = a.qname.slice(6);
          if (prefix === 'xmlns') this.fail('not well-formed: the prefix "xmlns" cannot be declared', a.offset);
          if ((prefix === 'xml') !== (a.value === XML_NAMESPACE)) this.fail(`not well-formed: the prefix "xml" is bound to ${XML_NAMESPACE} only`, a.offset);
          if (a.value === '') this.fail(`not well-formed: the prefix "${prefix}" cannot be undeclared in XML 1.0`, a.offset);
          bindings.set(prefix, a.value);
        }
      }
      scope = parentScope.declare(bindings);
    }
    const colon = qname.indexOf(':');
    const prefix = colon === -1 ? '' : qname.slice(0, colon);
    const ns = scope.resolve(prefix);
    if (ns === undefined) this.fail(`not well-formed: the prefix "${prefix}" of element "${qname}" is not bound to a namespace`, start);
    let prefixed = false;
    for (const a of attributes) {
      const at = a.qname.indexOf(':');
      if (at === -1) continue;
      const attrPrefix = a.qname.slice(0, at);
      const bound = scope.resolve(attrPrefix);
      if (bound === undefined) this.fail(`not well-formed: the prefix "${attrPrefix}" of attribute "${a.qname}" is not bound to a namespace`, a.offset);
      a.ns = bound;
      a.local = a.qname.slice(at + 1);
      prefixed = true;
    }
    if (prefixed && attributes.length > 1) this.refuseDuplicateExpandedNames(attributes);

    const tag: StartTag = { ns, local: colon === -1 ? qname : qname.slice(colon + 1), qname, attributes, scope, start, end: this.i, selfClosing };
    this.handler.startElement(tag);
    if (selfClosing) this.handler.endElement(start, this.i);
    else this.stack.push({ qname, start, scope });
  }

  /** The same attribute name twice (XML 1.0 §3.1). Tags have few attributes: compare pairwise, allocate nothing. */
  private refuseDuplicateNames(attributes: XmlAttribute[], declarations: XmlAttribute[] | undefined): void {
    const all = declarations ? [...attributes, ...declarations] : attributes;
    for (let i = 1; i < all.length; i++) {
      for (let j = 0; j < i; j++) {
        if (all[i]!.qname === all[j]!.qname) this.fail(`not well-formed: attribute "${all[i]!.qname}" appears twice`, Math.max(all[i]!.offset, all[j]!.offset));
      }
    }
  }

  /** Two prefixes bound to one namespace can give the same expanded name twice (Namespaces in XML §6.3). */
  private refuseDuplicateExpandedNames(attributes: XmlAttribute[]): void {
    for (let i = 1; i < attributes.length; i++) {
      for (let j = 0; j < i; j++) {
        const a = attributes[i]!;
        const b = attributes[j]!;
        if (a.local === b.local && a.ns === b.ns) this.fail(`not well-formed: attribute "${a.qname}" appears twice (same namespace and local name)`, a.offset);
      }
    }
  }

  private endTag(): void {
    this.flushText();
    const s = this.s;
    const start = this.i;
    const nameEnd = this.nameEnd(start + 2);
    const qname = s.slice(start + 2, nameEnd);
    this.i = nameEnd;
    this.skipSpace();
    if (s.charCodeAt(this.i) !== 62) this.fail(`not well-formed: the end tag of "${qname}" is not closed`, start);
    this.i++;
    const open = this.stack.pop()!;
    if (open.qname !== qname) this.fail(`not well-formed: end tag "</${qname}>" does not match the start tag "<${open.qname}>"`, start);
    this.handler.endElement(start, this.i);
  }

  /** An attribute value: references expanded, literal tab/CR/LF normalised to spaces (XML 1.0 §3.3.3). */
  private attributeValue(from: number, to: number): string {
    const s = this.s;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === 60) this.fail('not well-formed: "<" is not allowed in an attribute value; write &lt;', i);
      if (c === 38 || c === 9 || c === 10 || c === 13) return this.expand(from, to, true);
    }
    return s.slice(from, to);
  }

  /** Text with references expanded and line ends normalised; in attributes, literal white space becomes spaces. */
  private expand(from: number, to: number, attribute: boolean): string {
    const s = this.s;
    let out = '';
    let last = from;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === 38 /* & */) {
        out += s.slice(last, i);
        const semi = s.indexOf(';', i);
        const name = semi === -1 || semi > to ? '' : s.slice(i + 1, semi);
        out += this.reference(name, i);
        i = semi;
        last = semi + 1;
      } else if (c === 13 /* \r */) {
        out += s.slice(last, i) + (attribute ? ' ' : '\n');
        if (s.charCodeAt(i + 1) === 10) i++;
        last = i + 1;
      } else if (attribute && (c === 9 || c === 10)) {
        out += s.slice(last, i) + ' ';
        last = i + 1;
      } else if (attribute && c === 60) {
        this.fail('not well-formed: "<" is not allowed in an attribute value; write &lt;', i);
      }
    }
    return out + s.slice(last, to);
  }

  private reference(name: string, at: number): string {
    if (name === '' || /\s/.test(name)) this.fail('not well-formed: "&" must start a reference such as &amp; or &#38;', at);
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120; /* x */
      const digits = name.slice(hex ? 2 : 1);
      const valid = hex ? /^[0-9a-fA-F]+$/.test(digits) : /^[0-9]+$/.test(digits);
      const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
      const allowed =
        code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) this.fail(`not well-formed: &${name}; does not refer to a character XML allows`, at);
      return String.fromCodePoint(code);
    }
    const predefined = PREDEFINED[name];
    if (predefined === undefined) {
      this.fail(`not well-formed: undefined entity &${name}; XML predefines only &amp; &lt; &gt; &quot; &apos;: write the character itself or a numeric reference such as &#160;`, at);
    }
    return predefined;
  }
}
