// `teikit validate` in-process, through the command's `run` with a fake io (test/cli.test.ts has the io's shape);
// once the command is registered in src/cli/main.ts these can go through `main(['validate', ...], io)`.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { validate } from '../../src/cli/commands/validate.js';
import { TeiUsageError } from '../../src/errors.js';
import { editionPath, repoRoot } from '../helpers.js';
import { ensureSchematronBuilt } from './schematronBuild.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'validate');
const gapFail = relative(process.cwd(), join(fixtures, 'gap-extent', 'fail.xml'));
const gapPass = relative(process.cwd(), join(fixtures, 'gap-extent', 'pass.xml'));
const idFail = relative(process.cwd(), join(fixtures, 'id-unique', 'fail.xml'));

beforeAll(() => ensureSchematronBuilt(), 120_000);

async function run(positionals: string[], values: Record<string, string | boolean | string[]> = {}, { tty = false, stdin = '' } = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: tty },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: (async function* () {
      yield stdin;
    })(),
  };
  const code = await validate.run({ positionals, values }, io);
  return { code, stdout, stderr };
}

describe('teikit validate', () => {
  test('jing-like lines, a summary, exit 0 when only warnings', async () => {
    const { code, stdout, stderr } = await run([gapFail]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `${gapFail}:19:14: warning: <gap> does not say how much is missing: add @extent, or @quantity and @unit, or @atLeast/@atMost and @unit [gap-extent]`,
        `${gapFail}:19:39: warning: <gap> gives a quantity without @unit: add @unit (character, word, line...) [gap-extent]`,
        `${gapFail}:19:79: warning: <gap> gives a quantity without @unit: add @unit (character, word, line...) [gap-extent]`,
        '1 passed, 0 failed (0 errors, 3 warnings, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  test('exit 1 when any file has an error; files in order, each once', async () => {
    const { code, stdout } = await run([idFail, gapPass, idFail]);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines.filter((l) => l.includes('[id-unique]'))).toHaveLength(3);
    expect(lines.at(-1)).toBe('1 passed, 1 failed (3 errors, 0 warnings, 0 infos)');
  });

  test('the edition passes with nothing to say', async () => {
    const { code, stdout } = await run([editionPath]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '1 passed, 0 failed (0 errors, 0 warnings, 0 infos)\n' });
  });

  test('a code frame under each line in a terminal', async () => {
    const { stdout } = await run([idFail], {}, { tty: true });
    expect(stdout).toContain(`${idFail}:21:18: error: duplicate xml:id "p1": already used on <p> at line 19 [id-unique]\n  19 |       <p xml:id="p1">One.</p>\n  20 |       <p xml:id="p2">Two.</p>\n> 21 |       <p xml:id="p1">Three.</p>\n     |                  ^\n`);
  });

  test('--rules: off, severities and options from a JSON file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-validate-'));
    const config = join(dir, 'rules.json');
    writeFileSync(config, JSON.stringify({ 'id-unique': 'warning', 'gap-extent': 'off' }));
    const { code, stdout } = await run([idFail, gapFail], { rules: config });
    expect(code).toBe(0);
    expect(stdout).not.toContain('[gap-extent]');
    expect(stdout).toContain('warning: duplicate xml:id');
    writeFileSync(config, JSON.stringify({ 'gap-extents': 'off' }));
    await expect(run([gapFail], { rules: config })).rejects.toThrow(/unknown rule "gap-extents"/);
    await expect(run([gapFail], { rules: join(dir, 'missing.json') })).rejects.toThrow(TeiUsageError);
  });

  test('--format json', async () => {
    const { code, stdout } = await run([idFail, gapPass], { format: 'json' });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ files: 2, passed: 1, failed: 1, errors: 3, warnings: 0, infos: 0 });
    expect(report.files.map((f: { file: string; passed: boolean }) => [f.file, f.passed])).toEqual([
      [gapPass, true],
      [idFail, false],
    ]);
    expect(report.files[1].diagnostics[0]).toEqual({
      ruleId: 'id-unique',
      severity: 'error',
      message: 'duplicate xml:id "p1": already used on <p> at line 19',
      file: idFail,
      line: 21,
      column: 18,
      xpath: '/TEI/text[1]/body[1]/p[3]/@xml:id',
      related: [{ message: 'first xml:id "p1"', file: idFail, line: 19, column: 18, xpath: '/TEI/text[1]/body[1]/p[1]/@xml:id' }],
    });
  });

  test('--format junit: one testcase per file, a failure for errors', async () => {
    const { stdout } = await run([idFail, gapFail], { format: 'junit' });
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="teikit validate" tests="2" failures="1" errors="0">/);
    expect(stdout.match(/<testcase /g)).toHaveLength(2);
    expect(stdout).toContain(`<testcase classname="teikit.validate" name="${gapFail}">\n    <system-out>`);
    expect(stdout).toMatch(/<failure message="3 errors: duplicate xml:id &quot;p1&quot;[^"]*" type="id-unique">/);
  });

  test('--format sarif: SARIF 2.1.0 with rules, levels, regions and logical locations', async () => {
    const { stdout } = await run([idFail, gapFail], { format: 'sarif' });
    const sarif = JSON.parse(stdout);
    expect(sarif.version).toBe('2.1.0');
    const [run0] = sarif.runs;
    expect(run0.tool.driver.name).toBe('teikit');
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['gap-extent', 'id-unique']);
    expect(run0.tool.driver.rules[1].shortDescription.text).toBe('Every xml:id is unique in the document.');
    expect(run0.results).toHaveLength(6);
    expect(run0.results.find((r: { ruleId: string }) => r.ruleId === 'gap-extent').level).toBe('warning');
    expect(run0.results[0].locations[0]).toEqual({
      physicalLocation: { artifactLocation: { uri: gapFail }, region: { startLine: 19, startColumn: 14 } },
      logicalLocations: [{ fullyQualifiedName: '/TEI/text[1]/body[1]/p[1]/gap[1]', kind: 'element' }],
    });
  });

  test('--format github: workflow commands', async () => {
    const { stdout } = await run([idFail], { format: 'github' });
    expect(stdout.split('\n')[0]).toBe(`::error file=${idFail},line=21,col=18,title=id-unique::duplicate xml:id "p1": already used on <p> at line 19`);
    expect(stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed (3 errors, 0 warnings, 0 infos)');
  });

  test('directories and globs; a glob that matches nothing is a usage error', async () => {
    const dir = relative(process.cwd(), join(fixtures, 'gap-reason'));
    const byDir = await run([dir], { 'no-tei-schematron': true });
    expect(byDir.stdout.trim().split('\n').at(-1)).toBe('1 passed, 1 failed (3 errors, 0 warnings, 0 infos)');
    const byGlob = await run([`${relative(process.cwd(), fixtures)}/gap-*/pass.xml`], { 'no-tei-schematron': true });
    expect(byGlob.stdout).toBe('3 passed, 0 failed (0 errors, 0 warnings, 0 infos)\n');
    await expect(run(['no/such/*.xml'])).rejects.toThrow(/no files match "no\/such\/\*.xml"/);
  });

  test('a file that cannot be read or parsed fails, and the run goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-validate-'));
    mkdirSync(join(dir, 'in'));
    const broken = join(dir, 'in', 'broken.xml');
    writeFileSync(broken, '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <p>a</q>\n</TEI>\n');
    const { code, stdout } = await run([broken, join(dir, 'missing.xml'), gapPass]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        `${broken}:2:7: error: not well-formed: Opening and ending tag mismatch: "p" != "q" [well-formed]`,
        `${join(dir, 'missing.xml')}: error: no such file: ${join(dir, 'missing.xml')} [input]`,
        '1 passed, 2 failed (2 errors, 0 warnings, 0 infos)',
        '',
      ].join('\n'),
    );
  });

  test('standard input with -', async () => {
    const { code, stdout } = await run(['-'], {}, { stdin: '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>a<gap reason="faded"/></p></body></text></TEI>' });
    expect(code).toBe(0);
    expect(stdout).toContain('<stdin>:1:58: warning: <gap> does not say how much is missing');
  });

  test('usage errors', async () => {
    await expect(run([])).rejects.toThrow(/missing argument: usage: teikit validate/);
    await expect(run([gapPass], { format: 'xml' })).rejects.toThrow(/unknown format "xml"/);
    await expect(run([gapPass], { schematron: ['no/such.sch'] })).rejects.toThrow(TeiUsageError);
    await expect(run([gapPass], { schematron: [join(fixtures, 'schematron', 'unsupported.sch')] })).rejects.toThrow(/unsupported Schematron construct/);
  });

  test('--schematron: a project schema on top of TEI\'s, compiled once for all files', async () => {
    const sch = join(fixtures, 'schematron', 'features.sch');
    const { code, stdout } = await run([join(fixtures, 'schematron', 'features.xml'), editionPath], { schematron: [sch] });
    expect(code).toBe(1);
    expect(stdout).toMatch(/features\.xml:13:9: error: the place ROME is one of 2 in teikit \(the fixture allows one place\) \[sch:lets\]/);
    // The edition meets TEI's constraints, not this fixture schema's (its register's persNames have no @ref).
    expect(stdout).toMatch(/darusenkov-1964-10-16\.xml:\d+:\d+: error: persName "Ernesto Guevara Serna" has no @ref \[sch:persName-ref\]/);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^0 passed, 2 failed \(/);
  }, 120_000);
});

describe('teikit validate --schema (RELAX NG in the same report)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teikit-schema-'));
  const tei = (body: string, prolog = '') =>
    `${prolog}<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>` +
    `<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>` +
    `<text><body>${body}</body></text></TEI>\n`;
  const invalid = join(dir, 'invalid.xml');
  writeFileSync(invalid, tei('<p>a <bogus/> b</p>'));
  const schemaFile = join(dir, 'only-p.rng');
  // A project schema: a TEI header of anything, and a body of paragraphs of text.
  writeFileSync(
    schemaFile,
    `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.tei-c.org/ns/1.0">
      <start><element name="TEI"><element name="teiHeader"><ref name="any"/></element>
        <element name="text"><element name="body"><oneOrMore><element name="p"><text/></element></oneOrMore></element></element>
      </element></start>
      <define name="any"><zeroOrMore><choice><element><anyName/><ref name="any"/></element><attribute><anyName/></attribute><text/></choice></zeroOrMore></define>
    </grammar>`,
  );
  const modelled = join(dir, 'modelled.xml');
  writeFileSync(modelled, tei('<p>a <bogus/> b</p>', '<?xml-model href="only-p.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n'));

  test('tei_all: the schema error is reported with its line and column, rule "schema", exit 1', async () => {
    const { code, stdout } = await run([invalid], { schema: 'tei_all', 'no-tei-schematron': true });
    expect(code).toBe(1);
    expect(stdout).toMatch(/invalid\.xml:1:\d+: error: element "bogus" not allowed anywhere; expected .* \[schema\]\n/);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^0 passed, 1 failed \(1 error, /);
  });

  test('the shipped edition is valid against tei_all', async () => {
    const { code, stdout } = await run([editionPath], { schema: 'tei_all' });
    expect({ code, stdout }).toEqual({ code: 0, stdout: '1 passed, 0 failed (0 errors, 0 warnings, 0 infos)\n' });
  });

  test('a .rng file, and the schema a document names in <?xml-model?>', async () => {
    const byPath = await run([invalid], { schema: schemaFile, 'no-tei-schematron': true });
    const byModel = await run([modelled], { schema: 'xml-model', 'no-tei-schematron': true });
    for (const { code, stdout } of [byPath, byModel]) {
      expect(code).toBe(1);
      expect(stdout).toMatch(/\.xml:\d+:\d+: error: element "bogus" not allowed here; expected the element end-tag or text \[schema\]/);
    }
    const none = await run([invalid], { schema: 'xml-model', 'no-tei-schematron': true });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('warning: no local RELAX NG schema named in <?xml-model?>');
  });

  test('a schema that cannot be read or compiled is misuse (exit 2 through main), before any file is read', async () => {
    await expect(run([invalid], { schema: join(dir, 'missing.rng') })).rejects.toThrow(TeiUsageError);
    const broken = join(dir, 'broken.rng');
    writeFileSync(broken, '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="nowhere"/></start></grammar>');
    await expect(run([invalid], { schema: broken })).rejects.toThrow(/broken\.rng.*nowhere/);
  });
});
