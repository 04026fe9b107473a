/**
 * Simplified RELAX NG patterns as an interned (hash-consed) graph: structurally equal patterns are the same
 * object, so derivatives can be memoised on the pattern and compared with `===`. Choices are n-ary, flattened,
 * de-duplicated and sorted by id, so `a|b` and `b|a` are one pattern; `after` patterns are merged as in jing
 * (same residual, or same content). The constructors apply the notAllowed/empty rules of RELAX NG §4.20-4.21.
 */
import type { Datatype } from './datatypes/types.js';
import type { NameClass } from './nameClass.js';

/**
 * Pattern kind: `notAllowed`.
 * @example
 * builder.notAllowed.kind === NOT_ALLOWED // true
 */
export const NOT_ALLOWED = 0;
/**
 * Pattern kind: `empty`.
 * @example
 * builder.empty.kind === EMPTY // true
 */
export const EMPTY = 1;
/**
 * Pattern kind: `text`.
 * @example
 * builder.text.kind === TEXT // true
 */
export const TEXT = 2;
/**
 * Pattern kind: `choice` (n-ary: `members`).
 * @example
 * builder.choice(builder.text, builder.empty).kind === CHOICE // true
 */
export const CHOICE = 3;
/**
 * Pattern kind: `group` (`p1`, `p2`).
 * @example
 * builder.group(a, b).kind === GROUP // when neither is empty or notAllowed
 */
export const GROUP = 4;
/**
 * Pattern kind: `interleave` (`p1`, `p2`).
 * @example
 * builder.interleave(a, builder.text).kind === INTERLEAVE
 */
export const INTERLEAVE = 5;
/**
 * Pattern kind: `oneOrMore` (`p1`).
 * @example
 * builder.oneOrMore(element).kind === ONE_OR_MORE
 */
export const ONE_OR_MORE = 6;
/**
 * Pattern kind: `list` (`p1`).
 * @example
 * builder.list(builder.data(token)).kind === LIST
 */
export const LIST = 7;
/**
 * Pattern kind: `data` without `except` (`datatype`).
 * @example
 * builder.data(token).kind === DATA
 */
export const DATA = 8;
/**
 * Pattern kind: `data` with `except` (`datatype`, `p2`).
 * @example
 * builder.data(token, builder.value(token, 'none', 'none', null)).kind === DATA_EXCEPT
 */
export const DATA_EXCEPT = 9;
/**
 * Pattern kind: `value` (`datatype`, `value`, `literal`, `context`).
 * @example
 * builder.value(token, 'high', 'high', null).kind === VALUE
 */
export const VALUE = 10;
/**
 * Pattern kind: `attribute` (`nc`, `p1`).
 * @example
 * builder.attribute(NameClass.name(names, '', 'n'), builder.text).kind === ATTRIBUTE
 */
export const ATTRIBUTE = 11;
/**
 * Pattern kind: `element` (`nc`, content in `p1`).
 * @example
 * builder.element(NameClass.name(names, TEI_NS, 'p')).kind === ELEMENT
 */
export const ELEMENT = 12;
/**
 * Pattern kind: Clark's `after` (`p1` then, after the end tag, `p2`); only in derivatives.
 * @example
 * derivatives.startTagOpen(state, name).kind === AFTER // when one declaration matches
 */
export const AFTER = 13;

/**
 * Content types (RELAX NG §7.2, with jing's order): what an element's content is made of.
 * @example
 * derivatives.contentType(builder.empty) === CT_EMPTY
 */
export const CT_EMPTY = 0;
/**
 * Content type: elements.
 * @example
 * derivatives.contentType(elementPattern) === CT_ELEMENT
 */
export const CT_ELEMENT = 1;
/**
 * Content type: text (with or without elements).
 * @example
 * derivatives.contentType(builder.text) === CT_MIXED
 */
export const CT_MIXED = 2;
/**
 * Content type: data, values or lists: the text is checked as one value at the end tag.
 * @example
 * derivatives.contentType(builder.data(integer)) === CT_DATA
 */
export const CT_DATA = 3;

/**
 * Names a pattern may accept: a quick, conservative test before a derivative (a wildcard lets every name through).
 *
 * @example
 * const filter: NameFilter = { names: new Set([names.id('', 'rend')]), wildcard: false }
 */
export interface NameFilter {
  names: Set<number>;
  wildcard: boolean;
}

/**
 * One interned pattern. Fields are shared by all kinds (one hidden class for the JIT):
 * `p1`/`p2` are the operands (`element`: p1 is the content, set once after creation; `data` with except: p2),
 * `members` the operands of a choice, `nc` the name class of `element`/`attribute`, `datatype` and `value` those of
 * `data`/`value`. The memo fields belong to the derivative functions.
 *
 * @example
 * const b = new PatternBuilder()
 * b.choice(b.text, b.empty) === b.choice(b.empty, b.text) // true
 */
export class Pattern {
  /** startTagOpenDeriv by name id. */
  sto: Map<number, Pattern> | null = null;
  /** startTagOpenRecoverDeriv by name id. */
  stoRecover: Map<number, Pattern> | null = null;
  /** startAttributeDeriv by name id. */
  sad: Map<number, Pattern> | null = null;
  endAttributes: Pattern | null = null;
  mixedText: Pattern | null = null;
  endTag: Pattern | null = null;
  contentTypeMemo = -1;
  /** valueMatch results by literal (data-like patterns whose datatype needs no context). */
  values: Map<string, boolean> | null = null;
  /** Names of the attributes this pattern may match, to skip it quickly (see `Derivatives.startAttribute`). */
  attributeFilter: NameFilter | null = null;
  /** Names of the elements that may start this pattern (see `Derivatives.startTagOpen`). */
  startFilter: NameFilter | null = null;

  constructor(
    readonly id: number,
    readonly kind: number,
    public p1: Pattern | null,
    readonly p2: Pattern | null,
    readonly members: readonly Pattern[] | null,
    readonly nc: NameClass | null,
    readonly datatype: Datatype | null,
    /** `value`: the parsed value; its literal and context are in `literal`/`context`. */
    readonly value: unknown,
    readonly literal: string | null,
    /** `value` with a context-dependent datatype: the namespace bindings of the schema at the value. */
    readonly context: ReadonlyMap<string, string> | null,
    readonly nullable: boolean,
  ) {}
}

/**
 * Builds and interns patterns. One builder per compiled schema; derivatives add patterns to it as they go.
 *
 * @example
 * const b = new PatternBuilder()
 * const optionalText = b.choice(b.text, b.empty)
 * b.group(b.empty, optionalText) === optionalText // true (§4.21)
 */
export class PatternBuilder {
  /** Schema-time patterns (data, value, attribute) by a string key. */
  private readonly table = new Map<string, Pattern>();
  /** Derivative-time patterns by numeric keys (no strings to build on the hot path). */
  private readonly pairs = [new Map<number, Pattern>(), new Map<number, Pattern>(), new Map<number, Pattern>()];
  private readonly singles = [new Map<number, Pattern>(), new Map<number, Pattern>()];
  private readonly choices = new Map<number, Pattern[]>();
  private nextId = 0;
  readonly notAllowed: Pattern;
  readonly empty: Pattern;
  readonly text: Pattern;
  /** Every element pattern, in creation order (their number is their index). */
  readonly elements: Pattern[] = [];

  constructor() {
    this.notAllowed = this.make(NOT_ALLOWED, null, null, null, null, null, null, null, null, false);
    this.empty = this.make(EMPTY, null, null, null, null, null, null, null, null, true);
    this.text = this.make(TEXT, null, null, null, null, null, null, null, null, true);
  }

  /** How many patterns exist (derivatives included). */
  get size(): number {
    return this.nextId;
  }

  private make(
    kind: number,
    p1: Pattern | null,
    p2: Pattern | null,
    members: Pattern[] | null,
    nc: NameClass | null,
    datatype: Datatype | null,
    value: unknown,
    literal: string | null,
    context: ReadonlyMap<string, string> | null,
    nullable: boolean,
  ): Pattern {
    return new Pattern(this.nextId++, kind, p1, p2, members, nc, datatype, value, literal, context, nullable);
  }

  private intern(key: string, create: () => Pattern): Pattern {
    let p = this.table.get(key);
    if (!p) this.table.set(key, (p = create()));
    return p;
  }

  /** `p1 | p2`. */
  choice(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === p2 || p2 === this.notAllowed) return p1;
    if (p1 === this.notAllowed) return p2;
    return this.choiceOf([p1, p2]);
  }

  /** The choice of all `patterns` (notAllowed when there are none). */
  choiceOf(patterns: readonly Pattern[]): Pattern {
    const flat: Pattern[] = [];
    for (const p of patterns) {
      if (p.kind === CHOICE) for (const m of p.members!) flat.push(m);
      else if (p !== this.notAllowed) flat.push(p);
    }
    if (flat.length === 0) return this.notAllowed;
    if (flat.length === 1) return flat[0]!;
    flat.sort(byId);
    let members = dedupe(flat);
    let afters = 0;
    for (const m of members) if (m.kind === AFTER) afters++;
    if (afters > 1) members = this.mergeAfters(members);
    if (members.length === 1) return members[0]!;
    // Hash the member ids; equal hashes are told apart by comparing the members.
    let hash = members.length;
    for (const m of members) hash = (Math.imul(hash, 31) + m.id) | 0;
    let bucket = this.choices.get(hash);
    if (bucket) {
      for (const c of bucket) if (sameMembers(c.members!, members)) return c;
    } else this.choices.set(hash, (bucket = []));
    let nullable = false;
    for (const m of members) nullable ||= m.nullable;
    const choice = this.make(CHOICE, null, null, members, null, null, null, null, null, nullable);
    bucket.push(choice);
    return choice;
  }

  /** An interned binary pattern (group 0, interleave 1, after 2) by the ids of its operands. */
  private pair(table: number, kind: number, p1: Pattern, p2: Pattern, nullable: boolean): Pattern {
    const map = this.pairs[table]!;
    const key = p1.id * PAIR_SHIFT + p2.id;
    let p = map.get(key);
    if (!p) map.set(key, (p = this.make(kind, p1, p2, null, null, null, null, null, null, nullable)));
    return p;
  }

  /** An interned unary pattern (oneOrMore 0, list 1). */
  private single(table: number, kind: number, p1: Pattern, nullable: boolean): Pattern {
    const map = this.singles[table]!;
    let p = map.get(p1.id);
    if (!p) map.set(p1.id, (p = this.make(kind, p1, null, null, null, null, null, null, null, nullable)));
    return p;
  }

  /** Afters with the same residual share it: `after(a, r) | after(b, r)` is `after(a|b, r)`; then the same for content. */
  private mergeAfters(members: Pattern[]): Pattern[] {
    const others: Pattern[] = [];
    const byResidual = new Map<Pattern, Pattern[]>();
    for (const m of members) {
      if (m.kind !== AFTER) others.push(m);
      else {
        const list = byResidual.get(m.p2!);
        if (list) list.push(m.p1!);
        else byResidual.set(m.p2!, [m.p1!]);
      }
    }
    const byContent = new Map<Pattern, Pattern[]>();
    for (const [residual, contents] of byResidual) {
      const content = contents.length === 1 ? contents[0]! : this.choiceOf(contents);
      const list = byContent.get(content);
      if (list) list.push(residual);
      else byContent.set(content, [residual]);
    }
    for (const [content, residuals] of byContent) {
      others.push(this.after(content, residuals.length === 1 ? residuals[0]! : this.choiceOf(residuals)));
    }
    others.sort(byId);
    return dedupe(others);
  }

  /** `p1, p2`. */
  group(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === this.notAllowed || p2 === this.notAllowed) return this.notAllowed;
    if (p1 === this.empty) return p2;
    if (p2 === this.empty) return p1;
    return this.pair(0, GROUP, p1, p2, p1.nullable && p2.nullable);
  }

  /** `p1 & p2`. */
  interleave(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === this.notAllowed || p2 === this.notAllowed) return this.notAllowed;
    if (p1 === this.empty) return p2;
    if (p2 === this.empty) return p1;
    // Interleave is commutative: order the operands so that both spellings intern to one pattern.
    const [a, b] = p1.id <= p2.id ? [p1, p2] : [p2, p1];
    return this.pair(1, INTERLEAVE, a, b, a.nullable && b.nullable);
  }

  /** `p+`. */
  oneOrMore(p: Pattern): Pattern {
    if (p === this.notAllowed || p === this.empty || p === this.text || p.kind === ONE_OR_MORE) return p;
    return this.single(0, ONE_OR_MORE, p, p.nullable);
  }

  /** `list { p }`. */
  list(p: Pattern): Pattern {
    if (p === this.notAllowed) return p;
    return this.single(1, LIST, p, false);
  }

  /** `data`, optionally with `except`. */
  data(datatype: Datatype, except: Pattern | null = null): Pattern {
    const dt = this.datatypeKey(datatype);
    if (except === null || except === this.notAllowed) {
      return this.intern(`d${dt}`, () => this.make(DATA, null, null, null, null, datatype, null, null, null, false));
    }
    return this.intern(`x${except.id},${dt}`, () => this.make(DATA_EXCEPT, null, except, null, null, datatype, null, null, null, false));
  }

  /** `value`: `literal` read by `datatype` (in `context`, for QName-like types). */
  value(datatype: Datatype, literal: string, parsed: unknown, context: ReadonlyMap<string, string> | null): Pattern {
    const contextKey = context ? JSON.stringify([...context].sort()) : '';
    return this.intern(`v${JSON.stringify(literal)},${contextKey},${this.datatypeKey(datatype)}`, () =>
      this.make(VALUE, null, null, null, null, datatype, parsed, literal, context, false),
    );
  }

  /** `attribute nc { p }`. */
  attribute(nc: NameClass, p: Pattern): Pattern {
    if (p === this.notAllowed) return p;
    return this.intern(`a${p.id},${nc.key()}`, () => this.make(ATTRIBUTE, p, null, null, nc, null, null, null, null, false));
  }

  private datatypeKey(datatype: Datatype): string {
    return JSON.stringify([datatype.library, datatype.name, datatype.params.map((p) => [p.name, p.value])]);
  }

  /** A new element pattern; its content is set later with `setContent` (element patterns may be recursive). */
  element(nc: NameClass): Pattern {
    const p = this.make(ELEMENT, null, null, null, nc, null, null, null, null, false);
    this.elements.push(p);
    return p;
  }

  /** Set the content of an element pattern made by `element`. */
  setContent(element: Pattern, content: Pattern): void {
    element.p1 = content;
  }

  /** Clark's `After p1 p2`: `p1` to finish the current element, then `p2` in its parent. */
  after(p1: Pattern, p2: Pattern): Pattern {
    if (p1 === this.notAllowed || p2 === this.notAllowed) return this.notAllowed;
    return this.pair(2, AFTER, p1, p2, false);
  }
}

/** Pairs are keyed by `id1 * 2^26 + id2`: exact in a double up to 2^26 (67 million) patterns. */
const PAIR_SHIFT = 2 ** 26;

function sameMembers(a: readonly Pattern[], b: readonly Pattern[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function byId(a: Pattern, b: Pattern): number {
  return a.id - b.id;
}

/** Remove adjacent duplicates from a sorted array (in place). */
function dedupe(sorted: Pattern[]): Pattern[] {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  sorted.length = n;
  return sorted;
}
