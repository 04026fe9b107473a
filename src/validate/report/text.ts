/**
 * The text report, as jing prints: `file:line:column: severity: message [rule]`, optionally with a code frame under
 * each line (for terminals), and a closing summary line. Browser-safe.
 */
import { codeFrame } from '../../errors.js';
import type { Diagnostic } from '../diagnostic.js';
import { joinChunks } from './chunks.js';
import { summarize, summaryLine, type FileReport } from './fileReport.js';

/**
 * Options of {@link formatTextReport}.
 *
 * @example
 * formatTextReport(reports, { sources: new Map([['a.xml', text]]) })
 */
export interface TextReportOptions {
  /** The source of each file, to print a code frame under each diagnostic. */
  sources?: ReadonlyMap<string, string>;
}

/**
 * One diagnostic as a line: `letter.xml:12:5: error: duplicate xml:id "p1" [id-unique]` (no line and column when the
 * diagnostic has none, e.g. a file that cannot be read).
 *
 * @example
 * formatDiagnostic(diagnostic) // 'letter.xml:12:5: error: duplicate xml:id "p1": already used on <p> at line 3 [id-unique]'
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${where}: ${d.severity}: ${d.message} [${d.ruleId}]`;
}

/**
 * Where code frames come from: the report's file's text, or a function giving any file's text (diagnostics of a
 * document assembled by XInclude name the files their text came from).
 *
 * @example
 * const sources: FrameSources = (file) => (file === 'a.xml' ? text : undefined)
 */
export type FrameSources = string | ((file: string) => string | undefined);

/**
 * The diagnostics of one file as text lines (with code frames when sources are given).
 *
 * @example
 * process.stdout.write(formatFileText({ file: 'a.xml', diagnostics }))
 */
export function formatFileText(report: FileReport, source?: FrameSources): string {
  return joinChunks(fileTextChunks(report, source));
}

/**
 * {@link formatFileText} a diagnostic at a time (see chunks.ts: a file's diagnostics can be too long for one string).
 *
 * @example
 * for (const chunk of fileTextChunks(report)) process.stdout.write(chunk)
 */
export function* fileTextChunks(report: FileReport, source?: FrameSources): Generator<string> {
  const sourceOf = typeof source === 'function' ? source : (file: string) => (file === report.file ? source : undefined);
  // The line table is made once per file, so that framing every diagnostic does not scan the source from its start.
  const tables = new Map<string, { text: string; starts: number[] } | undefined>();
  for (const d of report.diagnostics) {
    if (source !== undefined && !tables.has(d.file)) {
      const text = sourceOf(d.file);
      tables.set(d.file, text === undefined ? undefined : { text, starts: lineStarts(text) });
    }
    const table = tables.get(d.file);
    const frame = table && d.line > 0 ? codeFrame(table.text, d.line, d.column, table.starts) : '';
    yield frame ? `${formatDiagnostic(d)}\n${frame}\n` : `${formatDiagnostic(d)}\n`;
  }
}

/**
 * The whole text report: every file's diagnostics, then `N passed, M failed (...)`.
 *
 * @example
 * formatTextReport([{ file: 'a.xml', diagnostics: [] }]) // '1 passed, 0 failed (0 errors, 0 warnings, 0 infos)\n'
 */
export function formatTextReport(reports: readonly FileReport[], options: TextReportOptions = {}): string {
  return joinChunks(textReportChunks(reports, options));
}

/**
 * {@link formatTextReport} a diagnostic at a time.
 *
 * @example
 * for (const chunk of textReportChunks(reports)) process.stdout.write(chunk)
 */
export function* textReportChunks(reports: readonly FileReport[], options: TextReportOptions = {}): Generator<string> {
  for (const report of reports) yield* fileTextChunks(report, options.sources?.get(report.file));
  yield `${summaryLine(summarize(reports))}\n`;
}

/** The offset where each line of `source` starts. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
