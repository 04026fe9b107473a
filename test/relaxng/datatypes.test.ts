// XML Schema datatypes and facets, as jing reads them (XSD 1.0: no year 0000, no hour 24, no "+INF").
import { describe, expect, test } from 'vitest';
import { createDatatype, XSD_LIBRARY } from '../../src/validate/relaxng/index.js';
import { NamespaceScope } from '../../src/validate/relaxng/xml/namespaces.js';

const xsd = (type: string, params: Record<string, string> = {}) =>
  createDatatype(XSD_LIBRARY, type, Object.entries(params).map(([name, value]) => ({ name, value })));

describe('lexical spaces', () => {
  test.each([
    ['anyURI', ['', 'a b', 'http://x/{a}', 'a|b', 'é', '#frag', 'http://[::1]/', 'a:b:c', 'ab#[x]'], ['%zz', '[x]', '#a#b', 'x:', ':x', '1a:b', 'é:x', 'foo bar:baz']],
    ['gMonth', ['--05', '--12Z'], ['--05--', '--13']],
    ['gYear', ['1964', '-0001', '12345', '0099', '1964+01:00'], ['0000', '+2001', '64', '01964']],
    ['date', ['2000-02-29', '1964-10-16Z', '-2001-01-01'], ['2001-02-29', '2001-13-01', '1964-10-16T00:00:00']],
    ['dateTime', ['2001-01-01T10:00:00+14:00', '2001-01-01T23:59:59.999'], ['2001-01-01T24:00:00', '2001-01-01T10:00:00+14:01', '2001-01-01T10:00']],
    ['time', ['12:00:00', '00:00:00.5Z'], ['24:00:00', '12:00']],
    ['gYearMonth', ['1964-10'], ['1964-13', '1964']],
    ['gMonthDay', ['--02-29', '--10-16'], ['--02-30', '--13-01']],
    ['gDay', ['---31'], ['---32', '--31']],
    ['duration', ['P1Y', '-P1D', 'PT1.5S', 'P1Y2M3DT4H5M6S'], ['P', 'PT', 'P1Y2MT', 'P1.5D', '1Y']],
    ['double', ['-INF', 'INF', 'NaN', '.5', '5.', '1E+3', '-0'], ['+INF', '1e', 'inf', '']],
    ['decimal', ['+.5', '5.', '-0.0', '007'], ['.', '1e3', '']],
    ['integer', ['+1', '-0', '007'], ['1.0', '']],
    ['nonNegativeInteger', ['0', '+3'], ['-1']],
    ['positiveInteger', ['1'], ['0']],
    ['byte', ['-128', '127'], ['128']],
    ['unsignedLong', ['18446744073709551615'], ['18446744073709551616', '-1']],
    ['boolean', ['true', 'false', '1', '0', ' true '], ['TRUE', 'yes']],
    ['language', ['en', 'en-GB-oed', 'x-12345678'], ['x-123456789', 'englishlanguage', '']],
    ['NCName', ['_x', 'a.b-c'], ['a:b', '1a', '']],
    ['Name', ['a:b', ':x'], ['1a']],
    ['NMTOKEN', ['1a', 'a:b'], ['a b', '']],
    ['NMTOKENS', ['a b c', ' a '], ['', '  ']],
    ['ID', ['a1'], ['1a', 'a b']],
    ['IDREFS', ['a b'], ['']],
    ['hexBinary', ['', '0aFF'], ['abc', 'zz']],
    ['base64Binary', ['', 'AAAA', 'QQ=='], ['AAA', 'Q===']],
    ['token', ['', ' any  thing '], []],
    ['string', ['\n'], []],
  ])('%s', (type, valid, invalid) => {
    const dt = xsd(type);
    for (const s of valid) expect(dt.allows(s), `${type} ${JSON.stringify(s)}`).toBe(true);
    for (const s of invalid) expect(dt.allows(s), `${type} ${JSON.stringify(s)}`).toBe(false);
  });

  test('QName values need a declared prefix', () => {
    const scope = NamespaceScope.root().declare(new Map([['tei', 'http://www.tei-c.org/ns/1.0']]));
    const qname = xsd('QName');
    expect(qname.contextDependent).toBe(true);
    expect(qname.allows('tei:p', { scope })).toBe(true);
    expect(qname.explain('x:p', { scope })).toBe('must be a QName whose prefix, if any, is declared (prefix "x" is not declared)');
    expect(qname.equal(qname.parse('tei:p', { scope }), qname.parse('tei:p', { scope: NamespaceScope.root().declare(new Map([['t', 'http://www.tei-c.org/ns/1.0']])) }))).toBe(false);
  });

  test('explanations use jing\'s words', () => {
    expect(xsd('anyURI').explain('%zz')).toBe('must be a URI');
    expect(xsd('date').explain('16.10.1964')).toBe('must be an ISO date');
    expect(xsd('gMonth').explain('--05--')).toBe('must be an ISO month (of the form --MM)');
  });
});

describe('facets', () => {
  test('pattern is anchored and tested on the white-space processed literal', () => {
    const code = xsd('token', { pattern: '[A-Z]{2}' });
    expect(code.allows(' AB ')).toBe(true);
    expect(code.explain('ABC')).toBe('must be a string matching the regular expression "[A-Z]{2}"');
  });

  test('several patterns must all match', () => {
    const dt = createDatatype(XSD_LIBRARY, 'string', [
      { name: 'pattern', value: '[a-z]+' },
      { name: 'pattern', value: '.{3}' },
    ]);
    expect(dt.allows('abc')).toBe(true);
    expect(dt.allows('ab')).toBe(false);
    expect(dt.allows('AB1')).toBe(false);
  });

  test('length facets count characters, list items, octets', () => {
    expect(xsd('string', { length: '2' }).allows('😀é')).toBe(true);
    expect(xsd('NMTOKENS', { maxLength: '2' }).allows('a b c')).toBe(false);
    expect(xsd('hexBinary', { length: '2' }).allows('0aff')).toBe(true);
    expect(xsd('string', { minLength: '2' }).explain('a')).toBe('must be a string with length at least 2 (actual length was 1)');
  });

  test('bounds compare values, not strings', () => {
    const n = xsd('decimal', { minInclusive: '0.5', maxExclusive: '10' });
    expect(n.allows('0.50')).toBe(true);
    expect(n.allows('9.999')).toBe(true);
    expect(n.allows('10.0')).toBe(false);
    expect(n.explain('0.4')).toBe('must be a decimal number greater than or equal to 0.5');
    const year = xsd('gYear', { minInclusive: '1900' });
    expect(year.allows('1964')).toBe(true);
    expect(year.explain('1850')).toBe('must be a year greater than or equal to 1900');
    expect(xsd('double', { maxInclusive: '1e3' }).allows('1000.0')).toBe(true);
    expect(xsd('date', { maxInclusive: '2000-01-01' }).allows('1999-12-31Z')).toBe(true);
    expect(xsd('duration', { maxInclusive: 'P1M' }).allows('P27D')).toBe(true);
    expect(xsd('duration', { maxInclusive: 'P1M' }).allows('P32D')).toBe(false);
  });

  test('totalDigits and fractionDigits ignore insignificant zeros', () => {
    const price = xsd('decimal', { totalDigits: '4', fractionDigits: '2' });
    expect(price.allows('12.30')).toBe(true);
    expect(price.allows('0012.3')).toBe(true);
    expect(price.allows('123.45')).toBe(false);
    expect(price.explain('1.234')).toBe('must be a decimal number with at most 2 significant digits after the decimal point (found 3 digits)');
  });

  test('enumeration compares in the value space', () => {
    const level = xsd('integer', { enumeration: '1' });
    expect(level.allows('+01')).toBe(true);
    expect(level.allows('2')).toBe(false);
  });

  test.each([
    ['string', { maxInclusive: '3' }, /does not apply to datatype "string"/],
    ['integer', { maxLength: '3' }, /does not apply to datatype "integer"/],
    ['string', { whiteSpace: 'collapse' }, /"whiteSpace" facet is not allowed/],
    ['string', { size: '3' }, /unrecognized parameter "size"/],
    ['integer', { minInclusive: 'x' }, /"x" is not allowed by the base type/],
    ['string', { length: '-1' }, /must be non negative integer/],
    ['string', { pattern: '[' }, /invalid regular expression/],
  ])('%s with %o is refused', (type, params, message) => {
    expect(() => xsd(type, params)).toThrow(message);
  });
});

describe('the built-in library', () => {
  test('token collapses, string keeps', () => {
    const token = createDatatype('', 'token', []);
    const string = createDatatype('', 'string', []);
    expect(token.equal(token.parse(' a  b '), token.parse('a b'))).toBe(true);
    expect(string.equal(string.parse(' a '), string.parse('a'))).toBe(false);
  });

  test('has no parameters and no other types', () => {
    expect(() => createDatatype('', 'token', [{ name: 'length', value: '1' }])).toThrow('builtin datatypes do not have any parameters');
    expect(() => createDatatype('', 'integer', [])).toThrow('no such builtin datatype "integer"');
  });
});
