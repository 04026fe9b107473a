/** The results of validating one or more files, as every report format reads them. Browser-safe. */
import { countBySeverity, hasErrors, type Diagnostic, type Severity } from '../diagnostic.js';

/**
 * One file's diagnostics.
 *
 * @example
 * const report: FileReport = { file: 'a.xml', diagnostics: validate('a.xml') }
 */
export interface FileReport {
  file: string;
  diagnostics: readonly Diagnostic[];
}

/**
 * Totals over a run.
 *
 * @example
 * const { failed } = summarize(reports); process.exitCode = failed ? 1 : 0
 */
export interface ReportSummary {
  files: number;
  passed: number;
  failed: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Files passed (no error) and failed, and diagnostics by severity.
 *
 * @example
 * summarize([{ file: 'a.xml', diagnostics: [] }]) // { files: 1, passed: 1, failed: 0, errors: 0, warnings: 0, infos: 0 }
 */
export function summarize(reports: readonly FileReport[]): ReportSummary {
  const summary: ReportSummary = { files: reports.length, passed: 0, failed: 0, errors: 0, warnings: 0, infos: 0 };
  for (const report of reports) {
    if (hasErrors(report.diagnostics)) summary.failed++;
    else summary.passed++;
    const counts: Record<Severity, number> = countBySeverity(report.diagnostics);
    summary.errors += counts.error;
    summary.warnings += counts.warning;
    summary.infos += counts.info;
  }
  return summary;
}

/**
 * The closing line of a run: `2 passed, 1 failed (3 errors, 1 warning)`.
 *
 * @example
 * summaryLine(summarize(reports)) // '2 passed, 1 failed (3 errors, 1 warning, 0 infos)'
 */
export function summaryLine(summary: ReportSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${summary.passed} passed, ${summary.failed} failed (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')})`;
}
