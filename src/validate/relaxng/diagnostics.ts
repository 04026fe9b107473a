/**
 * Schema diagnostics: their shape (the same as the edition-rule validator's `Diagnostic`, with ruleId `schema`)
 * and the wording of names and lists in messages, after jing: names quoted, sorted, joined with "or"/"and",
 * prefixes taken from the document, and a namespace note such as `(with xmlns="...")` when a name's namespace
 * is not declared where the error is. Long lists are cut to ten names; the full list is in `expected`.
 */
import type { Diagnostic, RelatedLocation, Severity } from '../diagnostic.js';
import type { NameTable } from './nameClass.js';
import type { NamespaceScope } from './xml/namespaces.js';

/**
 * How serious a diagnostic is. Schema validation reports errors only.
 * @example
 * diagnostics.filter((d) => d.severity === 'error')
 */
export type SchemaDiagnosticSeverity = Severity;

/**
 * Another place that explains a diagnostic (the first occurrence of a duplicate ID).
 * @example
 * diagnostic.related?.[0] // { message: 'first occurrence of ID "a"', file: 'a.xml', line: 3, column: 5 }
 */
export type SchemaDiagnosticRelated = RelatedLocation;

/**
 * One schema validation error: a validation {@link Diagnostic} with `ruleId: 'schema'`, so that schema errors,
 * edition rules and Schematron results are reported together.
 *
 * `line`/`column` (1-based) point at the start tag of the element concerned (for attributes, the element's start
 * tag; for text, the text itself; for an incomplete element, its end tag). `endLine`/`endColumn` end the span:
 * the end of the same tag (for text, of the tag that follows it), which is where jing reports. `xpath` is the
 * element's path; `expected` everything that would have been allowed, in full (messages cut long lists).
 *
 * @example
 * const d: SchemaDiagnostic = {
 *   ruleId: 'schema', severity: 'error', file: 'a.xml', line: 3, column: 5, endLine: 3, endColumn: 11,
 *   xpath: '/TEI/text[1]', message: 'element "foo" not allowed anywhere; expected element "back", "body", "front" or "group"',
 *   expected: ['back', 'body', 'front', 'group'],
 * }
 */
export type SchemaDiagnostic = Diagnostic & { ruleId: 'schema' };

/**
 * How many names a message lists before "(and N more)".
 * @example
 * shortList(names, 'or', MESSAGE_NAME_LIMIT)
 */
export const MESSAGE_NAME_LIMIT = 10;

/**
 * `a`, `a or b`, `a, b or c` (jing's list style).
 *
 * @example
 * formatList(['"a"', '"b"', '"c"'], 'or') // '"a", "b" or "c"'
 */
export function formatList(items: readonly string[], conjunction: 'or' | 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/**
 * A list cut to `limit` items, with "(and N more)" when cut.
 *
 * @example
 * shortList(['"a"', '"b"', '"c"'], 'or', 2) // '"a", "b" (and 1 more)'
 */
export function shortList(items: readonly string[], conjunction: 'or' | 'and', limit = MESSAGE_NAME_LIMIT): string {
  if (items.length <= limit) return formatList(items, conjunction);
  return `${items.slice(0, limit).join(', ')} (and ${items.length - limit} more)`;
}

/**
 * Quote a value as jing does: double quotes, with `<`, `&`, `"` and line breaks escaped.
 * @example
 * quoteValue('a "b"') // '"a &quot;b&quot;"'
 */
export function quoteValue(value: string): string {
  return `"${value.replace(/[<&"\n\r\t]/g, (c) => ({ '<': '&lt;', '&': '&amp;', '"': '&quot;', '\n': '&#xA;', '\r': '&#xD;', '\t': '&#x9;' })[c]!)}"`;
}

/**
 * Names as a reader of the document would write them, and the declarations they need.
 * @example
 * formatNames(names, ids, false, NamespaceScope.root()) // { names: ['TEI', 'teiCorpus'], declarations: ['xmlns="http://www.tei-c.org/ns/1.0"'] }
 */
export interface FormattedNames {
  /** Sorted qualified names, unquoted. */
  names: string[];
  /** Namespace declarations the names assume, e.g. `xmlns="http://www.tei-c.org/ns/1.0"`; empty when none. */
  declarations: string[];
}

/**
 * Write interned names with the prefixes in scope at the error (elements: the default namespace needs no
 * prefix; attributes: only no-namespace names go unprefixed).
 *
 * @example
 * formatNames(names, [teiP, teiDiv], false, scope).names // ['div', 'p']
 */
export function formatNames(table: NameTable, ids: Iterable<number>, isAttribute: boolean, scope: NamespaceScope): FormattedNames {
  const list = [...new Set(ids)];
  const declarations = new Map<string, string>(); // namespace -> prefix
  let defaultNs: string | null = isAttribute ? '' : scope.resolve('') || null;
  if (!isAttribute && list.some((id) => table.ns[id] === '') && defaultNs !== null) {
    declarations.set('', '');
    defaultNs = '';
  }
  const names: string[] = [];
  const undeclared: number[] = [];
  for (const id of list) {
    const ns = table.ns[id]!;
    const local = table.local[id]!;
    if (ns === defaultNs || (ns === '' && isAttribute)) {
      names.push(local);
      continue;
    }
    const prefix = scope.prefixFor(ns);
    if (prefix !== undefined && prefix !== '') names.push(`${prefix}:${local}`);
    else if (prefix === '' && !isAttribute) names.push(local);
    else undeclared.push(id);
  }
  if (undeclared.length > 0) {
    const namespaces = [...new Set(undeclared.map((id) => table.ns[id]!))].sort();
    if (namespaces.length === 1 && defaultNs === null && !isAttribute) declarations.set(namespaces[0]!, '');
    else {
      const taken = scope.entries();
      let base = 'ns';
      for (const candidate of ['ns', 'ns-', 'ns_', 'NS', 'NS-', 'NS_']) {
        base = candidate;
        const clash = namespaces.some((_, i) => taken.has(namespaces.length === 1 ? candidate : `${candidate}${i + 1}`));
        if (!clash) break;
      }
      namespaces.forEach((ns, i) => declarations.set(ns, namespaces.length === 1 ? base : `${base}${i + 1}`));
    }
    for (const id of undeclared) {
      const prefix = declarations.get(table.ns[id]!)!;
      names.push(prefix ? `${prefix}:${table.local[id]}` : table.local[id]!);
    }
  }
  names.sort();
  const decls = [...declarations].map(([ns, prefix]) => `${prefix ? `xmlns:${prefix}` : 'xmlns'}=${quoteValue(ns)}`).sort();
  return { names, declarations: decls };
}

/**
 * `"a", "b" or "c"` (cut to ten) plus ` (with xmlns="...")` when needed.
 *
 * @example
 * describeNames({ names: ['TEI', 'teiCorpus'], declarations: ['xmlns="http://www.tei-c.org/ns/1.0"'] }, 'or')
 * // '"TEI" or "teiCorpus" (with xmlns="http://www.tei-c.org/ns/1.0")'
 */
export function describeNames(formatted: FormattedNames, conjunction: 'or' | 'and'): string {
  const text = shortList(
    formatted.names.map((n) => `"${n}"`),
    conjunction,
  );
  // Only the declarations that the names shown need.
  const shown = formatted.names.slice(0, MESSAGE_NAME_LIMIT);
  const needed = formatted.declarations.filter((d) => {
    const prefix = /^xmlns(?::([^=]+))?=/.exec(d)?.[1];
    return prefix === undefined ? shown.some((n) => !n.includes(':')) : shown.some((n) => n.startsWith(`${prefix}:`));
  });
  return needed.length ? `${text} (with ${needed.join(' ')})` : text;
}
