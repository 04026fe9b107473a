// Schematron on saxon-js: TEI's own constraints on crafted cases (hand-checked expected diagnostics), on the edition
// and on the TEI Stylesheets validation files (whose expected log has no Schematron message); a project ODD's
// constraints; the compiler's features on a user schema. Regenerate the expected JSON with UPDATE_FIXTURES=1.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { TeiInputError } from '../../src/errors.js';
import { nodeSaxon } from '../../src/node/transform.js';
import { schematronFile, teiSchematron } from '../../src/validate/schematron/node.js';
import { validate } from '../../src/validate/validate.js';
import type { Validator } from '../../src/validate/context.js';
import { corpusDir, editionPath, repoRoot } from '../helpers.js';
import { ensureSchematronBuilt } from './schematronBuild.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'validate');
const update = process.env.UPDATE_FIXTURES === '1';
const validationDir = join(corpusDir, 'tei-stylesheets', 'validation');

beforeAll(() => ensureSchematronBuilt(), 120_000);

/** Only what the Schematron validators find (the edition rules are tested elsewhere). */
function schematronDiagnostics(path: string, validators: Validator[], file = path.replace(/.*\//, '')) {
  return validate(readFileSync(path, 'utf8'), { file, validators })
    .filter((d) => d.ruleId.includes(':'))
    .map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }));
}

function expectFixture(actual: unknown, expectedPath: string) {
  if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
  expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
}

describe("TEI's constraints", () => {
  const dir = join(fixtures, 'schematron-tei');
  const cases = readdirSync(dir).filter((f) => f.endsWith('.xml'));

  test.each(cases)('%s', (name) => {
    expectFixture(schematronDiagnostics(join(dir, name), [teiSchematron()]), join(dir, name.replace(/\.xml$/, '.expected.json')));
  });

  test('the edition meets them', () => {
    expect(schematronDiagnostics(editionPath, [teiSchematron()])).toEqual([]);
  });

  test('the TEI Stylesheets validation files: no Schematron message, as in their expected log', () => {
    const log = readFileSync(join(validationDir, 'testPure1InvalidInstanceRngMessages.txt'), 'utf8');
    expect(log).not.toMatch(/schematron|assert|report/i);
    for (const name of ['testPure1InvalidInstance.xml', 'testPure1ValidInstance.xml']) {
      expect(schematronDiagnostics(join(validationDir, name), [teiSchematron()])).toEqual([]);
    }
  });
});

describe("a project ODD's constraints (testPure1.odd: linkGrp has at most eight children)", () => {
  let odd: Validator;
  beforeAll(() => {
    odd = schematronFile(join(validationDir, 'testPure1.odd'));
  }, 120_000);

  test('none on the validation instances, as in the expected log', () => {
    for (const name of ['testPure1InvalidInstance.xml', 'testPure1ValidInstance.xml']) {
      expect(schematronDiagnostics(join(validationDir, name), [odd])).toEqual([]);
    }
  });

  test('one on a linkGrp of nine links', () => {
    const links = Array.from({ length: 9 }, () => '<link target="#a #b"/>').join('');
    const text = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p xml:id="a">a</p><p xml:id="b">b</p>\n<linkGrp>${links}</linkGrp></body></text></TEI>`;
    const found = validate(text, { file: 'links.xml', validators: [odd] }).filter((d) => d.ruleId.startsWith('sch:'));
    expect(found.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))).toEqual([
      { ruleId: 'sch:eight_is_enough', line: 2, column: 1, message: 'Too many links!' },
    ]);
  });
});

describe("teikit's Schematron compiler", () => {
  const dir = join(fixtures, 'schematron');

  test("TEI's root-anchored rule is evaluated once, not matched on every element (it would be quadratic)", () => {
    const compiler = JSON.parse(readFileSync(join(repoRoot, 'dist', 'xslt', 'schematron-compile.sef.json'), 'utf8'));
    const sch = readFileSync(join(repoRoot, 'xslt', 'schematron', 'tei-p5.sch'), 'utf8');
    const { principalResult: xslt } = nodeSaxon().transform({ stylesheetInternal: compiler, sourceText: sch, destination: 'serialized' }, 'sync') as {
      principalResult: string;
    };
    const anchor = /<xsl:variable name="(tk:anchor-\d+-1)" select="\/\*\[ count\( \/\/tei:constraintDecl \) gt 1 \]"\/>/.exec(xslt);
    expect(anchor).not.toBeNull();
    expect(xslt).toContain(`match="node()[some $a in $${anchor![1]} satisfies $a is .]"`);
    expect(xslt).not.toContain('match="/*[ count( //tei:constraintDecl ) gt 1 ]"');
    // The walk offers the anchored nodes directly, besides the candidate elements.
    expect(xslt).toMatch(new RegExp(`<xsl:apply-templates mode="tk:all" select="\\(descendant::element\\(\\)\\[[^"]*\\] \\| \\$${anchor![1]}\\), `));
  });

  test('features: asserts, reports, roles, lets, diagnostics, abstract rules, attribute/text/root contexts, errors', () => {
    const validator = schematronFile(join(dir, 'features.sch'));
    expectFixture(schematronDiagnostics(join(dir, 'features.xml'), [validator]), join(dir, 'features.expected.json'));
  }, 120_000);

  test('unsupported constructs are refused with their name', () => {
    expect(() => schematronFile(join(dir, 'unsupported.sch'))).toThrow(TeiInputError);
    expect(() => schematronFile(join(dir, 'unsupported.sch'))).toThrow(/unsupported Schematron construct: pattern/);
  });

  test('a file that is not Schematron is refused', () => {
    expect(() => schematronFile(editionPath)).toThrow(/not a Schematron schema/);
    expect(() => schematronFile(join(dir, 'no-such.sch'))).toThrow(/no such Schematron file/);
  });
});
