/** Reports of a validation run, in the formats people and CI read. Browser-safe. */
import type { FileReport } from './fileReport.js';
import { formatGithubReport } from './github.js';
import { formatJsonReport } from './json.js';
import { formatJunitReport } from './junit.js';
import { formatSarifReport, type SarifOptions } from './sarif.js';
import { formatTextReport, type TextReportOptions } from './text.js';

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
  switch (format) {
    case 'text':
      return formatTextReport(reports, options);
    case 'json':
      return formatJsonReport(reports);
    case 'junit':
      return formatJunitReport(reports);
    case 'sarif':
      return formatSarifReport(reports, options);
    case 'github':
      return formatGithubReport(reports);
    default:
      throw new Error(`unknown report format: ${String(format satisfies never)}`);
  }
}

export { summarize, summaryLine, type FileReport, type ReportSummary } from './fileReport.js';
export { formatDiagnostic, formatFileText } from './text.js';
export { formatGithubAnnotation } from './github.js';
