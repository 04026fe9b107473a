/**
 * The SARIF 2.1.0 report, for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDEs): one run of the
 * tool "teikit", its rules, and one result per diagnostic with its physical location (file, line, column) and its
 * logical location (the XPath). Browser-safe.
 */
import type { Diagnostic, Severity } from '../diagnostic.js';
import { LazyArray, jsonChunks, joinChunks } from './chunks.js';
import type { FileReport } from './fileReport.js';

/**
 * Options of {@link formatSarifReport}.
 *
 * @example
 * formatSarifReport(reports, { version: '1.0.0', rules: new Map(builtinRules.map((r) => [r.id, r.description])) })
 */
export interface SarifOptions {
  /** teikit's version, for `tool.driver.version`. */
  version?: string;
  /** Descriptions of rule ids, for `tool.driver.rules` (the edition rules' descriptions). */
  rules?: ReadonlyMap<string, string>;
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The report as SARIF 2.1.0 JSON.
 *
 * @example
 * writeFileSync('teikit.sarif', formatSarifReport(reports, { version: '1.0.0' }))
 */
export function formatSarifReport(reports: readonly FileReport[], options: SarifOptions = {}): string {
  return joinChunks(sarifReportChunks(reports, options));
}

/**
 * {@link formatSarifReport} a result at a time, each result made as it is written (see chunks.ts: a whole report can
 * be too long for one string).
 *
 * @example
 * for (const chunk of sarifReportChunks(reports, { version: '1.0.0' })) process.stdout.write(chunk)
 */
export function* sarifReportChunks(reports: readonly FileReport[], options: SarifOptions = {}): Generator<string> {
  const ids = new Set<string>();
  for (const report of reports) for (const d of report.diagnostics) ids.add(d.ruleId);
  const ruleIds = [...ids].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'teikit',
            informationUri: 'https://www.npmjs.com/package/teikit',
            ...(options.version ? { version: options.version } : {}),
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: options.rules?.get(id) ?? id } })),
          },
        },
        artifacts: reports.map((r) => ({ location: { uri: uri(r.file) } })),
        results: new LazyArray(results(reports, ruleIndex)),
      },
    ],
  };
  // Levels written piece by piece: the root, `runs`, the run; `results` always, a result at a time.
  yield* jsonChunks(sarif, 3);
  yield '\n';
}

function* results(reports: readonly FileReport[], ruleIndex: ReadonlyMap<string, number>) {
  for (const report of reports) for (const d of report.diagnostics) yield result(d, ruleIndex.get(d.ruleId)!);
}

function result(d: Diagnostic, ruleIndex: number) {
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(d.file, d.line, d.column, d.xpath)],
    ...(d.related?.length
      ? { relatedLocations: d.related.map((r, id) => ({ id, message: { text: r.message }, ...location(r.file, r.line, r.column, r.xpath) })) }
      : {}),
  };
}

function location(file: string, line: number, column: number, xpath: string | undefined) {
  return {
    physicalLocation: {
      artifactLocation: { uri: uri(file) },
      ...(line > 0 ? { region: { startLine: line, startColumn: Math.max(1, column) } } : {}),
    },
    ...(xpath ? { logicalLocations: [{ fullyQualifiedName: xpath, kind: 'element' }] } : {}),
  };
}

/** A relative or absolute path as a SARIF URI reference (forward slashes, percent-encoded). */
function uri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/'));
}
