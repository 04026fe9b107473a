// Messages that tei_all never produced and a project schema does: found by validating altered Shelley-Godwin pages
// with jing and teikit side by side (the page schema types xml:id as ID, as tei_all does, but projects also use
// IDREF, list types and typed values). Each expectation is jing's output, word for word; when jing is installed it
// is run on the same schema and instance and must still say exactly this.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileSchemaFile, validateFileAgainstSchema } from '../../src/validate/relaxng/node.js';
import { hasJing, runJing } from './helpers.js';

const RNG = 'xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"';
const attribute = (name: string, pattern: string) => `<optional><attribute name="${name}">${pattern}</attribute></optional>`;

/** Write the schema and instance, validate with teikit: `line: message`, with each first occurrence of an ID as jing lists it. */
async function both(schema: string, lines: string[]): Promise<{ teikit: string[]; jing?: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'teikit-rng-'));
  const rng = join(dir, 'schema.rng');
  const xml = join(dir, 'doc.xml');
  writeFileSync(rng, schema);
  writeFileSync(xml, ['<r>', ...lines, '</r>'].join('\n'));
  const teikit = validateFileAgainstSchema(xml, { schema: compileSchemaFile(rng) }).flatMap((d) => [
    `${d.line}: ${d.message}`,
    ...(d.related ?? []).map((r) => `${r.line}: ${r.message}`),
  ]);
  if (!hasJing) return { teikit };
  const jing = (await runJing(rng, [xml])).get(xml)!.map((e) => `${e.line}: ${e.message}`);
  return { teikit, jing };
}

async function expectJing(schema: string, lines: string[], expected: string[]): Promise<void> {
  const { teikit, jing } = await both(schema, lines);
  if (jing) expect(jing, 'jing still says this').toEqual(expected);
  expect(teikit).toEqual(expected);
}

describe('jing\'s ID checks (DTD compatibility), after the datatype\'s message', () => {
  const schema = `<element name="r" ${RNG}><zeroOrMore><element name="e">${attribute('id', '<data type="ID"/>')}${attribute('ref', '<data type="IDREF"/>')}${attribute('refs', '<data type="IDREFS"/>')}</element></zeroOrMore></element>`;

  test('an ID or IDREF of no token or of several, an IDREFS of none, are reported again in these words', async () => {
    await expectJing(
      schema,
      ['<e id=""/>', '<e id="a b"/>', '<e ref="  "/>', '<e ref="a b"/>', '<e refs=""/>', '<e id="x" ref="" refs=""/>'],
      [
        '2: value of attribute "id" is invalid; must be an XML name without colons',
        '2: value of attribute of type ID contained no tokens',
        '3: value of attribute "id" is invalid; must be an XML name without colons',
        '3: value of attribute of type ID contained multiple tokens',
        '4: value of attribute "ref" is invalid; must be an XML name without colons',
        '4: value of attribute of type IDREF contained no tokens',
        '5: value of attribute "ref" is invalid; must be an XML name without colons',
        '5: value of attribute of type IDREF contained multiple tokens',
        '6: value of attribute "refs" is invalid; must be a list of XML names without colons with length at least 1 (actual length was 0)',
        '6: value of attribute of type IDREFS contained no tokens',
        '7: value of attribute "ref" is invalid; must be an XML name without colons',
        '7: value of attribute "refs" is invalid; must be a list of XML names without colons with length at least 1 (actual length was 0)',
        '7: value of attribute of type IDREF contained no tokens',
        '7: value of attribute of type IDREFS contained no tokens',
      ],
    );
  });

  test('an ID of several tokens is not recorded, nor an IDREF of several; one token is, even when the datatype refuses it', async () => {
    await expectJing(
      schema,
      ['<e id="a b"/>', '<e id="a b"/>', '<e id="1x"/>', '<e id="1x"/>', '<e ref="p q"/>', '<e ref="2q"/>'],
      [
        '2: value of attribute "id" is invalid; must be an XML name without colons',
        '2: value of attribute of type ID contained multiple tokens',
        '3: value of attribute "id" is invalid; must be an XML name without colons',
        '3: value of attribute of type ID contained multiple tokens',
        '4: value of attribute "id" is invalid; must be an XML name without colons',
        '5: value of attribute "id" is invalid; must be an XML name without colons',
        '5: ID "1x" has already been defined',
        '4: first occurrence of ID "1x"',
        '6: value of attribute "ref" is invalid; must be an XML name without colons',
        '6: value of attribute of type IDREF contained multiple tokens',
        '7: value of attribute "ref" is invalid; must be an XML name without colons',
        '7: IDREF "2q" without matching ID',
      ],
    );
  });
});

describe('datatype messages', () => {
  test('list types have at least one item, checked after the items and before the schema\'s facets', async () => {
    const schema = `<element name="r" ${RNG}><zeroOrMore><element name="e">${attribute('a', '<data type="NMTOKENS"/>')}${attribute('d', '<data type="NMTOKENS"><param name="minLength">2</param></data>')}${attribute('w', '<list><data type="NMTOKENS"/></list>')}</element></zeroOrMore></element>`;
    await expectJing(
      schema,
      ['<e a=""/>', '<e a="  "/>', '<e a="a +"/>', '<e d="a"/>', '<e d=""/>', '<e w=""/>'],
      [
        '2: value of attribute "a" is invalid; must be a list of XML NMTOKENs with length at least 1 (actual length was 0)',
        '3: value of attribute "a" is invalid; must be a list of XML NMTOKENs with length at least 1 (actual length was 0)',
        '4: value of attribute "a" is invalid; must be a list of XML NMTOKENs',
        '5: value of attribute "d" is invalid; must be a list of XML NMTOKENs with length at least 2 (actual length was 1)',
        '6: value of attribute "d" is invalid; must be a list of XML NMTOKENs with length at least 1 (actual length was 0)',
        '7: value of attribute "w" is invalid; missing token; must be a list of XML NMTOKENs with length at least 1 (actual length was 0)',
      ],
    );
  });

  test('ENTITY and ENTITIES: a literal that is not a name says so; only a name is "not declared in the DTD"', async () => {
    const schema = `<element name="r" ${RNG}><zeroOrMore><element name="e">${attribute('b', '<data type="ENTITIES"/>')}${attribute('c', '<data type="ENTITY"/>')}</element></zeroOrMore></element>`;
    await expectJing(
      schema,
      ['<e b="a"/>', '<e b="a +"/>', '<e b=""/>', '<e c="+"/>', '<e c="a"/>'],
      [
        '2: value of attribute "b" is invalid; must be a name declared in the DTD as an unparsed entity',
        '3: value of attribute "b" is invalid; must be a list of XML names without colons',
        '4: value of attribute "b" is invalid; must be a list of XML names without colons with length at least 1 (actual length was 0)',
        '5: value of attribute "c" is invalid; must be an XML name without colons',
        '6: value of attribute "c" is invalid; must be a name declared in the DTD as an unparsed entity',
      ],
    );
  });

  test('lists: a token too many, or a missing one that a string could be, get no reason (the page schema\'s resp)', async () => {
    const schema = `<element name="r" ${RNG}><zeroOrMore><element name="e">${attribute('resp', '<list><oneOrMore><data type="anyURI"/></oneOrMore></list>')}${attribute('n', '<list><oneOrMore><data type="integer"/></oneOrMore></list>')}${attribute('c', '<list><data type="integer"/><data type="integer"/></list>')}${attribute('d', '<list><oneOrMore><data type="string"/></oneOrMore><data type="integer"/></list>')}${attribute('f', '<choice><list><data type="integer"/></list><value>q</value></choice>')}</element></zeroOrMore><zeroOrMore><element name="t"><list><data type="integer"/></list></element></zeroOrMore></element>`;
    await expectJing(
      schema,
      ['<e resp=" "/>', '<e n=""/>', '<e n="1 x"/>', '<e c="1"/>', '<e c="1 2 3"/>', '<e d="a b"/>', '<e f="1 2"/>', '<t>1 2</t>'],
      [
        '2: value of attribute "resp" is invalid',
        '3: value of attribute "n" is invalid; missing token; must be an integer',
        '4: value of attribute "n" is invalid; token "x" invalid; must be an integer',
        '5: value of attribute "c" is invalid; missing token; must be an integer',
        '6: value of attribute "c" is invalid',
        '7: value of attribute "d" is invalid',
        '8: value of attribute "f" is invalid; must be equal to "q"',
        '9: character content of element "t" invalid',
      ],
    );
  });

  test('a value the datatype cannot read gets the datatype\'s reason; one it reads gets the values', async () => {
    const schema = `<element name="r" ${RNG}><zeroOrMore><element name="e">${attribute('a', '<choice><value type="integer">1</value><value type="integer">2</value></choice>')}${attribute('b', '<choice><value type="integer">1</value><value>x</value></choice>')}${attribute('d', '<choice><value type="NMTOKENS">a</value><value type="NMTOKENS">x</value></choice>')}</element></zeroOrMore></element>`;
    await expectJing(
      schema,
      ['<e a="abc"/>', '<e a="3"/>', '<e b="abc"/>', '<e d=""/>', '<e d="q"/>'],
      [
        '2: value of attribute "a" is invalid; must be an integer',
        '3: value of attribute "a" is invalid; must be equal to "1" or "2"',
        '4: value of attribute "b" is invalid; must be an integer or must be equal to "x"',
        '5: value of attribute "d" is invalid; must be a list of XML NMTOKENs with length at least 1 (actual length was 0)',
        '6: value of attribute "d" is invalid; must be equal to "a" or "x"',
      ],
    );
  });
});
