// Fragments validated as projects keep them, through the built CLI: the Shelley-Godwin pages (root <surface>)
// against the project's page schema given by path and named by their own <?xml-model?> (RELAX NG and the Schematron
// embedded in it), with jing's verdicts (recorded by test/relaxng/tei-parity.test.ts); against tei_all, a fragment
// is a schema error at its root, as jing says, and the edition rules still run.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { repoRoot, runCli } from '../helpers.js';
import { sgaNotebook, sgaPageRng, sgaPagesDir, sgaPageVerdictsFile } from '../relaxng/helpers.js';

interface JsonReport {
  files: Array<{ file: string; diagnostics: Array<{ ruleId: string; severity: string; line: number; message: string }> }>;
}

const pages = readdirSync(sgaPagesDir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(sgaPagesDir, f));
/** jing's verdict per page against the page schema: its first error line, 0 for a valid page. */
const jing = new Map(
  readFileSync(sgaPageVerdictsFile, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([file, , errors, firstLine]) => [file!, Number(errors) > 0 ? Number(firstLine) : 0]),
);

function schemaVerdicts(report: JsonReport): Map<string, number> {
  return new Map(
    report.files.map((f) => {
      const errors = f.diagnostics.filter((d) => d.ruleId === 'schema' && d.severity === 'error');
      return [relative(repoRoot, f.file), errors[0]?.line ?? 0];
    }),
  );
}

describe('the pages against the project\'s page schema', () => {
  let byPath: JsonReport;
  let byModel: JsonReport;
  beforeAll(async () => {
    const [path, model] = await Promise.all([
      runCli(['validate', '--schema', sgaPageRng, '--no-tei-schematron', '--format', 'json', ...pages], { timeout: 300_000 }),
      runCli(['validate', '--schema', 'xml-model', '--format', 'json', ...pages], { timeout: 300_000 }),
    ]);
    expect(path.stderr).toBe('');
    expect(model.stderr).toBe('');
    byPath = JSON.parse(path.stdout) as JsonReport;
    byModel = JSON.parse(model.stdout) as JsonReport;
  }, 320_000);

  test('--schema page.rng gives jing\'s verdict on every page (91 valid, 2 invalid, on jing\'s line)', () => {
    expect(jing.size).toBe(93);
    expect(schemaVerdicts(byPath)).toEqual(jing);
    expect([...jing.values()].filter((line) => line === 0)).toHaveLength(91);
  });

  test('--schema xml-model finds the same schema from each page, and runs the Schematron it names too', async () => {
    expect(schemaVerdicts(byModel)).toEqual(jing);
    // The first <?xml-model?> names the .rng as Schematron: its embedded rules ran (none fires on these pages),
    // alongside TEI's own Schematron; neither reports a problem with the schema itself.
    const all = byModel.files.flatMap((f) => f.diagnostics);
    expect(all.filter((d) => /cannot be used|no local RELAX NG schema/.test(d.message))).toEqual([]);

    // A copy of a page beside a copy of the schema, with an addSpan whose @spanTo names nothing: the schema's
    // embedded Schematron (spanTo must point to a following element) says so.
    const dir = mkdtempSync(join(tmpdir(), 'teikit-sga-'));
    mkdirSync(join(dir, 'schemata'));
    mkdirSync(join(dir, 'tei', 'ox', 'pages'), { recursive: true });
    copyFileSync(sgaPageRng, join(dir, 'schemata', 'shelley-godwin-page.rng'));
    const page = readFileSync(pages[4]!, 'utf8').replace('<addSpan spanTo="#e1-0006.06"', '<addSpan spanTo="#nowhere"');
    expect(page).toContain('#nowhere');
    writeFileSync(join(dir, 'tei', 'ox', 'pages', 'page.xml'), page);
    const run = await runCli(['validate', '--schema', 'xml-model', '--no-tei-schematron', 'tei/ox/pages/page.xml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/page\.xml:\d+:\d+: error: .*spanTo.* \[sch:/);
  });
});

describe('fragments against tei_all, and schemas that are named but missing', () => {
  test('a fragment is a schema error at its root, as jing words it, and the edition rules still run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-fragment-'));
    writeFileSync(join(dir, 'chapter.xml'), '<div xmlns="http://www.tei-c.org/ns/1.0">\n  <head>One</head>\n  <p>Lost <gap/> words.</p>\n</div>\n');
    const run = await runCli(['validate', '--schema', 'tei_all', '--no-tei-schematron', 'chapter.xml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'chapter.xml:1:1: error: element "div" not allowed here; expected element "TEI" or "teiCorpus" [schema]',
      'chapter.xml:3:11: error: <gap> has no @reason: say why the text is missing [gap-reason]',
      'chapter.xml:3:11: warning: <gap> does not say how much is missing: add @extent, or @quantity and @unit, or @atLeast/@atMost and @unit [gap-extent]',
    ]);
    expect(run.stdout).not.toContain('well-formed');
  });

  test('a page against tei_all: the same first error as jing', async () => {
    const run = await runCli(['validate', '--schema', 'tei_all', '--no-tei-schematron', pages[4]!]);
    expect(run.stdout).toContain('error: element "surface" not allowed here; expected element "TEI" or "teiCorpus" [schema]');
  });

  test('the notebook names a schema that is not there: an error in the document, naming it', async () => {
    const run = await runCli(['validate', '--schema', 'xml-model', '--no-tei-schematron', sgaNotebook]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ox-ms_shelley_e1\.xml:2:\d+: error: the <\?xml-model\?> schema \.\.\/\.\.\/schemata\/shelley_godwin_odd\.rng cannot be used: no such schema file: .*shelley_godwin_odd\.rng \[schema\]/);
  });
});
