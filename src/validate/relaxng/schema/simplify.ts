/**
 * The abstract syntax to interned patterns: the simplification steps about grammars and patterns (RELAX NG §4.12
 * to §4.21). Nested grammars are flattened by giving each define a grammar-qualified identity (§4.18), defines
 * with the same name are combined (§4.17), `parentRef` goes to the parent grammar, every `element` becomes its own
 * pattern whose content is built later (so recursion goes through elements only), references to other defines are
 * expanded (§4.19; a reference cycle outside elements is an error), and `optional`, `zeroOrMore`, `mixed` and the
 * notAllowed/empty rules (§4.13-4.15, §4.20-4.21) are applied by the pattern builder.
 */
import { NameClass, type NameTable } from '../nameClass.js';
import type { Pattern, PatternBuilder } from '../patterns.js';
import { RelaxNgSchemaError } from './errors.js';
import { positionOf, type RngElement } from './rngDocument.js';
import type { GrammarAst, NameClassAst, PatternAst } from './syntax.js';

/**
 * Where each pattern was first written, for restriction errors.
 * @example
 * const origins: Origins = new Map(); simplify(ast, builder, names, origins); origins.get(pattern) // its <element>
 */
export type Origins = Map<Pattern, RngElement>;

/**
 * Build the start pattern of a schema (and, through it, every reachable element pattern).
 *
 * @throws {RelaxNgSchemaError} for undefined references, conflicting `combine`s, a missing `start`, or a
 *   reference cycle that does not go through an element.
 * @example
 * const start = simplify(readSchema(text, url, load).pattern, builder, names, new Map())
 */
export function simplify(ast: PatternAst, builder: PatternBuilder, names: NameTable, origins: Origins): Pattern {
  return new Simplifier(builder, names, origins).run(ast);
}

class Simplifier {
  private readonly defines = new Map<string, Pattern | null>();
  private readonly elementPatterns = new Map<PatternAst, Pattern>();
  private readonly queue: [Pattern, PatternAst][] = [];
  private readonly grammars = new Set<GrammarAst>();

  constructor(
    private readonly b: PatternBuilder,
    private readonly names: NameTable,
    private readonly origins: Origins,
  ) {}

  run(ast: PatternAst): Pattern {
    const start = this.build(ast);
    for (let job = this.queue.pop(); job; job = this.queue.pop()) this.b.setContent(job[0], this.build(job[1]));
    this.checkUnreferenced();
    return start;
  }

  private fail(message: string, at: RngElement): never {
    throw new RelaxNgSchemaError(message, positionOf(at));
  }

  private note(p: Pattern, at: RngElement): Pattern {
    if (!this.origins.has(p)) this.origins.set(p, at);
    return p;
  }

  private build(p: PatternAst): Pattern {
    const b = this.b;
    switch (p.t) {
      case 'element': {
        let e = this.elementPatterns.get(p);
        if (!e) {
          e = b.element(this.nameClass(p.nc));
          this.elementPatterns.set(p, e);
          this.queue.push([e, p.body]);
          this.note(e, p.at);
        }
        return e;
      }
      case 'attribute':
        return this.note(b.attribute(this.nameClass(p.nc), this.build(p.body)), p.at);
      case 'group':
        return this.note(p.items.map((i) => this.build(i)).reduce((x, y) => b.group(x, y)), p.at);
      case 'interleave':
        return this.note(p.items.map((i) => this.build(i)).reduce((x, y) => b.interleave(x, y)), p.at);
      case 'choice':
        return this.note(b.choiceOf(p.items.map((i) => this.build(i))), p.at);
      case 'oneOrMore':
        return this.note(b.oneOrMore(this.build(p.body)), p.at);
      case 'zeroOrMore':
        return this.note(b.choice(b.oneOrMore(this.build(p.body)), b.empty), p.at);
      case 'optional':
        return this.note(b.choice(this.build(p.body), b.empty), p.at);
      case 'mixed':
        return this.note(b.interleave(this.build(p.body), b.text), p.at);
      case 'list':
        return this.note(b.list(this.build(p.body)), p.at);
      case 'ref':
        return this.define(p.grammar, p.name, p.at);
      case 'empty':
        return b.empty;
      case 'text':
        return b.text;
      case 'notAllowed':
        return b.notAllowed;
      case 'data':
        return this.note(b.data(p.datatype, p.except ? this.build(p.except) : null), p.at);
      case 'value':
        return this.note(b.value(p.datatype, p.literal, p.value, p.context), p.at);
      case 'grammar':
        this.grammars.add(p.grammar);
        return this.define(p.grammar, null, p.at);
    }
  }

  /** A define (or the start, for `name` null) of `grammar`, built once; re-entry while building is a cycle. */
  private define(grammar: GrammarAst, name: string | null, at: RngElement): Pattern {
    this.grammars.add(grammar);
    const key = `${grammar.id}\u0000${name ?? ''}`;
    const state = this.defines.get(key);
    if (state === null) this.fail(`bad recursive reference to pattern "${name ?? 'start'}" (a reference cycle must go through an element)`, at);
    if (state) return state;
    this.defines.set(key, null);
    const p = this.build(this.combined(grammar, name, at));
    this.defines.set(key, p);
    return p;
  }

  /** The components named `name` (or the start components) of `grammar`, combined (§4.17). */
  private combined(grammar: GrammarAst, name: string | null, at: RngElement): PatternAst {
    const components = name === null ? grammar.start : grammar.defines.get(name);
    if (!components || components.length === 0) {
      if (name === null) this.fail('missing "start" element', grammar.at);
      this.fail(`reference to undefined pattern "${name}"`, at);
    }
    const what = name === null ? 'start' : `"${name}"`;
    let combine: 'choice' | 'interleave' | null = null;
    let plain = 0;
    for (const c of components) {
      if (c.combine === null) {
        if (++plain > 1) this.fail(name === null ? 'multiple definitions of start without "combine" attribute' : `multiple definitions of ${what} without "combine" attribute`, c.at);
      } else if (combine === null) combine = c.combine;
      else if (combine !== c.combine) this.fail(`conflicting values of "combine" attribute for definition of ${what}`, c.at);
    }
    if (components.length === 1) return components[0]!.body;
    return { t: combine ?? 'choice', items: components.map((c) => c.body), at: components[0]!.at };
  }

  /** Defines nobody references are dropped (§4.19), but their references must still resolve. */
  private checkUnreferenced(): void {
    const seen = new Set<GrammarAst>();
    const pending = [...this.grammars];
    const visit = (p: PatternAst): void => {
      switch (p.t) {
        case 'element':
        case 'attribute':
        case 'oneOrMore':
        case 'zeroOrMore':
        case 'optional':
        case 'mixed':
        case 'list':
          visit(p.body);
          break;
        case 'group':
        case 'interleave':
        case 'choice':
          p.items.forEach(visit);
          break;
        case 'data':
          if (p.except) visit(p.except);
          break;
        case 'ref':
          if (!p.grammar.defines.has(p.name)) this.fail(`reference to undefined pattern "${p.name}"`, p.at);
          break;
        case 'grammar':
          pending.push(p.grammar);
          break;
        default:
      }
    };
    for (let g = pending.pop(); g; g = pending.pop()) {
      if (seen.has(g)) continue;
      seen.add(g);
      if (g.start.length === 0) this.fail('missing "start" element', g.at);
      this.combined(g, null, g.at);
      for (const [name, components] of g.defines) {
        this.combined(g, name, components[0]!.at);
        if (this.defines.has(`${g.id}\u0000${name}`)) continue;
        components.forEach((c) => visit(c.body));
      }
    }
  }

  private nameClass(nc: NameClassAst): NameClass {
    switch (nc.t) {
      case 'name':
        return NameClass.name(this.names, nc.ns, nc.local);
      case 'anyName':
        return NameClass.anyName(nc.except ? this.nameClass(nc.except) : null);
      case 'nsName':
        return NameClass.nsName(nc.ns, nc.except ? this.nameClass(nc.except) : null);
      case 'choice':
        return nc.items.map((i) => this.nameClass(i)).reduce((x, y) => NameClass.choice(x, y));
    }
  }
}
