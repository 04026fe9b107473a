/**
 * RELAX NG's XML syntax to an abstract syntax, applying the simplification steps that are about the syntax
 * (specification §4.1 to §4.16): annotations and white space (§4.1-4.2), `datatypeLibrary` inheritance and the
 * default type of `value` (§4.3-4.4), `href` resolution, `externalRef` and `include` with overrides (§4.5-4.7),
 * `name` attributes to name classes and `ns` inheritance with QName resolution (§4.8-4.10), `div` (§4.11), the
 * arity normalisations are left to the pattern builder (§4.12-4.15 are applied when patterns are built), and the
 * name-class constraints (§4.16). Datatypes are built here so that their errors point at the schema.
 */
import { createDatatype } from '../datatypes/library.js';
import { DatatypeError } from '../datatypes/errors.js';
import type { Datatype } from '../datatypes/types.js';
import { NamespaceScope, XMLNS_NAMESPACE } from '../xml/namespaces.js';
import { displayUrl, RelaxNgSchemaError } from './errors.js';
import { parseRngDocument, positionOf, type RngDocument, type RngElement } from './rngDocument.js';

/**
 * A name class in the abstract syntax.
 * @example
 * { t: 'nsName', ns: 'http://www.tei-c.org/ns/1.0', except: { t: 'name', ns: 'http://www.tei-c.org/ns/1.0', local: 'egXML' } }
 */
export type NameClassAst =
  | { t: 'name'; ns: string; local: string }
  | { t: 'anyName'; except: NameClassAst | null }
  | { t: 'nsName'; ns: string; except: NameClassAst | null }
  | { t: 'choice'; items: NameClassAst[] };

/**
 * A pattern in the abstract syntax; `at` is the element it was read from (for errors).
 * @example
 * readSchema(text, url, load).pattern.t // 'grammar'
 */
export type PatternAst =
  | { t: 'element'; nc: NameClassAst; body: PatternAst; at: RngElement }
  | { t: 'attribute'; nc: NameClassAst; body: PatternAst; at: RngElement }
  | { t: 'group' | 'interleave' | 'choice'; items: PatternAst[]; at: RngElement }
  | { t: 'oneOrMore' | 'zeroOrMore' | 'optional' | 'list' | 'mixed'; body: PatternAst; at: RngElement }
  | { t: 'ref'; grammar: GrammarAst; name: string; at: RngElement }
  | { t: 'empty' | 'text' | 'notAllowed'; at: RngElement }
  | { t: 'data'; datatype: Datatype; except: PatternAst | null; at: RngElement }
  | { t: 'value'; datatype: Datatype; literal: string; value: unknown; context: Map<string, string> | null; at: RngElement }
  | { t: 'grammar'; grammar: GrammarAst; at: RngElement };

/**
 * One `start` or `define` (several may share a name and combine).
 * @example
 * grammar.defines.get('att.global')?.map((c) => c.combine) // ['interleave', 'interleave', ...]
 */
export interface Component {
  combine: 'choice' | 'interleave' | null;
  body: PatternAst;
  at: RngElement;
}

/**
 * A `grammar`: its components, and the grammar it is nested in (for `parentRef`).
 * @example
 * (readSchema(text, url, load).pattern as { grammar: GrammarAst }).grammar.defines.size
 */
export interface GrammarAst {
  id: number;
  parent: GrammarAst | null;
  start: Component[];
  defines: Map<string, Component[]>;
  at: RngElement;
}

/**
 * Reads a schema's resources: the text at an absolute URL. Throw when it cannot be read.
 * @example
 * const load: ResourceLoader = (url) => { const text = files.get(url); if (text === undefined) throw new Error('not found'); return text }
 */
export type ResourceLoader = (url: string) => string;

/**
 * The result of reading a schema: its top-level pattern and the header comments of its main document.
 * @example
 * readSchema(text, url, load).documents // every document read: the main one, its includes and external references
 */
export interface SchemaSyntax {
  pattern: PatternAst;
  header: string[];
  documents: string[];
}

interface Context {
  ns: string;
  datatypeLibrary: string;
  grammar: GrammarAst | null;
}

/** Components of an `include` that replace those of the included grammar (§4.7). */
interface Overrides {
  start: boolean;
  names: Set<string>;
  found: { start: boolean; names: Set<string> };
}

const NAME_CLASSES = new Set(['name', 'anyName', 'nsName', 'choice']);
const QNAME = /^(?:([^:\s]+):)?([^:\s]+)$/;

/**
 * Read a schema from its main document's text; `load` supplies included and referenced documents.
 *
 * @throws {RelaxNgSchemaError} with the position of the offending schema element.
 * @example
 * const { pattern } = readSchema('<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>', 'memory:/a.rng', () => { throw new Error('no includes') })
 * pattern.t // 'element'
 */
export function readSchema(source: string, url: string, load: ResourceLoader): SchemaSyntax {
  return new SyntaxReader(load).readMain(source, url);
}

class SyntaxReader {
  private grammarCount = 0;
  private readonly loading: string[] = [];
  private readonly documents: string[] = [];

  constructor(private readonly load: ResourceLoader) {}

  readMain(source: string, url: string): SchemaSyntax {
    const doc = parseRngDocument(source, url);
    this.documents.push(url);
    this.loading.push(url);
    const pattern = this.pattern(doc.root, { ns: '', datatypeLibrary: '', grammar: null });
    this.loading.pop();
    return { pattern, header: doc.header, documents: this.documents };
  }

  private fail(message: string, at: RngElement): never {
    throw new RelaxNgSchemaError(message, positionOf(at));
  }

  /** The inherited `ns` and `datatypeLibrary`, updated by this element's own attributes. */
  private enter(el: RngElement, ctx: Context): Context {
    const ns = el.attrs.get('ns');
    const lib = el.attrs.get('datatypeLibrary');
    if (ns === undefined && lib === undefined) return ctx;
    if (lib !== undefined && lib !== '' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(lib)) this.fail(`datatypeLibrary "${lib}" must be an absolute URI`, el);
    return { ns: ns ?? ctx.ns, datatypeLibrary: lib ?? ctx.datatypeLibrary, grammar: ctx.grammar };
  }

  private checkText(el: RngElement): void {
    if (el.text.trim() !== '') this.fail(`text is not allowed in <${el.local}>`, el);
  }

  private loadDocument(href: string | undefined, el: RngElement): RngDocument {
    if (href === undefined) this.fail(`<${el.local}> needs an "href" attribute`, el);
    let url: string;
    try {
      url = new URL(href.trim(), el.base).href;
    } catch {
      this.fail(`cannot resolve href "${href}" against ${displayUrl(el.base)}`, el);
    }
    if (url.includes('#')) this.fail(`href "${href}" must not have a fragment identifier`, el);
    if (this.loading.includes(url)) this.fail(`recursive inclusion of URL "${displayUrl(url)}"`, el);
    let text: string;
    try {
      text = this.load(url);
    } catch (error) {
      if (error instanceof RelaxNgSchemaError) throw error;
      this.fail(`cannot read "${displayUrl(url)}" (from href "${href}"): ${(error as Error).message}`, el);
    }
    this.documents.push(url);
    return parseRngDocument(text, url);
  }

  // ---- patterns ----------------------------------------------------------------------------------------

  private pattern(el: RngElement, outer: Context): PatternAst {
    const ctx = this.enter(el, outer);
    switch (el.local) {
      case 'element':
      case 'attribute':
        return this.namedPattern(el, ctx);
      case 'group':
      case 'interleave':
      case 'choice':
        this.checkText(el);
        return { t: el.local, items: this.patterns(el, el.children, ctx), at: el };
      case 'optional':
      case 'zeroOrMore':
      case 'oneOrMore':
      case 'list':
      case 'mixed':
        this.checkText(el);
        return { t: el.local, body: this.groupOf(el, this.patterns(el, el.children, ctx)), at: el };
      case 'ref':
      case 'parentRef': {
        this.checkText(el);
        this.noChildren(el);
        const name = this.requiredAttr(el, 'name').trim();
        const grammar = el.local === 'ref' ? ctx.grammar : ctx.grammar?.parent;
        if (!grammar) this.fail(el.local === 'ref' ? 'reference to non-existent grammar' : 'reference to non-existent parent grammar', el);
        return { t: 'ref', grammar, name, at: el };
      }
      case 'empty':
      case 'text':
      case 'notAllowed':
        this.checkText(el);
        this.noChildren(el);
        return { t: el.local, at: el };
      case 'data':
        return this.data(el, ctx);
      case 'value':
        return this.value(el, ctx);
      case 'externalRef': {
        this.checkText(el);
        this.noChildren(el);
        const doc = this.loadDocument(el.attrs.get('href'), el);
        this.loading.push(doc.url);
        const root = doc.root;
        const pattern = this.pattern(root, { ns: ctx.ns, datatypeLibrary: '', grammar: ctx.grammar });
        this.loading.pop();
        return pattern;
      }
      case 'grammar': {
        this.checkText(el);
        const grammar: GrammarAst = { id: this.grammarCount++, parent: ctx.grammar, start: [], defines: new Map(), at: el };
        this.grammarContent(el.children, grammar, { ...ctx, grammar }, null);
        return { t: 'grammar', grammar, at: el };
      }
      default:
        return this.fail(`<${el.local}> is not a RELAX NG pattern`, el);
    }
  }

  private patterns(parent: RngElement, children: RngElement[], ctx: Context): PatternAst[] {
    if (children.length === 0) this.fail(`<${parent.local}> must contain at least one pattern`, parent);
    return children.map((child) => this.pattern(child, ctx));
  }

  private groupOf(at: RngElement, items: PatternAst[]): PatternAst {
    return items.length === 1 ? items[0]! : { t: 'group', items, at };
  }

  private noChildren(el: RngElement): void {
    if (el.children.length > 0) this.fail(`<${el.local}> must be empty; found <${el.children[0]!.local}>`, el.children[0]!);
  }

  private requiredAttr(el: RngElement, name: string): string {
    const value = el.attrs.get(name);
    if (value === undefined) this.fail(`<${el.local}> needs a "${name}" attribute`, el);
    return value;
  }

  private namedPattern(el: RngElement, ctx: Context): PatternAst {
    this.checkText(el);
    const isAttribute = el.local === 'attribute';
    const nameAttr = el.attrs.get('name');
    let nc: NameClassAst;
    let rest: RngElement[];
    if (nameAttr !== undefined) {
      // §4.8: an attribute's `name` without its own `ns` attribute is in no namespace.
      const defaultNs = isAttribute ? (el.attrs.get('ns') ?? '') : ctx.ns;
      nc = this.qname(nameAttr.trim(), el, defaultNs);
      rest = el.children;
    } else {
      const first = el.children[0];
      if (!first) this.fail(`<${el.local}> needs a "name" attribute or a name class`, el);
      nc = this.nameClass(first, ctx, false);
      rest = el.children.slice(1);
    }
    if (isAttribute) {
      this.checkAttributeName(nc, el);
      if (rest.length > 1) this.fail('<attribute> may contain only one pattern', rest[1]!);
      const body: PatternAst = rest.length === 0 ? { t: 'text', at: el } : this.pattern(rest[0]!, ctx);
      return { t: 'attribute', nc, body, at: el };
    }
    return { t: 'element', nc, body: this.groupOf(el, this.patterns(el, rest, ctx)), at: el };
  }

  private checkAttributeName(nc: NameClassAst, el: RngElement): void {
    if (nc.t === 'name') {
      if (nc.ns === '' && nc.local === 'xmlns') this.fail('attribute must not be named "xmlns"', el);
      if (nc.ns === XMLNS_NAMESPACE) this.fail(`attribute must not have namespace URI "${XMLNS_NAMESPACE}"`, el);
    } else if (nc.t === 'nsName' && nc.ns === XMLNS_NAMESPACE) {
      this.fail(`attribute must not have namespace URI "${XMLNS_NAMESPACE}"`, el);
    } else if (nc.t === 'choice') nc.items.forEach((item) => this.checkAttributeName(item, el));
  }

  private qname(text: string, el: RngElement, defaultNs: string): NameClassAst {
    const m = QNAME.exec(text);
    if (!m) this.fail(`"${text}" is not a valid name`, el);
    if (m[1] === undefined) return { t: 'name', ns: defaultNs, local: m[2]! };
    const ns = el.scope.resolve(m[1]);
    if (ns === undefined) this.fail(`the prefix "${m[1]}" of "${text}" is not declared`, el);
    return { t: 'name', ns, local: m[2]! };
  }

  private nameClass(el: RngElement, outer: Context, inExcept: 'anyName' | 'nsName' | false): NameClassAst {
    const ctx = this.enter(el, outer);
    if (!NAME_CLASSES.has(el.local)) this.fail(`<${el.local}> is not a name class (expected name, anyName, nsName or choice)`, el);
    switch (el.local) {
      case 'name':
        this.noChildren(el);
        return this.qname(el.text.trim(), el, ctx.ns);
      case 'anyName':
      case 'nsName': {
        this.checkText(el);
        if (inExcept === 'anyName' && el.local === 'anyName') this.fail('"anyName" is not allowed in the "except" of "anyName"', el);
        if (inExcept === 'nsName') this.fail(`"${el.local}" is not allowed in the "except" of "nsName"`, el);
        const exceptEl = el.children[0];
        if (el.children.length > 1) this.fail(`<${el.local}> may contain only <except>`, el.children[1]!);
        let except: NameClassAst | null = null;
        if (exceptEl) {
          if (exceptEl.local !== 'except') this.fail(`<${el.local}> may contain only <except>`, exceptEl);
          if (exceptEl.children.length === 0) this.fail('<except> must contain at least one name class', exceptEl);
          const exceptCtx = this.enter(exceptEl, ctx);
          const items = exceptEl.children.map((c) => this.nameClass(c, exceptCtx, el.local as 'anyName' | 'nsName'));
          except = items.length === 1 ? items[0]! : { t: 'choice', items };
        }
        return el.local === 'anyName' ? { t: 'anyName', except } : { t: 'nsName', ns: ctx.ns, except };
      }
      default: {
        this.checkText(el);
        if (el.children.length === 0) this.fail('<choice> must contain at least one name class', el);
        return { t: 'choice', items: el.children.map((c) => this.nameClass(c, ctx, inExcept)) };
      }
    }
  }

  private datatype(el: RngElement, library: string, type: string, params: { name: string; value: string }[]): Datatype {
    try {
      return createDatatype(library, type, params);
    } catch (error) {
      if (error instanceof DatatypeError) this.fail(error.message, el);
      throw error;
    }
  }

  private data(el: RngElement, ctx: Context): PatternAst {
    this.checkText(el);
    const type = this.requiredAttr(el, 'type').trim();
    const params: { name: string; value: string }[] = [];
    let except: PatternAst | null = null;
    el.children.forEach((child, i) => {
      if (child.local === 'param') {
        if (except) this.fail('<param> must come before <except>', child);
        params.push({ name: this.requiredAttr(child, 'name').trim(), value: child.text });
      } else if (child.local === 'except' && i === el.children.length - 1) {
        const exceptCtx = this.enter(child, ctx);
        const items = this.patterns(child, child.children, exceptCtx);
        except = items.length === 1 ? items[0]! : { t: 'choice', items, at: child };
      } else {
        this.fail(`<data> may contain only <param> elements and a final <except>; found <${child.local}>`, child);
      }
    });
    return { t: 'data', datatype: this.datatype(el, ctx.datatypeLibrary, type, params), except, at: el };
  }

  private value(el: RngElement, ctx: Context): PatternAst {
    this.noChildren(el);
    const typeAttr = el.attrs.get('type');
    // §4.4: a value without a type is a token of the built-in library.
    const [library, type] = typeAttr === undefined ? ['', 'token'] : [ctx.datatypeLibrary, typeAttr.trim()];
    const datatype = this.datatype(el, library, type, []);
    const literal = el.text;
    let context: Map<string, string> | null = null;
    let scope: NamespaceScope | undefined;
    if (datatype.contextDependent) {
      // The default namespace of a value's context is the inherited `ns` (§4.9).
      context = el.scope.entries();
      context.set('', ctx.ns);
      scope = NamespaceScope.root().declare(context);
    }
    const value = datatype.parse(literal, scope ? { scope } : undefined);
    if (value === undefined) this.fail(`"${literal}" is not a valid value of the datatype "${type}": ${datatype.explain(literal, scope ? { scope } : undefined) ?? ''}`, el);
    return { t: 'value', datatype, literal, value, context, at: el };
  }

  // ---- grammars ----------------------------------------------------------------------------------------

  private grammarContent(children: RngElement[], grammar: GrammarAst, ctx: Context, overrides: Overrides | null): void {
    for (const el of children) {
      const inner = this.enter(el, ctx);
      switch (el.local) {
        case 'start': {
          this.checkText(el);
          if (overrides?.start) {
            overrides.found.start = true;
            break;
          }
          if (el.children.length !== 1) this.fail('<start> must contain exactly one pattern', el);
          grammar.start.push({ combine: this.combine(el), body: this.pattern(el.children[0]!, inner), at: el });
          break;
        }
        case 'define': {
          this.checkText(el);
          const name = this.requiredAttr(el, 'name').trim();
          if (overrides?.names.has(name)) {
            overrides.found.names.add(name);
            break;
          }
          const body = this.groupOf(el, this.patterns(el, el.children, inner));
          const list = grammar.defines.get(name);
          const component = { combine: this.combine(el), body, at: el };
          if (list) list.push(component);
          else grammar.defines.set(name, [component]);
          break;
        }
        case 'div':
          this.checkText(el);
          this.grammarContent(el.children, grammar, inner, overrides);
          break;
        case 'include':
          this.checkText(el);
          this.include(el, grammar, inner, overrides);
          break;
        default:
          this.fail(`<${el.local}> is not allowed in a grammar (expected start, define, div or include)`, el);
      }
    }
  }

  private combine(el: RngElement): 'choice' | 'interleave' | null {
    const combine = el.attrs.get('combine')?.trim();
    if (combine === undefined) return null;
    if (combine !== 'choice' && combine !== 'interleave') this.fail(`combine="${combine}" must be "choice" or "interleave"`, el);
    return combine;
  }

  private include(el: RngElement, grammar: GrammarAst, ctx: Context, outer: Overrides | null): void {
    const doc = this.loadDocument(el.attrs.get('href'), el);
    const root = doc.root;
    if (root.local !== 'grammar') this.fail(`the included document ${displayUrl(doc.url)} must be a <grammar>, not <${root.local}>`, el);
    // The include's own start/define components override the included grammar's (§4.7).
    const mine: Overrides = { start: false, names: new Set(), found: { start: false, names: new Set() } };
    const collect = (children: RngElement[]) => {
      for (const child of children) {
        if (child.local === 'start') mine.start = true;
        else if (child.local === 'define') mine.names.add(this.requiredAttr(child, 'name').trim());
        else if (child.local === 'div') collect(child.children);
      }
    };
    collect(el.children);
    const combined: Overrides = {
      start: mine.start || (outer?.start ?? false),
      names: new Set([...mine.names, ...(outer?.names ?? [])]),
      found: mine.found,
    };
    this.loading.push(doc.url);
    const rootCtx = this.enter(root, { ns: ctx.ns, datatypeLibrary: '', grammar });
    this.grammarContent(root.children, grammar, rootCtx, combined);
    this.loading.pop();
    if (outer) {
      if (mine.found.start && outer.start) outer.found.start = true;
      for (const name of mine.found.names) if (outer.names.has(name)) outer.found.names.add(name);
    }
    if (mine.start && !mine.found.start) this.fail('"start" in "include" does not override anything', el);
    for (const name of mine.names) {
      if (!mine.found.names.has(name)) this.fail(`definition of "${name}" in "include" does not override anything`, el);
    }
    this.grammarContent(el.children, grammar, ctx, outer);
  }
}
