import { describe, expect, test } from 'vitest';
import { codeFrame, TeiParseError } from '../src/index.js';

describe('codeFrame', () => {
  test('shows two lines of context and a caret under the column', () => {
    const source = ['<TEI>', '<teiHeader/>', '<text>', '  <p>a & b</p>', '</text>', '</TEI>', ''].join('\n');
    expect(codeFrame(source, 4, 8)).toBe(
      ['  2 | <teiHeader/>', '  3 | <text>', '> 4 |   <p>a & b</p>', '    |        ^', '  5 | </text>', '  6 | </TEI>'].join('\n'),
    );
  });

  test('cuts a very long line around the column', () => {
    const line = `${'x'.repeat(100_000)}<bad>${'y'.repeat(100_000)}`;
    const frame = codeFrame(line, 1, 100_001);
    const [text, caret] = frame.split('\n');
    expect(text!.length).toBeLessThan(140);
    expect(text!.slice(caret!.indexOf('^'), caret!.indexOf('^') + 5)).toBe('<bad>');
  });

  test('tabs and control characters keep the caret aligned', () => {
    const frame = codeFrame('\t<p>\u0001</p>', 1, 5);
    expect(frame).toBe('> 1 |  <p>\u2400</p>\n    |     ^');
  });

  test('line numbers widen the gutter consistently', () => {
    const source = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(codeFrame(source, 10, 1).split('\n')).toEqual([
      '   8 | line 8',
      '   9 | line 9',
      '> 10 | line 10',
      '     | ^',
      '  11 | line 11',
      '  12 | line 12',
    ]);
  });
});

describe('TeiError', () => {
  test('location() gives file:line:column with what is known', () => {
    expect(new TeiParseError('x', { file: 'a.xml', line: 3, column: 9 }).location()).toBe('a.xml:3:9');
    expect(new TeiParseError('x', { line: 3 }).location()).toBe('<input>:3');
    expect(new TeiParseError('x').location()).toBe('<input>');
  });
});
