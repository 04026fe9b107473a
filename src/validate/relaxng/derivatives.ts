/**
 * Derivatives of patterns (James Clark, "An algorithm for RELAX NG validation", 2002), memoised on the interned
 * patterns, with the recovery derivatives jing uses to carry on after an error. Attributes are matched in two
 * steps (name, then value) as in jing, so that the memo is keyed by name only and values are checked per
 * datatype with their own small memo.
 */
import type { ValueContext } from './datatypes/types.js';
import type { NameTable } from './nameClass.js';
import {
  AFTER,
  ATTRIBUTE,
  CHOICE,
  CT_DATA,
  CT_ELEMENT,
  CT_EMPTY,
  CT_MIXED,
  DATA,
  DATA_EXCEPT,
  ELEMENT,
  GROUP,
  INTERLEAVE,
  LIST,
  ONE_OR_MORE,
  TEXT,
  VALUE,
  type NameFilter,
  type Pattern,
  type PatternBuilder,
} from './patterns.js';

const VALUE_MEMO_LIMIT = 4096;
const NO_NAMES: NameFilter = { names: new Set(), wildcard: false };

/**
 * XML white space only (or empty)?
 * @example
 * isBlank(' \n\t') // true
 * isBlank('\u00a0') // false (no-break space is not XML white space)
 */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * The derivative functions over one schema's patterns.
 *
 * @example
 * const d = new Derivatives(builder, names)
 * const inside = d.startTagOpen(start, names.id(TEI_NS, 'TEI')) // after(content of TEI, residual)
 */
export class Derivatives {
  constructor(
    readonly b: PatternBuilder,
    readonly names: NameTable,
  ) {}

  /** The choice of `f(m)` over the members of a choice, without building arrays of notAllowed. */
  private mapChoice(members: readonly Pattern[], f: (m: Pattern) => Pattern): Pattern {
    const na = this.b.notAllowed;
    let single: Pattern = na;
    let many: Pattern[] | null = null;
    for (const m of members) {
      const r = f(m);
      if (r === na) continue;
      if (single === na) single = r;
      else (many ??= [single]).push(r);
    }
    return many ? this.b.choiceOf(many) : single;
  }

  /** `f` applied to the residual of every `after` in `p` (a choice of afters, or notAllowed). */
  applyAfter(p: Pattern, f: (residual: Pattern) => Pattern): Pattern {
    if (p.kind === AFTER) return this.b.after(p.p1!, f(p.p2!));
    if (p.kind === CHOICE) return this.mapChoice(p.members!, (m) => this.applyAfter(m, f));
    return this.b.notAllowed;
  }

  /** The start tag `<name` in state `p`: a choice of `after(element content, what follows)`. */
  startTagOpen(p: Pattern, name: number): Pattern {
    const filter = p.startFilter ?? this.startFilter(p);
    if (!filter.wildcard && !filter.names.has(name)) return this.b.notAllowed;
    switch (p.kind) {
      case ELEMENT:
        // An element whose content is notAllowed can never be valid: jing treats it as absent, so do we.
        return p.nc!.contains(this.names, name) ? this.b.after(p.p1!, this.b.empty) : this.b.notAllowed;
      case CHOICE:
      case GROUP:
      case INTERLEAVE:
      case ONE_OR_MORE:
      case AFTER: {
        const memo = (p.sto ??= new Map());
        let r = memo.get(name);
        if (r === undefined) memo.set(name, (r = this.startTagOpenUncached(p, name, false)));
        return r;
      }
      default:
        return this.b.notAllowed;
    }
  }

  /**
   * Like `startTagOpen`, but a group may start in its second operand even when its first is not finished: the
   * element is allowed "later", after a missing required element (jing's "not allowed yet").
   */
  startTagOpenRecover(p: Pattern, name: number): Pattern {
    switch (p.kind) {
      case ELEMENT:
        return this.startTagOpen(p, name);
      case CHOICE:
      case GROUP:
      case INTERLEAVE:
      case ONE_OR_MORE:
      case AFTER: {
        const memo = (p.stoRecover ??= new Map());
        let r = memo.get(name);
        if (r === undefined) memo.set(name, (r = this.startTagOpenUncached(p, name, true)));
        return r;
      }
      default:
        return this.b.notAllowed;
    }
  }

  private startTagOpenUncached(p: Pattern, name: number, recover: boolean): Pattern {
    const b = this.b;
    const sto = (q: Pattern) => (recover ? this.startTagOpenRecover(q, name) : this.startTagOpen(q, name));
    switch (p.kind) {
      case CHOICE:
        return this.mapChoice(p.members!, sto);
      case GROUP: {
        const p1 = p.p1!;
        const p2 = p.p2!;
        const first = this.applyAfter(sto(p1), (x) => b.group(x, p2));
        return p1.nullable || recover ? b.choice(first, sto(p2)) : first;
      }
      case INTERLEAVE: {
        const p1 = p.p1!;
        const p2 = p.p2!;
        return b.choice(
          this.applyAfter(sto(p1), (x) => b.interleave(x, p2)),
          this.applyAfter(sto(p2), (x) => b.interleave(p1, x)),
        );
      }
      case ONE_OR_MORE: {
        const more = b.choice(p, b.empty);
        return this.applyAfter(sto(p.p1!), (x) => b.group(x, more));
      }
      case AFTER: {
        const p2 = p.p2!;
        return this.applyAfter(sto(p.p1!), (x) => b.after(x, p2));
      }
      default:
        return b.notAllowed;
    }
  }

  /** An attribute named `name` in state `p`: a choice of `after(value pattern, what remains)`. */
  startAttribute(p: Pattern, name: number): Pattern {
    const b = this.b;
    const filter = p.attributeFilter ?? this.attributeFilter(p);
    if (!filter.wildcard && !filter.names.has(name)) return b.notAllowed;
    switch (p.kind) {
      case ATTRIBUTE:
        return p.nc!.contains(this.names, name) ? b.after(p.p1!, b.empty) : b.notAllowed;
      case CHOICE:
      case GROUP:
      case INTERLEAVE:
      case ONE_OR_MORE:
      case AFTER:
        break;
      default:
        return b.notAllowed;
    }
    const memo = (p.sad ??= new Map());
    let r = memo.get(name);
    if (r !== undefined) return r;
    switch (p.kind) {
      case CHOICE:
        r = this.mapChoice(p.members!, (m) => this.startAttribute(m, name));
        break;
      case GROUP: {
        const p1 = p.p1!;
        const p2 = p.p2!;
        r = b.choice(
          this.applyAfter(this.startAttribute(p1, name), (x) => b.group(x, p2)),
          this.applyAfter(this.startAttribute(p2, name), (x) => b.group(p1, x)),
        );
        break;
      }
      case INTERLEAVE: {
        const p1 = p.p1!;
        const p2 = p.p2!;
        r = b.choice(
          this.applyAfter(this.startAttribute(p1, name), (x) => b.interleave(x, p2)),
          this.applyAfter(this.startAttribute(p2, name), (x) => b.interleave(p1, x)),
        );
        break;
      }
      case ONE_OR_MORE: {
        const more = b.choice(p, b.empty);
        r = this.applyAfter(this.startAttribute(p.p1!, name), (x) => b.group(x, more));
        break;
      }
      default: {
        const p2 = p.p2!;
        r = this.applyAfter(this.startAttribute(p.p1!, name), (x) => b.after(x, p2));
      }
    }
    memo.set(name, r);
    return r;
  }

  /** The element names that may start `p` (memoised): lets `startTagOpen` skip what cannot match. */
  private startFilter(p: Pattern): NameFilter {
    let filter: NameFilter;
    switch (p.kind) {
      case ELEMENT:
        filter = p.nc!.listedNames({ names: new Set(), wildcard: false });
        if (p.nc!.kind !== 'name' && p.nc!.kind !== 'choice') filter.wildcard = true;
        break;
      case CHOICE:
        filter = this.union(p.members!.map((m) => m.startFilter ?? this.startFilter(m)));
        break;
      case GROUP:
        filter = p.p1!.nullable ? this.union([this.startFilter(p.p1!), this.startFilter(p.p2!)]) : this.startFilter(p.p1!);
        break;
      case INTERLEAVE:
        filter = this.union([this.startFilter(p.p1!), this.startFilter(p.p2!)]);
        break;
      case ONE_OR_MORE:
      case AFTER:
        filter = this.startFilter(p.p1!);
        break;
      default:
        filter = NO_NAMES;
    }
    p.startFilter = filter;
    return filter;
  }

  /** The attribute names `p` may match (memoised): lets `startAttribute` skip what cannot match. */
  private attributeFilter(p: Pattern): NameFilter {
    if (p.attributeFilter) return p.attributeFilter;
    let filter: NameFilter;
    switch (p.kind) {
      case ATTRIBUTE:
        filter = p.nc!.listedNames({ names: new Set(), wildcard: false });
        if (p.nc!.kind !== 'name' && p.nc!.kind !== 'choice') filter.wildcard = true;
        break;
      case CHOICE:
        filter = this.union(p.members!.map((m) => this.attributeFilter(m)));
        break;
      case GROUP:
      case INTERLEAVE:
      case AFTER:
        filter = p.kind === AFTER ? this.attributeFilter(p.p1!) : this.union([this.attributeFilter(p.p1!), this.attributeFilter(p.p2!)]);
        break;
      case ONE_OR_MORE:
        filter = this.attributeFilter(p.p1!);
        break;
      default:
        filter = NO_NAMES;
    }
    p.attributeFilter = filter;
    return filter;
  }

  private union(filters: NameFilter[]): NameFilter {
    const nonEmpty = filters.filter((f) => f.wildcard || f.names.size > 0);
    if (nonEmpty.length === 0) return NO_NAMES;
    if (nonEmpty.length === 1) return nonEmpty[0]!;
    const names = new Set<number>();
    let wildcard = false;
    for (const f of nonEmpty) {
      wildcard ||= f.wildcard;
      for (const n of f.names) names.add(n);
    }
    return { names, wildcard };
  }

  /** After `startAttribute`: keep the residuals whose value pattern matches `value`. */
  attributeValue(p: Pattern, value: string, context: ValueContext): Pattern {
    if (p.kind === AFTER) return this.valueMatch(p.p1!, value, context) ? p.p2! : this.b.notAllowed;
    if (p.kind === CHOICE) {
      const kept: Pattern[] = [];
      for (const m of p.members!) if (m.kind === AFTER && this.valueMatch(m.p1!, value, context)) kept.push(m.p2!);
      if (kept.length === 1) return kept[0]!;
      return this.b.choiceOf(kept);
    }
    return this.b.notAllowed;
  }

  /** Every residual, whatever the value (recovery after an invalid value or an unfinished element). */
  recoverAfter(p: Pattern): Pattern {
    if (p.kind === AFTER) return p.p2!;
    if (p.kind === CHOICE) return this.mapChoice(p.members!, (m) => this.recoverAfter(m));
    return this.b.notAllowed;
  }

  /** The `>` of a start tag: attributes not given are now missing (notAllowed). */
  endAttributes(p: Pattern): Pattern {
    if (p.endAttributes) return p.endAttributes;
    const r = this.withoutAttributes(p, this.b.notAllowed, (q) => this.endAttributes(q));
    p.endAttributes = r;
    return r;
  }

  /** Recovery for missing required attributes: treat them as given. */
  ignoreMissingAttributes(p: Pattern): Pattern {
    return this.withoutAttributes(p, this.b.empty, (q) => this.ignoreMissingAttributes(q));
  }

  private withoutAttributes(p: Pattern, replacement: Pattern, recurse: (q: Pattern) => Pattern): Pattern {
    const b = this.b;
    switch (p.kind) {
      case ATTRIBUTE:
        return replacement;
      case CHOICE:
        return this.mapChoice(p.members!, recurse);
      case GROUP:
        return b.group(recurse(p.p1!), recurse(p.p2!));
      case INTERLEAVE:
        return b.interleave(recurse(p.p1!), recurse(p.p2!));
      case ONE_OR_MORE:
        return b.oneOrMore(recurse(p.p1!));
      case AFTER:
        return b.after(recurse(p.p1!), p.p2!);
      default:
        return p;
    }
  }

  /** Non-blank text in element (not data) content: only `text` matches it. */
  mixedText(p: Pattern): Pattern {
    if (p.mixedText) return p.mixedText;
    const b = this.b;
    let r: Pattern;
    switch (p.kind) {
      case TEXT:
        r = p;
        break;
      case CHOICE:
        r = this.mapChoice(p.members!, (m) => this.mixedText(m));
        break;
      case GROUP: {
        const first = b.group(this.mixedText(p.p1!), p.p2!);
        r = p.p1!.nullable ? b.choice(first, this.mixedText(p.p2!)) : first;
        break;
      }
      case INTERLEAVE:
        r = b.choice(b.interleave(this.mixedText(p.p1!), p.p2!), b.interleave(p.p1!, this.mixedText(p.p2!)));
        break;
      case ONE_OR_MORE:
        r = b.group(this.mixedText(p.p1!), b.choice(p, b.empty));
        break;
      case AFTER:
        r = b.after(this.mixedText(p.p1!), p.p2!);
        break;
      default:
        r = b.notAllowed;
    }
    p.mixedText = r;
    return r;
  }

  /** The end tag, in a state that is a choice of afters: the residuals whose content is finished. */
  endTag(p: Pattern): Pattern {
    if (p.endTag) return p.endTag;
    let r: Pattern;
    if (p.kind === AFTER) r = p.p1!.nullable ? p.p2! : this.b.notAllowed;
    else if (p.kind === CHOICE) r = this.mapChoice(p.members!, (m) => this.endTag(m));
    else r = this.b.notAllowed;
    p.endTag = r;
    return r;
  }

  /** Clark's `textDeriv`: a string (data content, an attribute value, a list token) in state `p`. */
  text(p: Pattern, s: string, context: ValueContext): Pattern {
    const b = this.b;
    switch (p.kind) {
      case TEXT:
        return p;
      case CHOICE:
        return this.mapChoice(p.members!, (m) => this.text(m, s, context));
      case INTERLEAVE:
        return b.choice(b.interleave(this.text(p.p1!, s, context), p.p2!), b.interleave(p.p1!, this.text(p.p2!, s, context)));
      case GROUP: {
        const first = b.group(this.text(p.p1!, s, context), p.p2!);
        return p.p1!.nullable ? b.choice(first, this.text(p.p2!, s, context)) : first;
      }
      case AFTER:
        return b.after(this.text(p.p1!, s, context), p.p2!);
      case ONE_OR_MORE:
        return b.group(this.text(p.p1!, s, context), b.choice(p, b.empty));
      case VALUE: {
        const parsed = p.datatype!.parse(s, context);
        return parsed !== undefined && p.datatype!.equal(parsed, p.value) ? b.empty : b.notAllowed;
      }
      case DATA:
        return p.datatype!.allows(s, context) ? b.empty : b.notAllowed;
      case DATA_EXCEPT:
        return p.datatype!.allows(s, context) && !this.text(p.p2!, s, context).nullable ? b.empty : b.notAllowed;
      case LIST: {
        let q = p.p1!;
        for (const token of tokens(s)) {
          q = this.text(q, token, context);
          if (q === b.notAllowed) break;
        }
        return q.nullable ? b.empty : b.notAllowed;
      }
      default:
        return b.notAllowed;
    }
  }

  /** Does `s` match `p` as a whole attribute value or data content? (Clark's valueMatch.) */
  valueMatch(p: Pattern, s: string, context: ValueContext): boolean {
    const cacheable = p.kind === DATA || p.kind === VALUE || p.kind === LIST || p.kind === CHOICE || p.kind === DATA_EXCEPT;
    if (cacheable && p.values) {
      const known = p.values.get(s);
      if (known !== undefined) return known;
    }
    const result = (p.nullable && isBlank(s)) || this.text(p, s, context).nullable;
    // A pattern gets a memo only once it is known not to depend on the context (QName values do).
    if (cacheable && (p.values !== null || !this.needsContext(p))) {
      const memo = (p.values ??= new Map());
      if (memo.size >= VALUE_MEMO_LIMIT) memo.clear();
      memo.set(s, result);
    }
    return result;
  }

  private needsContext(p: Pattern): boolean {
    if (p.datatype) return p.datatype.contextDependent;
    if (p.members) return p.members.some((m) => this.needsContext(m));
    return (p.p1 !== null && p.kind !== ELEMENT && this.needsContext(p.p1)) || (p.p2 !== null && this.needsContext(p.p2));
  }

  /** What the content of `p` is made of (RELAX NG §7.2): decides whether text is checked as data. */
  contentType(p: Pattern): number {
    if (p.contentTypeMemo !== -1) return p.contentTypeMemo;
    let r: number;
    switch (p.kind) {
      case TEXT:
        r = CT_MIXED;
        break;
      case DATA:
      case DATA_EXCEPT:
      case VALUE:
      case LIST:
        r = CT_DATA;
        break;
      case ELEMENT:
        r = CT_ELEMENT;
        break;
      case CHOICE:
        r = CT_EMPTY;
        for (const m of p.members!) r = Math.max(r, this.contentType(m));
        break;
      case GROUP:
      case INTERLEAVE:
        r = Math.max(this.contentType(p.p1!), this.contentType(p.p2!));
        break;
      case ONE_OR_MORE:
      case AFTER:
        r = this.contentType(p.p1!);
        break;
      default:
        r = CT_EMPTY;
    }
    p.contentTypeMemo = r;
    return r;
  }
}

/**
 * The white-space separated tokens of a list value.
 * @example
 * tokens(' a\n b ') // ['a', 'b']
 */
export function tokens(s: string): string[] {
  const t = s.trim();
  return t === '' ? [] : t.split(/[ \t\n\r]+/);
}

