/**
 * What a compiled Schematron schema returns (see xslt/schematron/compile.xsl), and how a result becomes a
 * diagnostic: its rule id, its severity (from the assertion's `@role`) and its message. Browser-safe.
 */
import type { Severity } from '../diagnostic.js';

/** A result as the compiled stylesheet returns it: static facts as JSON text, and where and what. */
interface RawResult {
  about: string;
  node: string;
  message: string;
  diagnostics: string;
  failed?: boolean;
}

/**
 * The results of a compiled schema's run (its JSON output), read.
 *
 * @example
 * readResults(principalResult)[0] // { key: '3.1.1', pattern: 'persons', kind: 'assert', node: '1/2/1', message: '...', ... }
 */
export function readResults(json: string): SchematronResult[] {
  return (JSON.parse(json) as RawResult[]).map((raw) => {
    const about = JSON.parse(raw.about) as Omit<SchematronResult, 'node' | 'message' | 'diagnostics'> & { kind: string };
    const kind = (raw.failed ? 'error' : about.kind) as SchematronResult['kind'];
    return { ...about, kind, role: raw.failed ? 'error' : about.role, node: raw.node, message: raw.message, diagnostics: raw.diagnostics };
  });
}

/**
 * One failed assert, successful report, or test that could not be evaluated.
 *
 * @example
 * runSchematron(saxon, sef, text).map((r: SchematronResult) => `${r.node}: ${r.message}`)
 */
export interface SchematronResult {
  /** `pattern.rule.assertion` (1-based; assertion 0: the rule itself, whose lets failed). */
  key: string;
  pattern: string;
  rule: number;
  context: string;
  id: string;
  role: string;
  flag: string;
  kind: 'assert' | 'report' | 'error';
  test: string;
  /** Where: element positions among element siblings from the root (`1/4/2`), then `/@name` or `/text()`. */
  node: string;
  message: string;
  diagnostics: string;
}

/**
 * How rule ids are made: TEI's constraints (`tei:relatedItem/targetorcontent1`) or any schema's (`sch:my-id`).
 *
 * @example
 * schematronValidator({ saxon, sef, naming: 'tei' })
 */
export type SchematronNaming = 'tei' | 'sch';

/**
 * The rule id of a result.
 *
 * @example
 * schematronRuleId(result, 'tei') // 'tei:relatedItem/targetorcontent1' for pattern tei_all-relatedItem-targetorcontent1-constraint-rule-20
 * schematronRuleId(result, 'sch') // 'sch:' + the assertion's id, else the pattern's
 */
export function schematronRuleId(result: Pick<SchematronResult, 'pattern' | 'id'>, naming: SchematronNaming): string {
  if (naming === 'sch') return `sch:${result.id || result.pattern}`;
  const name = result.pattern.replace(/^tei_all-/, '').replace(/-constraint(-rule-\d+)?$/, '');
  const dash = name.indexOf('-');
  return `tei:${dash === -1 ? name : `${name.slice(0, dash)}/${name.slice(dash + 1)}`}`;
}

const WARNING_ROLES = new Set(['warning', 'warn', 'nonfatal']);
const INFO_ROLES = new Set(['info', 'information', 'informational', 'note', 'hint']);

/**
 * The severity of a result: `@role` warning, warn or nonfatal give warnings; info, information, note or hint give
 * infos; anything else (none, error, fatal) is an error, as in oXygen. A test that failed to evaluate is an error.
 *
 * @example
 * schematronSeverity({ role: 'nonfatal', kind: 'report' }) // 'warning'
 */
export function schematronSeverity(result: Pick<SchematronResult, 'role' | 'kind'>): Severity {
  if (result.kind === 'error') return 'error';
  const role = result.role.trim().toLowerCase();
  return WARNING_ROLES.has(role) ? 'warning' : INFO_ROLES.has(role) ? 'info' : 'error';
}

/**
 * The message of a result: the assertion's text (or, when it has none, its test) and its diagnostics.
 *
 * @example
 * schematronMessage({ kind: 'assert', message: '', test: '@target', diagnostics: '' }) // 'assertion failed: @target'
 */
export function schematronMessage(result: Pick<SchematronResult, 'kind' | 'message' | 'test' | 'diagnostics'>): string {
  const text = result.message || (result.kind === 'report' ? `report: ${result.test}` : `assertion failed: ${result.test}`);
  return result.diagnostics ? `${text} (${result.diagnostics})` : text;
}
