/**
 * The JUnit XML report, for CI systems that show test results: one testsuite, one testcase per file; a file with
 * errors has a `<failure>` listing them; warnings and infos go to the testcase's `<system-out>`. Browser-safe.
 */
import { summarize, type FileReport } from './fileReport.js';
import { formatDiagnostic } from './text.js';

/**
 * The report as JUnit XML.
 *
 * @example
 * writeFileSync('teikit-junit.xml', formatJunitReport(reports))
 */
export function formatJunitReport(reports: readonly FileReport[], name = 'teikit validate'): string {
  const summary = summarize(reports);
  const cases = reports.map((report) => {
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    const others = report.diagnostics.filter((d) => d.severity !== 'error');
    const failure = errors.length
      ? `\n    <failure message="${xml(`${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]!.message}`)}" type="${xml(errors[0]!.ruleId)}">${xml(errors.map(formatDiagnostic).join('\n'))}</failure>`
      : '';
    const out = others.length ? `\n    <system-out>${xml(others.map(formatDiagnostic).join('\n'))}</system-out>` : '';
    const body = failure + out;
    return `  <testcase classname="teikit.validate" name="${xml(report.file)}"${body ? `>${body}\n  </testcase>` : '/>'}`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(name)}" tests="${summary.files}" failures="${summary.failed}" errors="0">`,
    ` <testsuite name="${xml(name)}" tests="${summary.files}" failures="${summary.failed}" errors="0" skipped="0">`,
    ...cases.map((c) => ` ${c}`),
    ' </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function xml(text: string): string {
  // XML 1.0 cannot carry most control characters, not even escaped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd').replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
