/** The JSON report: every file with its diagnostics and whether it passed, and the totals. Browser-safe. */
import { hasErrors } from '../diagnostic.js';
import { summarize, type FileReport } from './fileReport.js';

/**
 * `{ "files": [{ "file", "passed", "diagnostics": [...] }], "summary": { "files", "passed", "failed", "errors", "warnings", "infos" } }`.
 *
 * @example
 * JSON.parse(formatJsonReport(reports)).summary.failed // 1
 */
export function formatJsonReport(reports: readonly FileReport[]): string {
  const files = reports.map((r) => ({ file: r.file, passed: !hasErrors(r.diagnostics), diagnostics: r.diagnostics }));
  return `${JSON.stringify({ files, summary: summarize(reports) }, null, 2)}\n`;
}
