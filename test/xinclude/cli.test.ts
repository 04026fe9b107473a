// XInclude through the built CLI, in every command that reads TEI (one file and batches): assembled when asked,
// diagnostics in the files they come from, and a refused include an error at the xi:include whose target never
// reaches any output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers.js';
import { SECRET, TEI, teiDocument, writeTree } from './tree.js';

const page = `<div ${TEI}>\n  <head>A page</head>\n  <p>Words from the included page.</p>\n  <p><ref target="#nowhere">dangling</ref></p>\n</div>\n`;

function goodTree() {
  return writeTree({ 'main.xml': teiDocument('<xi:include href="pages/p1.xml"/>'), 'pages/p1.xml': page });
}

/** Every file below `folder`, read as text. */
function outputs(folder: string): string {
  if (!existsSync(folder)) return '';
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe('--xinclude assembles the document', () => {
  test('html, text, info and validate of one file', async () => {
    const cwd = goodTree();
    const html = await runCli(['html', 'main.xml', '--xinclude'], { cwd });
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('Words from the included page.');
    const text = await runCli(['text', 'main.xml', '--xinclude'], { cwd });
    expect(text.stdout).toContain('Words from the included page.');
    // Off by default: the include is not followed.
    expect((await runCli(['text', 'main.xml'], { cwd })).stdout).not.toContain('Words from the included page.');

    const info = await runCli(['info', 'main.xml', '--xinclude', '--json'], { cwd });
    expect(JSON.parse(info.stdout)).toMatchObject({ root: 'TEI', fragment: false, includedFiles: [join('pages', 'p1.xml')] });

    const validate = await runCli(['validate', 'main.xml', '--xinclude', '--no-tei-schematron'], { cwd });
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(`${join('pages', 'p1.xml')}:4:19: error: @target points to "#nowhere"`);
  });

  test('batches: html, text and validate in workers', async () => {
    const cwd = goodTree();
    for (const command of ['html', 'text']) {
      const run = await runCli([command, 'main.xml', 'pages/p1.xml', '--xinclude', '--out-dir', 'out', '--jobs', '2'], { cwd });
      expect(run.code, run.stderr).toBe(0);
      expect(outputs(join(cwd, 'out'))).toMatch(/Words from the included page\.[\s\S]*Words from the included page\./);
    }
    const validate = await runCli(['validate', 'main.xml', 'pages/p1.xml', '--xinclude', '--no-tei-schematron', '--format', 'json'], { cwd });
    const report = JSON.parse(validate.stdout) as { files: Array<{ file: string; diagnostics: Array<{ file: string; line: number; severity: string }> }> };
    const diagnostics = report.files.flatMap((f) => f.diagnostics).map((d) => `${d.file}:${d.line} ${d.severity}`);
    // In the assembled document the pointer is an error; in the page alone, a fragment, it may point elsewhere.
    expect(diagnostics).toEqual([`${join('pages', 'p1.xml')}:4 error`, `${join('pages', 'p1.xml')}:4 warning`]);
  });
});

describe('a refused include is an error at the xi:include, and its target reaches no output', () => {
  const hrefs = [
    ['../secret.xml', 'xml'],
    ['../secret.txt', 'text'],
    ['/etc/hostname', 'text'],
    ['file:///etc/hostname', 'text'],
  ];
  test.each(hrefs)('%s as %s', async (href, parse) => {
    const cwd = writeTree({ 'main.xml': teiDocument(`<p>Before</p>\n<xi:include href="${href}" parse="${parse}"/>`) });
    const runs = [
      await runCli(['html', 'main.xml', '--xinclude'], { cwd }),
      await runCli(['text', 'main.xml', '--xinclude'], { cwd }),
      await runCli(['info', 'main.xml', '--xinclude'], { cwd }),
      await runCli(['html', 'main.xml', '--xinclude', '-o', 'page.html'], { cwd }),
    ];
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/^main\.xml:7:13: error: refused to include /);
      expect(run.stdout + run.stderr).not.toContain(SECRET);
    }
    expect(existsSync(join(cwd, 'page.html'))).toBe(false);
    for (const command of ['html', 'text']) {
      const batch = await runCli([command, 'main.xml', '--xinclude', '--out-dir', 'out'], { cwd });
      expect(batch.code).toBe(1);
      expect(batch.stderr).toContain('main.xml:7:13: error: refused to include');
      expect(batch.stdout + batch.stderr + outputs(join(cwd, 'out'))).not.toContain(SECRET);
    }
    for (const format of ['text', 'json']) {
      const validate = await runCli(['validate', 'main.xml', '--xinclude', '--format', format], { cwd });
      expect(validate.code).toBe(1);
      expect(validate.stdout).toMatch(format === 'text' ? /main\.xml:7:13: error: refused to include .*\[xinclude\]/ : /"ruleId": "xinclude"/);
      expect(validate.stdout + validate.stderr).not.toContain(SECRET);
    }
  });

  test('--xinclude-root widens the root, and only when given', async () => {
    const cwd = writeTree({
      'ox/main.xml': teiDocument('<xi:include href="../shared/part.xml"/>'),
      'shared/part.xml': `<p ${TEI}>Shared words</p>`,
    });
    const refused = await runCli(['text', 'ox/main.xml', '--xinclude'], { cwd });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--xinclude-root');
    const widened = await runCli(['text', 'ox/main.xml', '--xinclude-root', '.'], { cwd });
    expect(widened.code, widened.stderr).toBe(0);
    expect(widened.stdout).toContain('Shared words');
    expect((await runCli(['text', 'ox/main.xml', '--xinclude-root', 'nowhere'], { cwd })).stderr).toMatch(/XInclude root nowhere is not a folder/);
  });
});
