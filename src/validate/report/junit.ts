/**
 * The JUnit XML report, for CI systems that show test results: one testsuite, one testcase per file; a file with
 * errors has a `<failure>` listing them; warnings and infos go to the testcase's `<system-out>`. Browser-safe.
 */
import type { Diagnostic } from '../diagnostic.js';
import { joinChunks } from './chunks.js';
import { summarize, type FileReport } from './fileReport.js';
import { formatDiagnostic } from './text.js';

/**
 * The report as JUnit XML.
 *
 * @example
 * writeFileSync('teikit-junit.xml', formatJunitReport(reports))
 */
export function formatJunitReport(reports: readonly FileReport[], name = 'teikit validate'): string {
  return joinChunks(junitReportChunks(reports, name));
}

/**
 * {@link formatJunitReport} a diagnostic at a time (see chunks.ts: a report can be too long for one string).
 *
 * @example
 * for (const chunk of junitReportChunks(reports)) process.stdout.write(chunk)
 */
export function* junitReportChunks(reports: readonly FileReport[], name = 'teikit validate'): Generator<string> {
  const summary = summarize(reports);
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(name)}" tests="${summary.files}" failures="${summary.failed}" errors="0">`,
    ` <testsuite name="${xml(name)}" tests="${summary.files}" failures="${summary.failed}" errors="0" skipped="0">`,
    '',
  ].join('\n');
  for (const report of reports) {
    yield* testcaseChunks(report);
    yield '\n';
  }
  yield ' </testsuite>\n</testsuites>\n';
}

/** One file's testcase: its errors in a `<failure>`, its warnings and infos in `<system-out>`, a line each. */
function* testcaseChunks(report: FileReport): Generator<string> {
  const errors: Diagnostic[] = [];
  const others: Diagnostic[] = [];
  for (const d of report.diagnostics) (d.severity === 'error' ? errors : others).push(d);
  const open = `   <testcase classname="teikit.validate" name="${xml(report.file)}"`;
  if (errors.length === 0 && others.length === 0) {
    yield `${open}/>`;
    return;
  }
  yield `${open}>`;
  if (errors.length) {
    yield `\n    <failure message="${xml(`${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]!.message}`)}" type="${xml(errors[0]!.ruleId)}">`;
    yield* lines(errors);
    yield '</failure>';
  }
  if (others.length) {
    yield '\n    <system-out>';
    yield* lines(others);
    yield '</system-out>';
  }
  yield '\n  </testcase>';
}

/** Diagnostics as escaped text lines, separated by line breaks. */
function* lines(diagnostics: readonly Diagnostic[]): Generator<string> {
  for (let i = 0; i < diagnostics.length; i++) yield `${i ? '\n' : ''}${xml(formatDiagnostic(diagnostics[i]!))}`;
}

function xml(text: string): string {
  // XML 1.0 cannot carry most control characters, not even escaped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd').replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
