/**
 * The restrictions RELAX NG places on simplified schemas (specification §7): prohibited paths (§7.1), string
 * sequences (§7.2), attribute duplication and open attribute names (§7.3), and interleave restrictions (§7.4).
 * Run once when a schema is compiled from `.rng`; a precompiled schema has passed them already.
 */
import { overlaps, type NameClass, type NameTable } from '../nameClass.js';
import {
  ATTRIBUTE,
  CHOICE,
  DATA,
  DATA_EXCEPT,
  ELEMENT,
  EMPTY,
  GROUP,
  INTERLEAVE,
  LIST,
  ONE_OR_MORE,
  TEXT,
  VALUE,
  type Pattern,
} from '../patterns.js';
import { RelaxNgSchemaError } from './errors.js';
import { positionOf, type RngElement } from './rngDocument.js';
import type { Origins } from './simplify.js';

const IN_START = 1;
const IN_ATTRIBUTE = 2;
const IN_LIST = 4;
const IN_EXCEPT = 8;
const IN_ONE_OR_MORE = 16;
const IN_ONE_OR_MORE_GROUP = 32;

const CT_EMPTY = 0;
const CT_COMPLEX = 1;
const CT_SIMPLE = 2;

/**
 * Check a compiled schema against §7.
 *
 * @throws {RelaxNgSchemaError} at the schema element that breaks a restriction.
 * @example
 * checkRestrictions(start, builder.elements, names, origins, grammarElement)
 */
export function checkRestrictions(start: Pattern, elements: readonly Pattern[], names: NameTable, origins: Origins, fallback: RngElement): void {
  new Checker(names, origins, fallback).run(start, elements);
}

class Checker {
  private readonly seen = new Set<number>();
  private readonly contentTypes = new Map<Pattern, number>();
  private readonly attributeNames = new Map<Pattern, NameClass[]>();
  private readonly elementNames = new Map<Pattern, NameClass[]>();
  private readonly texts = new Map<Pattern, boolean>();
  private owner: Pattern | null = null;

  constructor(
    private readonly names: NameTable,
    private readonly origins: Origins,
    private readonly fallback: RngElement,
  ) {}

  run(start: Pattern, elements: readonly Pattern[]): void {
    this.owner = null;
    this.paths(start, IN_START);
    for (const element of elements) {
      this.owner = element;
      const content = element.p1!;
      this.paths(content, 0);
      this.contentType(content);
      this.attributes(content);
    }
  }

  private fail(message: string, p: Pattern): never {
    const at = this.origins.get(p) ?? (this.owner ? this.origins.get(this.owner) : undefined) ?? this.fallback;
    throw new RelaxNgSchemaError(message, positionOf(at));
  }

  /** §7.1 prohibited paths, and §7.3's open attribute names outside oneOrMore. */
  private paths(p: Pattern, flags: number): void {
    const key = p.id * 64 + flags;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const inStart = flags & IN_START;
    const inExcept = flags & IN_EXCEPT;
    const inList = flags & IN_LIST;
    const where = (what: string) => {
      if (inStart) this.fail(`"start" contains "${what}"`, p);
      if (inExcept) this.fail(`"except" in "data" contains "${what}"`, p);
    };
    switch (p.kind) {
      case ATTRIBUTE:
        if (flags & IN_ATTRIBUTE) this.fail('"attribute" contains "attribute"', p);
        if (inList) this.fail('"list" contains "attribute"', p);
        where('attribute');
        if (flags & IN_ONE_OR_MORE_GROUP) this.fail('"oneOrMore" contains "group" or "interleave" contains "attribute"', p);
        if (!p.nc!.isFinite() && !(flags & IN_ONE_OR_MORE)) this.fail('attribute using "nsName" or "anyName" must be in "oneOrMore"', p);
        this.paths(p.p1!, flags | IN_ATTRIBUTE);
        return;
      case ELEMENT:
        if (flags & IN_ATTRIBUTE) this.fail('"attribute" contains "element"', p);
        if (inList) this.fail('"list" contains "element"', p);
        if (inExcept) this.fail('"except" in "data" contains "element"', p);
        return;
      case TEXT:
        if (inList) this.fail('"list" contains "text"', p);
        where('text');
        return;
      case LIST:
        if (inList) this.fail('"list" contains "list"', p);
        where('list');
        this.paths(p.p1!, flags | IN_LIST);
        return;
      case GROUP:
      case INTERLEAVE: {
        const what = p.kind === GROUP ? 'group' : 'interleave';
        where(what);
        if (p.kind === INTERLEAVE && inList) this.fail('"list" contains "interleave"', p);
        if (p.kind === INTERLEAVE) this.interleave(p);
        const inner = flags & IN_ONE_OR_MORE ? flags | IN_ONE_OR_MORE_GROUP : flags;
        this.paths(p.p1!, inner);
        this.paths(p.p2!, inner);
        return;
      }
      case ONE_OR_MORE:
        where('oneOrMore');
        this.paths(p.p1!, flags | IN_ONE_OR_MORE);
        return;
      case EMPTY:
        where('empty');
        return;
      case DATA:
      case VALUE:
        if (inStart) this.fail(`"start" contains "${p.kind === DATA ? 'data' : 'value'}"`, p);
        return;
      case DATA_EXCEPT:
        if (inStart) this.fail('"start" contains "data"', p);
        this.paths(p.p2!, (flags & ~IN_START) | IN_EXCEPT);
        return;
      case CHOICE:
        for (const m of p.members!) this.paths(m, flags);
        return;
      default:
    }
  }

  /** §7.2: data cannot be grouped with anything but attributes and empty. */
  private contentType(p: Pattern): number {
    const known = this.contentTypes.get(p);
    if (known !== undefined) return known;
    const groupable = (a: number, b: number) => a === CT_EMPTY || b === CT_EMPTY || (a === CT_COMPLEX && b === CT_COMPLEX);
    let ct: number;
    switch (p.kind) {
      case TEXT:
      case ELEMENT:
        ct = CT_COMPLEX;
        break;
      case DATA:
      case DATA_EXCEPT:
      case VALUE:
      case LIST:
        ct = CT_SIMPLE;
        break;
      case CHOICE:
        ct = CT_EMPTY;
        for (const m of p.members!) ct = Math.max(ct, this.contentType(m));
        break;
      case GROUP:
      case INTERLEAVE: {
        const a = this.contentType(p.p1!);
        const b = this.contentType(p.p2!);
        if (!groupable(a, b)) this.fail(`${p.kind === GROUP ? 'group' : 'interleave'} of "string" or "data" element`, p);
        ct = Math.max(a, b);
        break;
      }
      case ONE_OR_MORE: {
        const a = this.contentType(p.p1!);
        if (!groupable(a, a)) this.fail('repeat of "string" or "data" element', p);
        ct = a;
        break;
      }
      default:
        ct = CT_EMPTY;
    }
    this.contentTypes.set(p, ct);
    return ct;
  }

  private overlap(a: NameClass, b: NameClass): boolean {
    if (a.kind === 'name' && b.kind === 'name') return a.nameId === b.nameId;
    return overlaps(this.names, a, b);
  }

  /** §7.3: the operands of a group or interleave must not both allow an attribute of the same name. */
  private attributes(p: Pattern): NameClass[] {
    const known = this.attributeNames.get(p);
    if (known) return known;
    let result: NameClass[] = [];
    switch (p.kind) {
      case ATTRIBUTE:
        result = [p.nc!];
        break;
      case CHOICE:
        for (const m of p.members!) result = result.concat(this.attributes(m));
        break;
      case GROUP:
      case INTERLEAVE: {
        const a = this.attributes(p.p1!);
        const b = this.attributes(p.p2!);
        for (const x of a) for (const y of b) if (this.overlap(x, y)) this.fail(`duplicate attribute ${this.describe(x, y)}`, p);
        result = a.concat(b);
        break;
      }
      case ONE_OR_MORE:
        result = this.attributes(p.p1!);
        break;
      default:
    }
    this.attributeNames.set(p, result);
    return result;
  }

  private describe(a: NameClass, b: NameClass): string {
    const named = a.kind === 'name' ? a : b.kind === 'name' ? b : null;
    if (!named) return '(overlapping name classes)';
    return named.ns ? `"{${named.ns}}${named.local}"` : `"${named.local}"`;
  }

  /** §7.4: interleaved operands must not share element names, nor both contain text. */
  private interleave(p: Pattern): void {
    const a = this.elements(p.p1!);
    const b = this.elements(p.p2!);
    for (const x of a) for (const y of b) if (this.overlap(x, y)) this.fail(`the element ${this.describe(x, y)} can occur in more than one operand of "interleave"`, p);
    if (this.hasText(p.p1!) && this.hasText(p.p2!)) this.fail('both operands of "interleave" contain "text"', p);
  }

  private elements(p: Pattern): NameClass[] {
    const known = this.elementNames.get(p);
    if (known) return known;
    let result: NameClass[] = [];
    if (p.kind === ELEMENT) result = [p.nc!];
    else if (p.kind === CHOICE) for (const m of p.members!) result = result.concat(this.elements(m));
    else if (p.kind === GROUP || p.kind === INTERLEAVE) result = this.elements(p.p1!).concat(this.elements(p.p2!));
    else if (p.kind === ONE_OR_MORE) result = this.elements(p.p1!);
    this.elementNames.set(p, result);
    return result;
  }

  private hasText(p: Pattern): boolean {
    const known = this.texts.get(p);
    if (known !== undefined) return known;
    let result = false;
    if (p.kind === TEXT) result = true;
    else if (p.kind === CHOICE) result = p.members!.some((m) => this.hasText(m));
    else if (p.kind === GROUP || p.kind === INTERLEAVE) result = this.hasText(p.p1!) || this.hasText(p.p2!);
    else if (p.kind === ONE_OR_MORE) result = this.hasText(p.p1!);
    this.texts.set(p, result);
    return result;
  }
}
