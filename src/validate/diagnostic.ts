/**
 * What validation returns: diagnostics that point at the source (file, 1-based line and column, an XPath), the way
 * editors read jing's and oXygen's messages. Browser-safe.
 */
import type { SourceMap } from '../xinclude/sourceMap.js';

/**
 * How bad a finding is. Only errors fail a validation (the CLI's exit code 1).
 *
 * @example
 * const failing: Severity[] = ['error']
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Another place a diagnostic concerns, e.g. the first occurrence of a duplicate `xml:id`.
 *
 * @example
 * const first: RelatedLocation = { message: 'first xml:id "p1"', file: 'a.xml', line: 19, column: 18, xpath: '/TEI/text[1]/body[1]/p[1]/@xml:id' }
 */
export interface RelatedLocation {
  message: string;
  file: string;
  line: number;
  column: number;
  xpath?: string;
}

/**
 * One finding.
 *
 * @example
 * const diagnostic: Diagnostic = {
 *   ruleId: 'pointer-resolves', severity: 'error', file: 'letter.xml', line: 12, column: 20,
 *   xpath: '/TEI/text[1]/body[1]/p[2]/handShift[1]/@new',
 *   message: '@new points to "#h9", but no element has xml:id="h9"', expected: ['#h1', '#h2'],
 * }
 */
export interface Diagnostic {
  /**
   * What found it: an edition rule (`id-unique`), `well-formed`, `schema` (RELAX NG), `tei:<spec>/<constraint>`
   * (TEI's Schematron) or `sch:<id>` (a Schematron file).
   */
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  /** 1-based, like the column. */
  line: number;
  column: number;
  /** Where a span ends, when the validator knows (RELAX NG reports the end of the start tag). */
  endLine?: number;
  endColumn?: number;
  /** Where in the document: `/TEI/text[1]/body[1]/p[3]/@corresp` (TEI elements unprefixed, others as `Q{uri}name`). */
  xpath: string;
  /** What would have been right, when the validator knows: the declared hands, the allowed gap reasons... */
  expected?: string[];
  related?: RelatedLocation[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Order diagnostics by file, line, column, then severity and rule: the order a reader goes through a file in.
 *
 * @example
 * diagnostics.sort(compareDiagnostics)
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * How many diagnostics of each severity.
 *
 * @example
 * countBySeverity(diagnostics) // { error: 2, warning: 1, info: 0 }
 */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/**
 * True when any diagnostic is an error: what decides whether a file passes.
 *
 * @example
 * if (hasErrors(validate(text))) process.exitCode = 1
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * A message with overlong quoted values cut short: a 20 MB attribute must not become a 20 MB message.
 *
 * @example
 * shortenQuoted(`@target points to "#${'a'.repeat(5000)}"`) // '@target points to "#aaa…" (5001 characters)'
 */
export function shortenQuoted(message: string): string {
  if (message.length <= 1000) return message;
  // A scan, not a regular expression: V8's backtracking overflows its stack on multi-megabyte matches.
  let result = '';
  for (let at = 0; at < message.length; ) {
    const open = message.indexOf('"', at);
    const close = open < 0 ? -1 : message.indexOf('"', open + 1);
    if (close < 0) return result + message.slice(at);
    const value = message.slice(open + 1, close);
    result += message.slice(at, open + 1) + (value.length >= 200 ? `${value.slice(0, 60)}…" (${value.length} characters)` : `${value}"`);
    at = close + 1;
  }
  return result;
}

/**
 * A diagnostic on a document assembled by XInclude, moved to the file, line and column its text came from (its
 * span and related locations too; a span that ends in another file is dropped).
 *
 * @example
 * diagnostics.map((d) => inSource(d, assembled.map))
 */
export function inSource<T extends Diagnostic>(diagnostic: T, map: SourceMap): T {
  if (diagnostic.line < 1) return diagnostic;
  const at = map.position(diagnostic.line, diagnostic.column);
  const moved: T = { ...diagnostic, ...at };
  delete moved.endLine;
  delete moved.endColumn;
  if (diagnostic.endLine !== undefined) {
    const end = map.position(diagnostic.endLine, diagnostic.endColumn ?? 1);
    if (end.file === at.file) Object.assign(moved, { endLine: end.line, endColumn: end.column });
  }
  if (diagnostic.related) moved.related = diagnostic.related.map((r) => ({ ...r, ...map.position(r.line, r.column) }));
  return moved;
}
