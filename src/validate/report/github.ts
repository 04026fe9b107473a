/**
 * GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message` line per diagnostic (`::warning`,
 * `::notice` for infos), which GitHub shows as annotations on the files; then the summary line. Browser-safe.
 */
import type { Diagnostic, Severity } from '../diagnostic.js';
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
  const lines = reports.flatMap((r) => r.diagnostics.map(formatGithubAnnotation));
  return [...lines, summaryLine(summarize(reports)), ''].join('\n');
}

function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
