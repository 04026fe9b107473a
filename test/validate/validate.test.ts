// The validate API: the pipeline, inputs, configuration, locations, teiCorpus members, deep documents.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { TeiInputError, TeiUsageError } from '../../src/errors.js';
import { parseTei } from '../../src/parse/parseTei.js';
import { checkRulesConfig, configuredSeverity } from '../../src/validate/config.js';
import type { Validator } from '../../src/validate/context.js';
import { validate as validateFile } from '../../src/validate/node.js';
import { builtinRules } from '../../src/validate/rules/index.js';
import { validate } from '../../src/validate/validate.js';
import { editionPath, readText } from '../helpers.js';
import { ensureSchematronBuilt } from './schematronBuild.js';

const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"';
const brief = (d: { ruleId: string; line: number; column: number; severity: string }) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`;

beforeAll(() => ensureSchematronBuilt(), 120_000);

describe('the edition', () => {
  test('has nothing to report: no error, no warning, no info (edition rules and TEI Schematron)', () => {
    expect(validateFile(editionPath)).toEqual([]);
  });
});

describe('pipeline', () => {
  test('a document that does not parse gets one well-formed diagnostic, and nothing runs after it', () => {
    let ran = false;
    const spy: Validator = () => ((ran = true), []);
    expect(validate(`<TEI ${TEI}>\n  <p>a &nbsp; b</p>\n</TEI>`, { file: 'a.xml', validators: [spy] })).toEqual([
      {
        ruleId: 'well-formed',
        severity: 'error',
        message: expect.stringMatching(/^not well-formed: undefined entity &nbsp;/),
        file: 'a.xml',
        line: 2,
        column: 8,
        xpath: '/',
      },
    ]);
    expect(ran).toBe(false);
  });

  test('validators run after the edition rules, on the same context; results come in reading order', () => {
    const seen: string[] = [];
    const extra: Validator = (context) => {
      seen.push(context.file, context.text().slice(0, 4));
      const p = context.document.getElementsByTagName('p')[0]!;
      return [context.diagnostic('my-check', 'info', p, 'checked')];
    };
    const text = `<TEI ${TEI}><text><body><p>a<gap reason="lost"/></p></body></text></TEI>`;
    const at = (s: string) => text.indexOf(s) + 1;
    expect(validate(text, { file: 'a.xml', validators: [extra] }).map(brief)).toEqual([`1:${at('<p>')} info my-check`, `1:${at('<gap')} warning gap-extent`]);
    expect(seen).toEqual(['a.xml', '<TEI']);
  });

  test('a Document from parseTei gives the same diagnostics as its text (the serialised text feeds Schematron)', () => {
    const text = readText(join(__dirname, '..', 'fixtures', 'validate', 'pointer-resolves', 'fail.xml'));
    const fromText = validate(text, { file: 'f.xml' });
    const fromDocument = validate(parseTei(text, { file: 'f.xml' }), { file: 'f.xml' });
    // Without the source text, a pointer token inside a value cannot be located: the value's start is used.
    expect(fromDocument.map((d) => [d.ruleId, d.line, d.message])).toEqual(fromText.map((d) => [d.ruleId, d.line, d.message]));
  });

  test('the Node validate reads a path, text, or { text, file }; a missing file throws; bad UTF-8 is a diagnostic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-validate-'));
    const file = join(dir, 'a.xml');
    writeFileSync(file, `<TEI ${TEI}><text><body><p>a<gap reason="lost"/></p></body></text></TEI>`);
    const byPath = validateFile(file);
    expect(byPath.map((d) => [d.file, d.ruleId])).toEqual([[file, 'gap-extent']]);
    expect(validateFile({ text: readText(file), file: 'named.xml' }).map((d) => d.file)).toEqual(['named.xml']);
    expect(validateFile(readText(file), { file: 'given.xml', teiSchematron: false }).map((d) => d.file)).toEqual(['given.xml']);
    expect(() => validateFile(join(dir, 'missing.xml'))).toThrow(TeiInputError);
    writeFileSync(join(dir, 'latin1.xml'), Buffer.from([0x3c, 0x54, 0x45, 0x49, 0x3e, 0xe9, 0x3c, 0x2f, 0x54, 0x45, 0x49, 0x3e]));
    expect(validateFile(join(dir, 'latin1.xml')).map((d) => [d.ruleId, d.line, d.column])).toEqual([['well-formed', 1, 6]]);
  });
});

describe('configuration', () => {
  const text = `<TEI ${TEI}><text><body><p>a<gap/></p></body></text></TEI>`;

  test('off, severity, options', () => {
    const gap = text.indexOf('<gap') + 1;
    expect(validate(text).map(brief)).toEqual([`1:${gap} error gap-reason`, `1:${gap} warning gap-extent`]);
    expect(validate(text, { rules: { 'gap-reason': 'off', 'gap-extent': 'error' } }).map(brief)).toEqual([`1:${gap} error gap-extent`]);
    const reasons = `<TEI ${TEI}><text><body><p><gap reason="lost" extent="1 word"/><gap reason="water" extent="1 word"/></p></body></text></TEI>`;
    expect(validate(reasons, { rules: { 'gap-reason': ['water'] } }).map((d) => d.message)).toEqual(['unknown gap reason "lost": expected water']);
    const water = reasons.indexOf('water') + 1; // the token in @reason
    expect(validate(reasons, { rules: { 'gap-reason': { severity: 'info', options: ['lost'] } } }).map(brief)).toEqual([`1:${water} info gap-reason`]);
  });

  test('Schematron ids by prefix; the exact id wins', () => {
    expect(configuredSeverity({ 'tei:*': 'warning', 'tei:relatedItem/targetorcontent1': 'off' }, 'tei:relatedItem/targetorcontent1')).toBe('off');
    expect(configuredSeverity({ 'tei:*': 'warning' }, 'tei:ptr/ptrAtts')).toBe('warning');
    expect(configuredSeverity({ 'tei:*': 'warning' }, 'sch:x')).toBeUndefined();
    const fake: Validator = (context) => [context.diagnostic('tei:x/y', 'error', context.document.documentElement!, 'x')];
    expect(validate(`<TEI ${TEI}/>`, { validators: [fake], rules: { 'tei:*': 'info' } }).map(brief)).toEqual(['1:1 info tei:x/y']);
    expect(validate(`<TEI ${TEI}/>`, { validators: [fake], rules: { 'tei:*': 'off' } })).toEqual([]);
  });

  test('unknown rules and settings are refused', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(() => checkRulesConfig({ 'gap-reasons': 'off' }, ids)).toThrow(TeiUsageError);
    expect(() => checkRulesConfig({ 'gap-reason': 'fatal' }, ids)).toThrow(/invalid setting for rule "gap-reason"/);
    expect(() => checkRulesConfig([], ids)).toThrow(/must be an object/);
    expect(checkRulesConfig({ 'tei:anything': 'off', 'gap-reason': ['lost'] }, ids)).toEqual({ 'tei:anything': 'off', 'gap-reason': ['lost'] });
  });
});

describe('locations', () => {
  test('XPaths: TEI names plain, other namespaces expanded, positions among same-name siblings', () => {
    const text = `<TEI ${TEI} xmlns:x="urn:x">\n<text><body><p/><x:p/><p xml:id="a"/><p xml:id="a"/></body></text></TEI>`;
    const [d] = validate(text);
    const second = text.split('\n')[1]!.lastIndexOf('"a"') + 2; // the value of the second xml:id="a"
    expect(d).toMatchObject({ ruleId: 'id-unique', line: 2, column: second, xpath: '/TEI/text[1]/body[1]/p[3]/@xml:id' });
    const other = validate(text, { validators: [(c) => [c.diagnostic('x', 'info', c.document.getElementsByTagNameNS('urn:x', 'p')[0]!, 'x')]] });
    expect(other.find((o) => o.ruleId === 'x')?.xpath).toBe('/TEI/text[1]/body[1]/Q{urn:x}p[1]');
  });

  test('a pointer token inside a value is located at the token', () => {
    const text = `<TEI ${TEI}><text><body><p xml:id="a" corresp="#a  #zz"/></body></text></TEI>`;
    expect(validate(text).map(brief)).toEqual([`1:${text.indexOf('#zz') + 1} error pointer-resolves`]);
  });
});

describe('teiCorpus', () => {
  const header = `<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><availability><licence>x</licence></availability></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>`;
  const member = (standOff: string, ref: string) =>
    `<TEI>${header}<standOff>${standOff}</standOff><text><body><p><persName ref="${ref}">N</persName></p></body></text></TEI>`;
  const person = '<listPerson><person xml:id="n1"/></listPerson>';
  const place = '<listPlace><place xml:id="n1"/></listPlace>';

  test('ids repeated across members are reported', () => {
    const text = `<teiCorpus ${TEI}>\n${member(person, '#n1')}\n${member(person, '#n1')}\n</teiCorpus>`;
    const id = text.split('\n')[2]!.indexOf('"n1"') + 2;
    expect(validate(text).map(brief)).toEqual([`3:${id} error id-unique`]);
  });

  test('a pointer resolves in its own member first', () => {
    // Member 2's persName names its own n1, a place: a wrong kind, although member 1's n1 is a person.
    const text = `<teiCorpus ${TEI}>\n${member(person, '#n1')}\n${member(place, '#n1')}\n</teiCorpus>`;
    expect(validate(text).map((d) => `${d.line} ${d.ruleId}`)).toEqual(['3 id-unique', '3 pointer-target']);
  });
});

describe('large and deep documents', () => {
  test('20,000 levels of nesting do not overflow the stack', () => {
    const depth = 20_000;
    const text = `<TEI ${TEI}><text><body>${'<seg>'.repeat(depth)}<gap reason="lost"/>${'</seg>'.repeat(depth)}</body></text></TEI>`;
    expect(validate(text).map((d) => d.ruleId)).toEqual(['gap-extent']);
    // SaxonJS's parser runs out of stack on such a document: one diagnostic says so, and nothing is thrown.
    expect(validateFile(text).map((d) => [d.ruleId, d.line, d.column])).toEqual([
      ['tei:schematron', 1, 1],
      ['gap-extent', 1, 42 + '<text><body>'.length + '<seg>'.length * depth],
    ]);
  });

  test('the rules stay linear: ten thousand paragraphs with pointers and duplicates', () => {
    const n = 10_000;
    const body = Array.from({ length: n }, (_, i) => `<p xml:id="p${i % (n / 2)}" corresp="#p${i} #q${i}"><gap reason="lost" extent="1"/></p>`).join('\n');
    const diagnostics = validate(`<TEI ${TEI}><text><body>\n${body}\n</body></text></TEI>`);
    const counts: Record<string, number> = {};
    for (const d of diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
    expect(counts).toEqual({ 'id-unique': n / 2, 'pointer-resolves': n + n / 2 });
  });
});

describe('RELAX NG in the pipeline', () => {
  const text = `<TEI ${TEI}><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt>
<sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body>
<p>one <bogus/> two</p></body></text></TEI>`;
  const schemaErrors = (diagnostics: { ruleId: string; line: number; column: number; severity: string }[]) =>
    diagnostics.filter((d) => d.ruleId === 'schema').map(brief);

  test('text and a parsed Document give the schema error at the same start tag, sorted among the rules', () => {
    const fromText = validateFile({ text, file: 'a.xml' }, { schema: 'tei_all', teiSchematron: false });
    const fromDocument = validateFile(parseTei(text), { schema: 'tei_all', teiSchematron: false, file: 'a.xml' });
    expect(schemaErrors(fromText)).toEqual(['3:8 error schema']);
    expect(schemaErrors(fromDocument)).toEqual(['3:8 error schema']);
    expect(fromText.find((d) => d.ruleId === 'schema')).toMatchObject({ file: 'a.xml', xpath: '/TEI/text[1]/body[1]/p[1]/bogus[1]' });
  });

  test('rules configuration applies to schema diagnostics too', () => {
    const diagnostics = validateFile({ text, file: 'a.xml' }, { schema: 'tei_all', teiSchematron: false, rules: { schema: 'warning' } });
    expect(schemaErrors(diagnostics)).toEqual(['3:8 warning schema']);
  });

  test('a schema that cannot be loaded is thrown, not reported as a document problem', () => {
    expect(() => validateFile(text, { schema: join(tmpdir(), 'no-such-schema.rng') })).toThrow(TeiInputError);
  });
});
