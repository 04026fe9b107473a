/**
 * GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` line per diagnostic (`::warning`,
 * `::notice` for infos), which GitHub shows as annotations on the files; then the summary line. Browser-safe.
 */
import type { Diagnostic, Severity } from '../diagnostic.js';
import { joinChunks } from './chunks.js';
import { summarize, summaryLine, type FileReport } from './fileReport.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * One diagnostic as a workflow command.
 *
 * @example
 * formatGithubAnnotation(d) // '::error file=tei/a.xml,line=12,col=5,title=id-unique::duplicate xml:id "p1"…'
 */
export function formatGithubAnnotation(d: Diagnostic): string {
  const properties = [`file=${property(d.file)}`, ...(d.line > 0 ? [`line=${d.line}`, `col=${d.column}`] : []), `title=${property(d.ruleId)}`];
  return `::${COMMAND[d.severity]} ${properties.join(',')}::${data(d.message)}`;
}

/**
 * The whole report as workflow commands and the summary line.
 *
 * @example
 * process.stdout.write(formatGithubReport(reports))
 */
export function formatGithubReport(reports: readonly FileReport[]): string {
  return joinChunks(githubReportChunks(reports));
}

/**
 * {@link formatGithubReport} a line at a time (see chunks.ts: a report can be too long for one string).
 *
 * @example
 * for (const chunk of githubReportChunks(reports)) process.stdout.write(chunk)
 */
export function* githubReportChunks(reports: readonly FileReport[]): Generator<string> {
  for (const report of reports) yield* githubAnnotationChunks(report);
  yield `${summaryLine(summarize(reports))}\n`;
}

/**
 * The annotations of one file, a line at a time.
 *
 * @example
 * for (const line of githubAnnotationChunks(report)) process.stdout.write(line)
 */
export function* githubAnnotationChunks(report: FileReport): Generator<string> {
  for (const d of report.diagnostics) yield `${formatGithubAnnotation(d)}\n`;
}

function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
