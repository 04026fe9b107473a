/** Reports of a validation run, in the formats people and CI read. Browser-safe. */
import { joinChunks } from './chunks.js';
import type { FileReport } from './fileReport.js';
import { githubReportChunks } from './github.js';
import { jsonReportChunks } from './json.js';
import { junitReportChunks } from './junit.js';
import { sarifReportChunks, type SarifOptions } from './sarif.js';
import { textReportChunks, type TextReportOptions } from './text.js';

/**
 * The report formats.
 *
 * @example
 * if (!REPORT_FORMATS.includes(format)) throw new Error(`use ${REPORT_FORMATS.join(', ')}`)
 */
export const REPORT_FORMATS = ['text', 'json', 'junit', 'sarif', 'github'] as const;

/**
 * One of {@link REPORT_FORMATS}.
 *
 * @example
 * const format: ReportFormat = process.env.CI ? 'github' : 'text'
 */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Options of {@link formatReport} (each format reads its own).
 *
 * @example
 * formatReport(reports, 'text', { sources: new Map([['a.xml', text]]) }) // with code frames
 */
export type ReportOptions = TextReportOptions & SarifOptions;

/**
 * A run's report in `format`.
 *
 * @example
 * const reports = files.map((file) => ({ file, diagnostics: validate(file) }))
 * process.stdout.write(formatReport(reports, 'sarif', { version: '1.0.0' }))
 */
export function formatReport(reports: readonly FileReport[], format: ReportFormat, options: ReportOptions = {}): string {
  return joinChunks(reportChunks(reports, format, options));
}

/**
 * {@link formatReport} a piece at a time (a diagnostic or so each), for reports too long for one string: V8 strings
 * stop at about 512 MB, which the SARIF of some 600,000 diagnostics reaches.
 *
 * @example
 * for (const chunk of reportChunks(reports, 'json')) stream.write(chunk)
 */
export function reportChunks(reports: readonly FileReport[], format: ReportFormat, options: ReportOptions = {}): Iterable<string> {
  switch (format) {
    case 'text':
      return textReportChunks(reports, options);
    case 'json':
      return jsonReportChunks(reports);
    case 'junit':
      return junitReportChunks(reports);
    case 'sarif':
      return sarifReportChunks(reports, options);
    case 'github':
      return githubReportChunks(reports);
    default:
      throw new Error(`unknown report format: ${String(format satisfies never)}`);
  }
}

export { summarize, summaryLine, type FileReport, type ReportSummary } from './fileReport.js';
export { formatDiagnostic, formatFileText, fileTextChunks } from './text.js';
export { formatGithubAnnotation, githubAnnotationChunks } from './github.js';
