// XSD regular expressions translated to JavaScript: XML meanings of escapes, implicit anchoring, subtraction.
import { describe, expect, test } from 'vitest';
import { translateXsdRegex, xsdRegex, XsdRegexError } from '../../src/validate/relaxng/index.js';

describe('xsdRegex', () => {
  test.each([
    // pattern, matches, does not match
    ['abc', ['abc'], ['xabc', 'abcx', 'ab']],
    ['a|b', ['a', 'b'], ['ab', '']],
    ['^$', ['^$'], ['']],
    ['.', ['x', 'é', '😀'], ['\n', '\r', 'xy']],
    ['\\d+', ['123', '١٢٣'], ['12a', '']],
    ['\\w+', ['abc', 'a1_'.slice(0, 2)], ['a b', 'a-b', 'a.b']],
    ['\\i\\c*', ['tei:p', '_x', 'a-b.c'], ['1a', '-a', '']],
    ['\\s\\S', [' x', '\tx'], ['xx', '  ']],
    ['[a-z-[aeiou]]+', ['xyz', 'bcd'], ['xa', 'e']],
    ['[a-z-[aeiou-[e]]]+', ['e', 'xe'], ['a']],
    ['[^\\p{C}\\p{Z}]+', ['abc', 'a-b'], ['a b', 'a\u0007']],
    ['[\\-+]?\\d+(\\.\\d+)?(%|cm|mm)', ['-1.5cm', '+2%', '3mm'], ['1.cm', 'cm']],
    ['(\\-?[\\d]+/\\-?[\\d]+)', ['1/2', '-3/-4'], ['1/', '/2']],
    ['[0-9.,DHMPRSTWYZ/:+\\-]+', ['P1Y2M', '2020-01-01T10:00Z'], ['abc']],
    ['\\p{IsBasicLatin}+', ['abc~'], ['é']],
    ['\\P{L}', ['1', ' '], ['a']],
    ['[\\d\\s]+', ['1 2'], ['a']],
    ['[^\\d]', ['a'], ['1']],
    ['x{2,3}', ['xx', 'xxx'], ['x', 'xxxx']],
    ['x{2,}', ['xx', 'xxxxx'], ['x']],
    ['[\\[\\]]', ['[', ']'], ['a']],
    ['\\{\\}\\(\\)\\*\\+\\?\\.\\|\\\\\\^\\$'.replace('\\$', '$'), ['{}()*+?.|\\^$'], []],
  ])('%s', (pattern, yes, no) => {
    const re = xsdRegex(pattern);
    for (const s of yes) expect(re.test(s), `${pattern} should match ${JSON.stringify(s)}`).toBe(true);
    for (const s of no) expect(re.test(s), `${pattern} should not match ${JSON.stringify(s)}`).toBe(false);
    expect(re.flags).toContain('u');
  });

  test('the TEI patterns translate as they are (they are valid in both dialects)', () => {
    expect(translateXsdRegex('[^\\p{C}\\p{Z}]+')).toBe('[^\\p{C}\\p{Z}]+');
  });

  test.each([
    ['[a-', /unexpected end/],
    ['a{2', /"\{" without "\}"/],
    ['*a', /without anything to repeat/],
    ['(a', /"\(" without "\)"/],
    ['\\p{IsKlingon}', /unknown Unicode block "Klingon"/],
    ['\\p{Xx}', /unknown character property/],
    ['\\q', /unknown escape/],
    ['[z-a]', /range out of order/],
    ['a{3,2}', /maximum below minimum/],
  ])('refuses %s', (pattern, message) => {
    expect(() => xsdRegex(pattern)).toThrow(XsdRegexError);
    expect(() => xsdRegex(pattern)).toThrow(message);
  });
});
