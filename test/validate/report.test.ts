// Report formats on a fixed set of diagnostics (the CLI tests run them end to end).
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/validate/diagnostic.js';
import { formatReport, summarize, summaryLine, type FileReport } from '../../src/validate/report/index.js';

const d = (over: Partial<Diagnostic>): Diagnostic => ({
  ruleId: 'gap-extent',
  severity: 'warning',
  message: 'm',
  file: 'a.xml',
  line: 3,
  column: 5,
  xpath: '/TEI/text[1]',
  ...over,
});
const reports: FileReport[] = [
  { file: 'a.xml', diagnostics: [d({}), d({ ruleId: 'id-unique', severity: 'error', message: 'x, y: 100% <a> & "b"\nnext' })] },
  { file: 'dir/b c.xml', diagnostics: [d({ file: 'dir/b c.xml', severity: 'info', ruleId: 'tei:a/b' })] },
];

describe('reports', () => {
  test('summary', () => {
    expect(summarize(reports)).toEqual({ files: 2, passed: 1, failed: 1, errors: 1, warnings: 1, infos: 1 });
    expect(summaryLine(summarize(reports))).toBe('1 passed, 1 failed (1 error, 1 warning, 1 info)');
  });

  test('text', () => {
    expect(formatReport(reports, 'text')).toBe(
      [
        'a.xml:3:5: warning: m [gap-extent]',
        'a.xml:3:5: error: x, y: 100% <a> & "b"\nnext [id-unique]',
        'dir/b c.xml:3:5: info: m [tei:a/b]',
        '1 passed, 1 failed (1 error, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
  });

  test('github: data and properties escaped', () => {
    expect(formatReport(reports, 'github').split('\n')).toEqual([
      '::warning file=a.xml,line=3,col=5,title=gap-extent::m',
      '::error file=a.xml,line=3,col=5,title=id-unique::x, y: 100%25 <a> & "b"%0Anext',
      '::notice file=dir/b c.xml,line=3,col=5,title=tei%3Aa/b::m',
      '1 passed, 1 failed (1 error, 1 warning, 1 info)',
      '',
    ]);
  });

  test('junit: escaped, one testcase per file', () => {
    const xml = formatReport(reports, 'junit');
    expect(xml).toContain('<failure message="1 error: x, y: 100% &lt;a&gt; &amp; &quot;b&quot;\nnext" type="id-unique">');
    expect(xml).toContain('<testcase classname="teikit.validate" name="dir/b c.xml">\n    <system-out>dir/b c.xml:3:5: info: m [tei:a/b]</system-out>');
  });

  test('sarif: levels and percent-encoded URIs', () => {
    const sarif = JSON.parse(formatReport(reports, 'sarif', { version: '9.9.9' }));
    expect(sarif.runs[0].tool.driver.version).toBe('9.9.9');
    expect(sarif.runs[0].results.map((r: { level: string }) => r.level)).toEqual(['warning', 'error', 'note']);
    expect(sarif.runs[0].artifacts[1].location.uri).toBe('dir/b%20c.xml');
  });
});
