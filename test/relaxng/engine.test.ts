// Engine properties: deep documents, interning, schemas from memory (as in a browser), ambiguous content models.
import { describe, expect, test } from 'vitest';
import { compileSchema, validateXml } from '../../src/validate/relaxng/index.js';
import { PatternBuilder } from '../../src/validate/relaxng/patterns.js';

const RNG = 'xmlns="http://relaxng.org/ns/structure/1.0"';

describe('engine', () => {
  test('20,000 levels of nesting validate without overflowing the stack', () => {
    const schema = compileSchema(`<grammar ${RNG}><start><ref name="a"/></start><define name="a"><element name="a"><optional><ref name="a"/></optional></element></define></grammar>`);
    const depth = 20_000;
    expect(validateXml(schema, '<a>'.repeat(depth) + '</a>'.repeat(depth))).toEqual([]);
    const [d] = validateXml(schema, '<a>'.repeat(depth) + '<b/>' + '</a>'.repeat(depth));
    expect(d!.message).toMatch(/^element "b" not allowed anywhere/);
    expect(d!.xpath.split('/').length).toBe(depth + 2);
  });

  test('patterns are interned: one object per structure, choices in any order', () => {
    const b = new PatternBuilder();
    const x = b.oneOrMore(b.text);
    expect(b.choice(b.empty, b.text)).toBe(b.choice(b.text, b.empty));
    expect(b.choiceOf([b.text, b.empty, b.text])).toBe(b.choice(b.empty, b.text));
    expect(b.group(b.empty, x)).toBe(x);
    expect(b.group(b.notAllowed, x)).toBe(b.notAllowed);
    expect(b.choice(b.notAllowed, x)).toBe(x);
    expect(b.interleave(x, b.text)).toBe(b.interleave(b.text, x));
    expect(b.oneOrMore(b.empty)).toBe(b.empty);
  });

  test('a schema with includes compiles from memory through a loader (no file system)', () => {
    const files: Record<string, string> = {
      'https://example.org/schema/main.rng': `<grammar ${RNG}><include href="parts/common.rng"/><start><element name="doc"><ref name="para"/></element></start></grammar>`,
      'https://example.org/schema/parts/common.rng': `<grammar ${RNG}><define name="para"><element name="p"><text/></element></define></grammar>`,
    };
    const load = (url: string) => {
      const text = files[url];
      if (text === undefined) throw new Error(`no ${url}`);
      return text;
    };
    const schema = compileSchema(files['https://example.org/schema/main.rng']!, { url: 'https://example.org/schema/main.rng', load });
    expect(validateXml(schema, '<doc><p>x</p></doc>')).toEqual([]);
    expect(schema.info.source).toBe('https://example.org/schema/main.rng');
  });

  test('an ambiguous start tag keeps every reading until the end tag decides', () => {
    // Two declarations of <x>: the first needs <y/> inside and is followed by <z/>; the second is empty and ends the document.
    const schema = compileSchema(`<element name="doc" ${RNG}>
      <choice>
        <group><element name="x"><element name="y"><empty/></element></element><element name="z"><empty/></element></group>
        <element name="x"><empty/></element>
      </choice>
    </element>`);
    expect(validateXml(schema, '<doc><x><y/></x><z/></doc>')).toEqual([]);
    expect(validateXml(schema, '<doc><x/></doc>')).toEqual([]);
    expect(validateXml(schema, '<doc><x/><z/></doc>').map((d) => d.message)).toEqual(['element "z" not allowed here; expected the element end-tag']);
    expect(validateXml(schema, '<doc><x><y/></x></doc>').map((d) => d.message)).toEqual(['element "doc" incomplete; missing required element "z"']);
  });

  test('a schema that allows nothing says so', () => {
    const schema = compileSchema(`<grammar ${RNG}><start><notAllowed/></start></grammar>`);
    expect(validateXml(schema, '<a/>')[0]!.message).toBe('schema does not allow anything: it is equivalent to <notAllowed/>');
  });

  test('validating the same document twice gives the same result (memos do not leak state)', () => {
    const schema = compileSchema(`<element name="doc" ${RNG}><oneOrMore><element name="p"><attribute name="n"/><text/></element></oneOrMore></element>`);
    const text = '<doc><p n="1">a</p><p>b</p><q/></doc>';
    expect(validateXml(schema, text)).toEqual(validateXml(schema, text));
  });
});
