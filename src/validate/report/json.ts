/** The JSON report: every file with its diagnostics and whether it passed, and the totals. Browser-safe. */
import { hasErrors } from '../diagnostic.js';
import { jsonChunks, joinChunks } from './chunks.js';
import { summarize, type FileReport } from './fileReport.js';

/**
 * `{ "files": [{ "file", "passed", "diagnostics": [...] }], "summary": { "files", "passed", "failed", "errors", "warnings", "infos" } }`.
 *
 * @example
 * JSON.parse(formatJsonReport(reports)).summary.failed // 1
 */
export function formatJsonReport(reports: readonly FileReport[]): string {
  return joinChunks(jsonReportChunks(reports));
}

/**
 * {@link formatJsonReport} a diagnostic at a time (see chunks.ts: a whole report can be too long for one string).
 *
 * @example
 * for (const chunk of jsonReportChunks(reports)) process.stdout.write(chunk)
 */
export function* jsonReportChunks(reports: readonly FileReport[]): Generator<string> {
  const files = reports.map((r) => ({ file: r.file, passed: !hasErrors(r.diagnostics), diagnostics: r.diagnostics }));
  // Levels written piece by piece: the root, `files`, each file, its `diagnostics`; each diagnostic is one piece.
  yield* jsonChunks({ files, summary: summarize(reports) }, 4);
  yield '\n';
}
