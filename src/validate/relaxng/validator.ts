/**
 * Validation of a stream of start tags, text and end tags against a compiled schema, by derivatives, with
 * recovery so that one document yields all its errors (after jing's PatternMatcher):
 * - an element not allowed here is checked against its declaration elsewhere in the schema and the parent's
 *   state is left unchanged; one allowed later ("not allowed yet") moves the parent on past what is missing; one
 *   declared nowhere is skipped with everything inside it;
 * - an attribute not allowed is ignored; an invalid value is reported and taken as valid;
 * - missing required attributes are reported at the start tag, missing required elements once at the end tag.
 *
 * The state of each open element is kept on a stack: an element's content pattern and the pattern its parent
 * moves to when it ends. Keeping the parent outside the child's state (instead of one nested `after` pattern)
 * makes the derivative memos independent of where an element is, so they are shared across the document.
 * When a start tag is ambiguous (two declarations of one name with different effects on the parent), the state
 * is the full choice of `after` patterns, as in Clark's algorithm.
 */
import { shortenQuoted } from '../diagnostic.js';
import { isBlank } from './derivatives.js';
import { CT_DATA } from './patterns.js';
import { TEI_NS } from '../../parse/prolog.js';
import type { ValueContext } from './datatypes/types.js';
import { describeNames, formatNames, quoteValue, type SchemaDiagnostic } from './diagnostics.js';
import { explainValue, possibleAttributes, possibleElements, requiredNames } from './expectations.js';
import { ATTRIBUTE, AFTER, ELEMENT, type Pattern } from './patterns.js';
import type { Schema } from './schema.js';
import type { NamespaceScope } from './xml/namespaces.js';
import type { StartTag, XmlHandler } from './xml/reader.js';

/**
 * Offsets to positions: the text's line index, or a table for a DOM's element positions.
 * @example
 * const lines = new LineIndex(text); const locate: Locate = (offset) => lines.position(offset)
 */
export type Locate = (offset: number) => { line: number; column: number };

/**
 * Options of a validation run.
 * @example
 * validateXml(schema, text, { file: 'a.xml', maxErrors: 50, xinclude: false })
 */
export interface ValidationOptions {
  /** The file name put in diagnostics. */
  file?: string;
  /**
   * Unresolved includes (nothing is read here): by default each `xi:include` stands for its `xi:fallback`, as when
   * a resource cannot be read; `false` validates `xi:include` elements as written. To validate what includes name,
   * assemble the document first (`assembleXIncludes`).
   */
  xinclude?: boolean;
  /** Stop after this many errors (the document is still reported invalid). Default: no limit. */
  maxErrors?: number;
}

interface Frame {
  /** The element's state (a plain content pattern, or a choice of `after`s when `pending` is null). */
  content: Pattern;
  /** The parent's state once this element ends; null: take it from `endTag(content)`. */
  pending: Pattern | null;
  qname: string;
  /** The element's step in paths: TEI and no-namespace elements by local name, others as `Q{uri}local`. */
  step: string;
  nameId: number;
  start: number;
  end: number;
  scope: NamespaceScope;
  /** Position among siblings of the same name (1-based). */
  index: number;
  /** Children seen so far by name, for their positions. */
  counts: Map<string, number> | null;
  /** Data content: text is collected and checked as one value at the end tag. */
  textTyped: boolean;
  text: string;
  /** Declared nowhere (or inside such an element): nothing below is checked. */
  skip: boolean;
}

/**
 * A validation run, fed by a reader (`readXml`) or a DOM walk; collects diagnostics.
 *
 * @example
 * const run = new ValidationRun(schema, lineIndex.position.bind(lineIndex), { file: 'a.xml' })
 * readXml(text, run)
 * run.finish() // SchemaDiagnostic[]
 */
export class ValidationRun implements XmlHandler {
  readonly diagnostics: SchemaDiagnostic[] = [];
  private readonly stack: Frame[] = [];
  private readonly file: string;
  private readonly maxErrors: number;
  private pendingText = '';
  private pendingTextStart = -1;
  private readonly ids = new Map<string, number>();
  private readonly idrefs: { value: string; frame: Pick<Frame, 'start' | 'end'>; xpath: string }[] = [];
  private readonly expectedCache = new Map<NamespaceScope, Map<string, { text: string; list: string[] }>>();
  private stopped = false;
  private readonly elementNames = new Map<NamespaceScope, Map<string, number>>();
  private readonly attributeNames = new Map<NamespaceScope, Map<string, number>>();

  constructor(
    private readonly schema: Schema,
    private readonly locate: Locate,
    options: ValidationOptions = {},
    /** False when offsets number DOM nodes rather than characters of a text. */
    private readonly offsetsAreText = true,
  ) {
    this.file = options.file ?? '<input>';
    this.maxErrors = options.maxErrors ?? Infinity;
    const root: Frame = {
      content: schema.start,
      pending: null,
      qname: '',
      step: '',
      nameId: -1,
      start: 0,
      end: 0,
      scope: undefined as unknown as NamespaceScope,
      index: 1,
      counts: null,
      textTyped: false,
      text: '',
      skip: false,
    };
    this.stack.push(root);
    if (schema.start === schema.builder.notAllowed) {
      // jing's "schema allows nothing": said once, then nothing else is checked.
      this.diagnostics.push(this.diagnostic('schema does not allow anything: it is equivalent to <notAllowed/>', 0, 0, '/'));
      this.stopped = true;
    }
  }

  // ---- events ------------------------------------------------------------------------------------------

  startElement(tag: StartTag): void {
    this.flushText(tag.end);
    const d = this.schema.derivatives;
    const b = d.b;
    const parent = this.stack[this.stack.length - 1]!;
    const nameId = this.nameId(this.elementNames, tag.scope, tag.qname, tag.ns, tag.local);
    const step = tag.ns === TEI_NS || tag.ns === '' ? tag.local : `Q{${tag.ns}}${tag.local}`;
    const counts = (parent.counts ??= new Map());
    const index = (counts.get(step) ?? 0) + 1;
    counts.set(step, index);
    const frame: Frame = {
      content: b.notAllowed,
      pending: null,
      qname: tag.qname,
      step,
      nameId,
      start: tag.start,
      end: tag.end,
      scope: tag.scope,
      index,
      counts: null,
      textTyped: false,
      text: '',
      skip: parent.skip,
    };
    if (frame.skip || this.stopped) {
      frame.skip = true;
      this.stack.push(frame);
      this.checkIds(tag, frame);
      return;
    }

    let opened = d.startTagOpen(parent.content, nameId);
    if (opened === b.notAllowed) opened = this.unexpectedElement(tag, parent, frame);
    if (opened === b.notAllowed) {
      frame.skip = true;
      this.stack.push(frame);
      this.checkIds(tag, frame);
      return;
    }
    if (opened.kind === AFTER) {
      frame.content = opened.p1!;
      frame.pending = opened.p2!;
    } else {
      frame.content = opened;
    }
    this.stack.push(frame);
    this.attributes(tag, frame);
    this.checkIds(tag, frame);
  }

  text(value: string, start: number): void {
    if (this.pendingTextStart === -1) {
      this.pendingText = value;
      this.pendingTextStart = start;
    } else this.pendingText += value;
  }

  endElement(start: number, end: number): void {
    this.flushText(end);
    const frame = this.stack.pop()!;
    const parent = this.stack[this.stack.length - 1]!;
    if (frame.skip) return;
    const d = this.schema.derivatives;
    const b = d.b;
    if (frame.textTyped) {
      // Data content is one value, checked at the end tag (jing's "character content ... invalid").
      const s = frame.text;
      const context: ValueContext = { scope: frame.scope };
      let next = d.text(frame.content, s, context);
      if (isBlank(s)) next = b.choice(next, frame.content);
      const finished = frame.pending ? (next.nullable ? frame.pending : b.notAllowed) : d.endTag(next);
      if (finished === b.notAllowed) {
        const message =
          isBlank(s) && possibleElements(frame.content).names.size > 0
            ? `empty content for element ${this.quoted(frame)} not allowed${this.expectedContent(frame).text}`
            : `character content of element ${this.quoted(frame)} invalid${because(explainValue(d, frame.content, s, context))}`;
        // From the start tag to the end of the end tag: the whole value (jing reports at the end tag).
        this.report(message, frame, frame.start, end);
        parent.content = frame.pending ?? d.recoverAfter(frame.content);
      } else parent.content = finished;
      return;
    }
    if (frame.pending) {
      if (!frame.content.nullable) this.incomplete(frame, start, end);
      parent.content = frame.pending;
    } else {
      let next = d.endTag(frame.content);
      if (next === b.notAllowed) {
        this.incomplete(frame, start, end);
        next = d.recoverAfter(frame.content);
      }
      parent.content = next;
    }
  }

  /** Report an error found outside the schema (a failed XInclude) at the current element. */
  error(message: string, start: number, end: number): void {
    this.pushDiagnostic(this.diagnostic(message, start, end, this.xpath()));
  }

  /** Check what only the end of the document can tell (IDREFs) and return the diagnostics. */
  finish(): SchemaDiagnostic[] {
    for (const ref of this.idrefs) {
      if (!this.ids.has(ref.value)) this.pushDiagnostic(this.diagnostic(`IDREF ${quoteValue(ref.value)} without matching ID`, ref.frame.start, ref.frame.end, ref.xpath));
    }
    return this.diagnostics;
  }

  // ---- steps -------------------------------------------------------------------------------------------

  /**
   * The interned name of a qualified name in `scope`: one lookup by the name as written, since the elements of a
   * document share a handful of scopes. Unprefixed attributes are in no namespace, so they have their own cache.
   */
  private nameId(cache: Map<NamespaceScope, Map<string, number>>, scope: NamespaceScope, qname: string, ns: string, local: string): number {
    let byName = cache.get(scope);
    if (!byName) cache.set(scope, (byName = new Map()));
    let id = byName.get(qname);
    if (id === undefined) byName.set(qname, (id = this.schema.names.id(ns, local)));
    return id;
  }

  /** A start tag the state does not allow: report, and choose how to go on (see the module comment). */
  private unexpectedElement(tag: StartTag, parent: Frame, frame: Frame): Pattern {
    const d = this.schema.derivatives;
    const b = d.b;
    const name = this.quotedName(tag.qname);
    const later = d.startTagOpenRecover(parent.content, frame.nameId);
    if (later !== b.notAllowed) {
      const missing = requiredNames(parent.content, ELEMENT);
      const message = missing.size
        ? `element ${name} not allowed yet; missing required element${missing.size > 1 ? 's' : ''} ${describeNames(formatNames(this.schema.names, missing, false, parent.scope ?? tag.scope), 'and')}`
        : `element ${name} not allowed yet${this.expectedContent(parent, tag.scope).text}`;
      this.report(message, frame, frame.start, frame.end);
      return later;
    }
    const found = this.schema.findElement(frame.nameId);
    const expected = this.expectedContent(parent, tag.scope);
    const message = `element ${name} not allowed ${found === b.notAllowed ? 'anywhere' : 'here'}${expected.text}`;
    this.report(message, frame, frame.start, frame.end, expected.list);
    if (found === b.notAllowed) return b.notAllowed;
    return b.after(found, parent.content);
  }

  private attributes(tag: StartTag, frame: Frame): void {
    const d = this.schema.derivatives;
    const b = d.b;
    const names = this.schema.names;
    let content = frame.content;
    const context: ValueContext = { scope: tag.scope };
    for (const attribute of tag.attributes) {
      const nameId = this.nameId(this.attributeNames, tag.scope, attribute.qname, attribute.ns, attribute.local);
      const started = d.startAttribute(content, nameId);
      if (started === b.notAllowed) {
        const possible = possibleAttributes(content);
        const name = this.quotedName(attribute.qname);
        if (possible.names.size === 0 && !possible.wildcard) this.report(`found attribute ${name}, but no attributes allowed here`, frame, frame.start, frame.end);
        else {
          const expected = this.expectedAttributes(content, tag.scope);
          this.report(`attribute ${name} not allowed here${expected.text}`, frame, frame.start, frame.end, expected.list);
        }
        continue;
      }
      let next = d.attributeValue(started, attribute.value, context);
      if (next === b.notAllowed) {
        this.report(`value of attribute ${this.quotedName(attribute.qname)} is invalid${because(explainValue(d, started, attribute.value, context))}`, frame, frame.start, frame.end);
        next = d.recoverAfter(started);
      }
      content = next;
    }
    let closed = d.endAttributes(content);
    if (closed === b.notAllowed) {
      const missing = requiredNames(content, ATTRIBUTE);
      const name = this.quotedName(tag.qname);
      if (missing.size === 0) {
        const expected = this.expectedAttributes(content, tag.scope);
        this.report(`element ${name} missing one or more required attributes${expected.text}`, frame, frame.start, frame.end, expected.list);
      } else {
        this.report(
          `element ${name} missing required attribute${missing.size > 1 ? 's' : ''} ${describeNames(formatNames(names, missing, true, tag.scope), 'and')}`,
          frame,
          frame.start,
          frame.end,
        );
      }
      closed = d.endAttributes(d.ignoreMissingAttributes(content));
    }
    frame.content = closed;
    frame.textTyped = d.contentType(closed) === CT_DATA;
  }

  /** Text before a tag: checked now that the tag's end is known (the span jing reports). */
  private flushText(tagEnd: number): void {
    if (this.pendingTextStart === -1) return;
    const text = this.pendingText;
    const start = this.pendingTextStart;
    this.pendingText = '';
    this.pendingTextStart = -1;
    const frame = this.stack[this.stack.length - 1]!;
    if (frame.skip || this.stack.length === 1) return;
    if (frame.textTyped) {
      frame.text += text;
      return;
    }
    if (isBlank(text)) return;
    const d = this.schema.derivatives;
    const next = d.mixedText(frame.content);
    if (next !== d.b.notAllowed) {
      frame.content = next;
      return;
    }
    // Point at the first character that is not white space (offsets into the text; a DOM's are node numbers).
    let first = start;
    if (this.offsetsAreText) while (first < start + text.length && isBlank(text[first - start]!)) first++;
    const expected = this.expectedContent(frame);
    this.report(`text not allowed here${expected.text}`, frame, first, tagEnd, expected.list);
  }

  private incomplete(frame: Frame, start: number, end: number): void {
    const missing = requiredNames(frame.content, ELEMENT);
    const name = this.quotedName(frame.qname);
    if (missing.size > 0) {
      const formatted = formatNames(this.schema.names, missing, false, frame.scope);
      this.report(`element ${name} incomplete; missing required element${missing.size > 1 ? 's' : ''} ${describeNames(formatted, 'and')}`, frame, start, end, formatted.names);
    } else {
      const expected = this.expectedContent(frame);
      this.report(`element ${name} incomplete${expected.text}`, frame, start, end, expected.list);
    }
  }

  /** ID, IDREF and IDREFS attributes (RELAX NG DTD compatibility): unique IDs, IDREFs that resolve. */
  private checkIds(tag: StartTag, frame: Frame): void {
    const idNames = this.schema.idAttributeNames;
    if (idNames.size === 0 || tag.attributes.length === 0) return;
    for (const attribute of tag.attributes) {
      const attributeId = this.nameId(this.attributeNames, tag.scope, attribute.qname, attribute.ns, attribute.local);
      if (!idNames.has(attributeId)) continue;
      const type = this.schema.idType(frame.nameId, attributeId);
      if (type === 0) continue;
      // As jing's ID checker, after the datatype's own message: an ID or IDREF is one token, IDREFS at least one;
      // a value that is not (even one the datatype refused) is reported again in these words and not recorded.
      const tokens = attribute.value.split(/[ \t\n\r]+/).filter((t) => t !== '');
      const kind = type === 1 ? 'ID' : type === 2 ? 'IDREF' : 'IDREFS';
      if (tokens.length === 0 || (tokens.length > 1 && type !== 3)) {
        const count = tokens.length === 0 ? 'no' : 'multiple';
        this.pushDiagnostic(this.diagnostic(`value of attribute of type ${kind} contained ${count} tokens`, frame.start, frame.end, this.xpath()));
      } else if (type === 1) {
        const value = tokens[0]!;
        const first = this.ids.get(value);
        if (first === undefined) this.ids.set(value, frame.start);
        else {
          const diagnostic = this.diagnostic(`ID ${quoteValue(value)} has already been defined`, frame.start, frame.end, this.xpath());
          diagnostic.related = [{ message: `first occurrence of ID ${quoteValue(value)}`, file: this.file, ...this.locate(first) }];
          this.pushDiagnostic(diagnostic);
        }
      } else {
        const xpath = this.xpath();
        for (const token of tokens) this.idrefs.push({ value: token, frame: { start: frame.start, end: frame.end }, xpath });
      }
    }
  }

  // ---- messages ----------------------------------------------------------------------------------------

  /** `; expected attribute "a" or "b"` for the attributes state `p` allows (jing says nothing for wildcards only), cached. */
  private expectedAttributes(p: Pattern, scope: NamespaceScope): { text: string; list: string[] } {
    const key = `@${p.id}`;
    let byScope = this.expectedCache.get(scope);
    if (!byScope) this.expectedCache.set(scope, (byScope = new Map()));
    const cached = byScope.get(key);
    if (cached) return cached;
    const possible = possibleAttributes(p);
    let result = { text: '', list: [] as string[] };
    if (possible.names.size > 0) {
      const formatted = formatNames(this.schema.names, possible.names, true, scope);
      const other = possible.wildcard ? ' or an attribute from another namespace' : '';
      result = { text: `; expected attribute ${describeNames(formatted, 'or')}${other}`, list: formatted.names };
    }
    byScope.set(key, result);
    return result;
  }

  /** `; expected the element end-tag, text or element "a", "b"` for the state of `frame`, cached per state. */
  private expectedContent(frame: Frame, scope: NamespaceScope = frame.scope): { text: string; list: string[] } {
    const d = this.schema.derivatives;
    const key = `${frame.content.id}${frame.pending ? '' : '!'}`;
    let byScope = this.expectedCache.get(scope);
    if (!byScope) this.expectedCache.set(scope, (byScope = new Map()));
    const cached = byScope.get(key);
    if (cached) return cached;
    const parts: string[] = [];
    const list: string[] = [];
    const endAllowed = frame.pending ? frame.content.nullable : d.endTag(frame.content) !== d.b.notAllowed;
    if (endAllowed && frame.nameId !== -1) parts.push('the element end-tag');
    if (d.contentType(frame.content) === CT_DATA) parts.push('data');
    else if (d.mixedText(frame.content) !== d.b.notAllowed) parts.push('text');
    const possible = possibleElements(frame.content);
    if (possible.names.size > 0) {
      const formatted = formatNames(this.schema.names, possible.names, false, scope);
      parts.push(`element ${describeNames(formatted, 'or')}`);
      list.push(...formatted.names);
      if (possible.wildcard) parts.push('an element from another namespace');
    }
    const text = parts.length ? `; expected ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}` : parts[0]}` : '';
    const result = { text, list };
    byScope.set(key, result);
    return result;
  }

  private quotedName(qname: string): string {
    return `"${qname}"`;
  }

  private quoted(frame: Frame): string {
    return this.quotedName(frame.qname);
  }

  private xpath(): string {
    let path = '';
    for (let i = 1; i < this.stack.length; i++) {
      const f = this.stack[i]!;
      path += i === 1 ? `/${f.step}` : `/${f.step}[${f.index}]`;
    }
    return path || '/';
  }

  private diagnostic(message: string, start: number, end: number, xpath: string): SchemaDiagnostic {
    const at = this.locate(start);
    const until = this.locate(end);
    return {
      ruleId: 'schema',
      severity: 'error',
      message: shortenQuoted(message),
      file: this.file,
      line: at.line,
      column: at.column,
      endLine: until.line,
      endColumn: until.column,
      xpath,
    };
  }

  private pushDiagnostic(diagnostic: SchemaDiagnostic): void {
    if (this.stopped) return;
    if (this.diagnostics.length >= this.maxErrors) {
      this.stopped = true;
      return;
    }
    this.diagnostics.push(diagnostic);
    if (this.diagnostics.length >= this.maxErrors) this.stopped = true;
  }

  /** An error about the element on top of the stack (or `frame`, about to be pushed). */
  private report(message: string, frame: Frame, start: number, end: number, expected?: string[]): void {
    if (this.stopped) return;
    const onStack = this.stack[this.stack.length - 1] === frame;
    const path = onStack ? this.xpath() : `${this.xpath() === '/' ? '' : this.xpath()}/${frame.step}${this.stack.length > 1 ? `[${frame.index}]` : ''}`;
    const diagnostic = this.diagnostic(message, start, end, path);
    if (expected && expected.length) diagnostic.expected = expected;
    this.pushDiagnostic(diagnostic);
  }

}

/** `; reason`, or nothing where jing gives no reason. */
const because = (reason: string | undefined): string => (reason === undefined ? '' : `; ${reason}`);
