/**
 * What a pattern state would accept next, for messages: the element and attribute names that may start here,
 * the names that are required (jing's RequiredElementsFunction: the first operand of a group if it is not
 * optional, the names common to every branch of a choice), and why a value does not match.
 */
import type { Derivatives } from './derivatives.js';
import { tokens } from './derivatives.js';
import type { ValueContext } from './datatypes/types.js';
import { formatList, quoteValue } from './diagnostics.js';
import {
  AFTER,
  ATTRIBUTE,
  CHOICE,
  DATA,
  DATA_EXCEPT,
  ELEMENT,
  GROUP,
  INTERLEAVE,
  LIST,
  NOT_ALLOWED,
  ONE_OR_MORE,
  TEXT,
  VALUE,
  type Pattern,
} from './patterns.js';

/**
 * Names a state lists explicitly, and whether a wildcard (anyName, nsName) allows others.
 * @example
 * const { names, wildcard } = possibleElements(state)
 */
export interface PossibleNames {
  names: Set<number>;
  wildcard: boolean;
}

/**
 * Element names that may start in state `p`.
 *
 * @example
 * possibleElements(state).names // ids of elements allowed next
 */
export function possibleElements(p: Pattern, into: PossibleNames = { names: new Set(), wildcard: false }, seen = new Set<Pattern>()): PossibleNames {
  if (seen.has(p)) return into;
  seen.add(p);
  switch (p.kind) {
    case ELEMENT:
      if (p.p1!.kind !== NOT_ALLOWED) p.nc!.listedNames(into);
      break;
    case CHOICE:
      for (const m of p.members!) possibleElements(m, into, seen);
      break;
    case GROUP:
      possibleElements(p.p1!, into, seen);
      if (p.p1!.nullable) possibleElements(p.p2!, into, seen);
      break;
    case INTERLEAVE:
      possibleElements(p.p1!, into, seen);
      possibleElements(p.p2!, into, seen);
      break;
    case ONE_OR_MORE:
    case AFTER:
      possibleElements(p.p1!, into, seen);
      break;
    default:
  }
  return into;
}

/**
 * Attribute names that may come in state `p`.
 *
 * @example
 * possibleAttributes(state).names // ids of attributes allowed on this element
 */
export function possibleAttributes(p: Pattern, into: PossibleNames = { names: new Set(), wildcard: false }, seen = new Set<Pattern>()): PossibleNames {
  if (seen.has(p)) return into;
  seen.add(p);
  switch (p.kind) {
    case ATTRIBUTE:
      p.nc!.listedNames(into);
      break;
    case CHOICE:
      for (const m of p.members!) possibleAttributes(m, into, seen);
      break;
    case GROUP:
    case INTERLEAVE:
      possibleAttributes(p.p1!, into, seen);
      possibleAttributes(p.p2!, into, seen);
      break;
    case ONE_OR_MORE:
    case AFTER:
      possibleAttributes(p.p1!, into, seen);
      break;
    default:
  }
  return into;
}

/**
 * Names that must come (elements or attributes, by `kind`), as jing computes them: `foo|bar` requires neither.
 *
 * @example
 * requiredNames(state, ELEMENT) // e.g. Set { id of titleStmt }
 */
export function requiredNames(p: Pattern, kind: typeof ELEMENT | typeof ATTRIBUTE): Set<number> {
  switch (p.kind) {
    case ELEMENT:
    case ATTRIBUTE:
      return p.kind === kind && p.nc!.kind === 'name' ? new Set([p.nc!.nameId]) : new Set();
    case CHOICE: {
      const members = p.members!;
      let common = requiredNames(members[0]!, kind);
      for (let i = 1; i < members.length && common.size > 0; i++) {
        const r = requiredNames(members[i]!, kind);
        common = new Set([...common].filter((n) => r.has(n)));
      }
      return common;
    }
    case GROUP:
      if (kind === ELEMENT) return p.p1!.nullable ? requiredNames(p.p2!, kind) : requiredNames(p.p1!, kind);
      return new Set([...requiredNames(p.p1!, kind), ...requiredNames(p.p2!, kind)]);
    case INTERLEAVE:
      return new Set([...requiredNames(p.p1!, kind), ...requiredNames(p.p2!, kind)]);
    case ONE_OR_MORE:
    case AFTER:
      return requiredNames(p.p1!, kind);
    default:
      return new Set();
  }
}

/**
 * Why `s` does not match the value pattern `p`, in jing's words: `must be equal to "a" or "b"`,
 * `must be a URI`, `token "x" invalid; must be ...`; undefined where jing gives no reason (a list with a token too
 * many, a value some alternative takes as it is): its message then ends at "invalid".
 *
 * @example
 * explainValue(derivatives, valuePattern, 'maybe', context) // 'must be equal to "high", "low" or "medium"'
 */
export function explainValue(d: Derivatives, p: Pattern, s: string, context: ValueContext): string | undefined {
  const values: string[] = [];
  const qnames: string[] = [];
  const reasons: string[] = [];
  let listReason: string | undefined;
  // Some alternative takes `s` as it is (in a list, the empty probe for a missing token that a string could be):
  // jing then finds no failure to describe.
  let taken = false;
  const visit = (q: Pattern): void => {
    switch (q.kind) {
      case CHOICE:
        q.members!.forEach(visit);
        break;
      case AFTER:
        visit(q.p1!);
        break;
      case VALUE: {
        // A literal the type cannot read (`abc` for an integer value, a QName with an undeclared prefix) gets the
        // type's reason, as in jing; one it reads but that is another value gets the values.
        const reason = q.datatype!.explain(s, context);
        if (reason !== undefined) reasons.push(reason);
        else if (q.datatype!.contextDependent && typeof q.value === 'string' && q.value.startsWith('{')) qnames.push(q.value);
        else values.push(quoteValue(typeof q.value === 'string' ? q.value : q.literal!));
        break;
      }
      case DATA:
      case DATA_EXCEPT: {
        const reason = q.datatype!.explain(s, context);
        if (reason !== undefined) reasons.push(reason);
        else if (q.kind === DATA_EXCEPT) reasons.push(`must not be ${formatList(exceptValues(q.p2!), 'or') || 'one of the excepted values'}`);
        else taken = true;
        break;
      }
      case LIST:
        listReason ??= explainList(d, q, s, context);
        break;
      case TEXT:
        taken = true;
        break;
      case GROUP:
      case INTERLEAVE:
      case ONE_OR_MORE:
        visit(q.p1!);
        break;
      default:
    }
  };
  visit(p);
  if (taken) return undefined;
  if (listReason && values.length === 0 && reasons.length === 0) return listReason;
  // jing's order: what datatypes require, then the values allowed.
  const parts: string[] = [...new Set(reasons)];
  if (listReason) parts.push(listReason);
  if (values.length) parts.push(`must be equal to ${formatList([...new Set(values)].sort(), 'or')}`);
  if (qnames.length) parts.push(`must be a QName equal to ${describeQNames([...new Set(qnames)], context)}`);
  return parts.length === 0 ? undefined : formatList(parts, 'or');
}

/** Expanded names (`{uri}local`) written with the document's prefixes, or generated ones declared after the list. */
function describeQNames(expanded: string[], context: ValueContext): string {
  const pairs = expanded.map((e) => {
    const close = e.indexOf('}');
    return { ns: e.slice(1, close), local: e.slice(close + 1) };
  });
  const undeclared = [...new Set(pairs.filter((p) => context.scope.prefixFor(p.ns) === undefined).map((p) => p.ns))].sort();
  const generated = new Map(undeclared.map((ns, i) => [ns, undeclared.length === 1 ? 'ns' : `ns${i + 1}`]));
  const names = pairs
    .map(({ ns, local }) => {
      const prefix = context.scope.prefixFor(ns) ?? generated.get(ns)!;
      return quoteValue(prefix ? `${prefix}:${local}` : local);
    })
    .sort();
  const declarations = [...generated].map(([ns, prefix]) => `xmlns:${prefix}=${quoteValue(ns)}`);
  return formatList(names, 'or') + (declarations.length ? ` (with ${declarations.join(' ')})` : '');
}

function exceptValues(p: Pattern): string[] {
  if (p.kind === VALUE) return [quoteValue(p.literal!)];
  if (p.kind === CHOICE) return p.members!.flatMap(exceptValues);
  return [];
}

/** A list value: which token fails, or which is missing (undefined when jing says neither, e.g. a token too many). */
function explainList(d: Derivatives, list: Pattern, s: string, context: ValueContext): string | undefined {
  let state = list.p1!;
  for (const token of tokens(s)) {
    const next = d.text(state, token, context);
    if (next === d.b.notAllowed) {
      const why = explainValue(d, state, token, context);
      return why === undefined ? undefined : `token ${quoteValue(token)} invalid; ${why}`;
    }
    state = next;
  }
  const why = explainValue(d, state, '', context);
  return why === undefined ? undefined : `missing token; ${why}`;
}
