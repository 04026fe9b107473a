/**
 * Expanded names and RELAX NG name classes (`name`, `anyName`, `nsName`, `choice`, with `except`).
 * Names are interned to small integers so that a name test is an integer comparison and derivative memos can
 * be keyed by number.
 */

/**
 * Interns expanded names (namespace URI, local name) as integers.
 *
 * @example
 * const names = new NameTable()
 * const p = names.id('http://www.tei-c.org/ns/1.0', 'p')
 * names.id('http://www.tei-c.org/ns/1.0', 'p') === p // true
 * names.local[p] // 'p'
 */
export class NameTable {
  readonly ns: string[] = [];
  readonly local: string[] = [];
  private readonly byNs = new Map<string, Map<string, number>>();

  /** The number of `{ns}local`, assigned on first use. */
  id(ns: string, local: string): number {
    let locals = this.byNs.get(ns);
    if (!locals) this.byNs.set(ns, (locals = new Map()));
    let id = locals.get(local);
    if (id === undefined) {
      id = this.ns.length;
      this.ns.push(ns);
      this.local.push(local);
      locals.set(local, id);
    }
    return id;
  }
}

/**
 * Name class kinds.
 * @example
 * NameClass.anyName().kind // 'anyName'
 */
export type NameClassKind = 'name' | 'anyName' | 'nsName' | 'choice';

/**
 * A name class. Build them with the static constructors; `contains` answers for an interned name.
 *
 * @example
 * const names = new NameTable()
 * const tei = NameClass.nsName('http://www.tei-c.org/ns/1.0', NameClass.name(names, 'http://www.tei-c.org/ns/1.0', 'egXML'))
 * tei.contains(names, names.id('http://www.tei-c.org/ns/1.0', 'p')) // true
 */
export class NameClass {
  private constructor(
    readonly kind: NameClassKind,
    /** `name`: the interned name; otherwise -1. */
    readonly nameId: number,
    /** `name` and `nsName`: the namespace URI. */
    readonly ns: string,
    /** `name`: the local name. */
    readonly local: string,
    /** `anyName`/`nsName`: the except name class; `choice`: the first operand. */
    readonly a: NameClass | null,
    /** `choice`: the second operand. */
    readonly b: NameClass | null,
  ) {}

  /** One expanded name. */
  static name(names: NameTable, ns: string, local: string): NameClass {
    return new NameClass('name', names.id(ns, local), ns, local, null, null);
  }

  /** Any name, minus `except`. */
  static anyName(except: NameClass | null = null): NameClass {
    return new NameClass('anyName', -1, '', '', except, null);
  }

  /** Any name in namespace `ns`, minus `except`. */
  static nsName(ns: string, except: NameClass | null = null): NameClass {
    return new NameClass('nsName', -1, ns, '', except, null);
  }

  /** Either name class. */
  static choice(a: NameClass, b: NameClass): NameClass {
    return new NameClass('choice', -1, '', '', a, b);
  }

  /** Does this name class contain the interned name `id`? */
  contains(names: NameTable, id: number): boolean {
    switch (this.kind) {
      case 'name':
        return this.nameId === id;
      case 'anyName':
        return !this.a || !this.a.contains(names, id);
      case 'nsName':
        return names.ns[id] === this.ns && (!this.a || !this.a.contains(names, id));
      case 'choice':
        return this.a!.contains(names, id) || this.b!.contains(names, id);
    }
  }

  /**
   * How specifically this name class names `id`: 3 by name, 2 by namespace, 1 by any name, 0 not at all.
   * Used to find the declaration of an element out of context (the most specific wins).
   */
  specificity(names: NameTable, id: number): number {
    switch (this.kind) {
      case 'name':
        return this.nameId === id ? 3 : 0;
      case 'anyName':
        return this.contains(names, id) ? 1 : 0;
      case 'nsName':
        return this.contains(names, id) ? 2 : 0;
      case 'choice':
        return Math.max(this.a!.specificity(names, id), this.b!.specificity(names, id));
    }
  }

  /** The names this class lists explicitly (outside `except`), and whether it also has wildcards. */
  listedNames(into: { names: Set<number>; wildcard: boolean }): { names: Set<number>; wildcard: boolean } {
    if (this.kind === 'name') into.names.add(this.nameId);
    else if (this.kind === 'choice') {
      this.a!.listedNames(into);
      this.b!.listedNames(into);
    } else into.wildcard = true;
    return into;
  }

  /** True when the class is a single name or a choice of names (no wildcard). */
  isFinite(): boolean {
    return this.kind === 'name' || (this.kind === 'choice' && this.a!.isFinite() && this.b!.isFinite());
  }

  /** A stable key: equal keys mean equal name classes. */
  key(): string {
    switch (this.kind) {
      case 'name':
        return `n${this.nameId}`;
      case 'anyName':
        return this.a ? `a(${this.a.key()})` : 'a';
      case 'nsName':
        return this.a ? `s${JSON.stringify(this.ns)}(${this.a.key()})` : `s${JSON.stringify(this.ns)}`;
      case 'choice':
        return `c(${this.a!.key()},${this.b!.key()})`;
    }
  }
}

/**
 * Do two name classes share a name? (RELAX NG §7.3/§7.4: overlapping attributes and interleaved elements.)
 * Tests a representative name of every region the two classes distinguish, as the specification suggests.
 *
 * @example
 * const names = new NameTable()
 * overlaps(names, NameClass.anyName(), NameClass.name(names, '', 'id')) // true
 */
export function overlaps(names: NameTable, a: NameClass, b: NameClass): boolean {
  const candidates: [string, string][] = [];
  const collect = (nc: NameClass | null) => {
    if (!nc) return;
    if (nc.kind === 'name') candidates.push([nc.ns, nc.local]);
    else if (nc.kind === 'nsName') candidates.push([nc.ns, '\u0000illegal-local']);
    else if (nc.kind === 'anyName') candidates.push(['\u0000illegal-ns', '\u0000illegal-local']);
    collect(nc.a);
    collect(nc.b);
  };
  collect(a);
  collect(b);
  return candidates.some(([ns, local]) => {
    const id = names.id(ns, local);
    return a.contains(names, id) && b.contains(names, id);
  });
}
