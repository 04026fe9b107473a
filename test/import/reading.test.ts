// The importer's reading steps, one by one: source text, dates, record structure, citation, scripts, brackets.
import { describe, expect, test } from 'vitest';
import { TeiInputError } from '../../src/index.js';
import { scanBrackets } from '../../src/import/brackets.js';
import { parseCitation } from '../../src/import/citation.js';
import { compileConventions } from '../../src/import/compiledConventions.js';
import { DEFAULT_CONVENTIONS } from '../../src/import/conventions.js';
import { findDate, parseDate } from '../../src/import/dates.js';
import { parseRecordStructure } from '../../src/import/recordStructure.js';
import { detectLanguage, dominantScript } from '../../src/import/script.js';
import { positionAt, readSource, splitBlocks, textOf } from '../../src/import/source.js';
import { readText, seedPath } from '../helpers.js';

const compiled = compileConventions(DEFAULT_CONVENTIONS);
const months = DEFAULT_CONVENTIONS.months;
const language = (ident: string) => DEFAULT_CONVENTIONS.languages.find((l) => l.ident === ident)!;

describe('readSource', () => {
  test('drops a BOM and normalises CRLF and CR; positions are those of the file', () => {
    const source = readSource('\uFEFFa\r\nbc\rd');
    expect(source.text).toBe('a\nbc\nd');
    expect(source.lines.map((l) => l.number)).toEqual([1, 2, 3]);
    expect(positionAt(source, source.text.indexOf('c'))).toEqual({ line: 2, column: 2 });
    expect(splitBlocks(readSource('a\nb\n\n\nc')).map((b) => b.lines.length)).toEqual([2, 1]);
  });

  test('form feeds and vertical tabs become spaces, keeping line numbers', () => {
    expect(readSource('a\fb\nc\vd').text).toBe('a b\nc d');
  });

  test.each([
    ['', /empty/],
    [' \n\t\n', /empty/],
    ['PK\u0003\u0004\u0000\u0000binary', /binary file/],
    ['line one\nbad \u0007 bell', /U\+0007 at line 2, column 5/],
    ['lone \uD800 surrogate', /U\+D800 at line 1/],
  ])('refuses %j with a TeiInputError that says where', (input, message) => {
    let error: unknown;
    try {
      readSource(input, 'in.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TeiInputError);
    expect((error as TeiInputError).message).toMatch(message);
    expect((error as TeiInputError).line).toBeGreaterThanOrEqual(1);
    expect((error as TeiInputError).file).toBe('in.txt');
  });
});

describe('dates', () => {
  test.each([
    ['October 27, 1964', '1964-10-27'],
    ['27 October 1964', '1964-10-27'],
    ['16 октября 1964 г.', '1964-10-16'],
    ['27.10.1964', '1964-10-27'],
    ['1964-10-27', '1964-10-27'],
    ['October 1964', '1964-10'],
    ['1947', '1947'],
    ['3 mars 1953', '1953-03-03'],
  ])('%s is %s', (text, when) => expect(parseDate(text, months)).toBe(when));

  test('not a date: unknown months, impossible days, other text', () => {
    expect(parseDate('Brumaire 12, 1799', months)).toBeUndefined();
    expect(parseDate('February 30, 1964', months)).toBeUndefined();
    expect(parseDate('Secret Copy No 2', months)).toBeUndefined();
    expect(findDate('Secret Copy No 2 27 October 1964 No 375', months)).toEqual({ index: 17, length: 15, when: '1964-10-27' });
  });
});

describe('record structure', () => {
  test('the seed: date line, title, five fields, body after the contents', () => {
    const source = readSource(readText(seedPath));
    const record = parseRecordStructure(source, compiled);
    expect(record.headerFound).toBe(true);
    expect(record.date?.when).toBe('1964-10-27');
    expect(textOf(source, record.title!.text)).toMatch(/^From the Diary of O\. T\. Darusenkov/);
    expect(record.fields.map((f) => f.kind)).toEqual(['citation', 'summary', 'credits', 'originalLanguage', 'contents']);
    expect(textOf(source, record.fields[3]!.values[0]!)).toBe('Russian');
    expect(textOf(source, record.body[0]!)).toBe('Wilson Center Digital Archive');
  });

  test('fields in another order, values on the label line, unknown labels marked as such', () => {
    const source = readSource('# A title\n\nOriginal Language: German\n\n### **Keywords:**\n\nCoal; Butter\n\nSummary: Short.\n\nBody text.');
    const record = parseRecordStructure(source, compiled);
    expect(record.fields.map((f) => [f.kind, f.label])).toEqual([
      ['originalLanguage', 'Original Language'],
      ['field', 'Keywords'],
      ['summary', 'Summary'],
    ]);
    expect(record.body.map((b) => textOf(source, b))).toEqual(['Body text.']);
  });

  test('no header: only a leading Markdown title is taken, everything else is body', () => {
    const source = readSource('# Title\n\nNote: this is text.\n\nMore.');
    const record = parseRecordStructure(source, compiled);
    expect(record.headerFound).toBe(false);
    expect(textOf(source, record.title!.text)).toBe('Title');
    expect(record.body).toHaveLength(2);
  });
});

describe('citation', () => {
  test('the seed citation in its parts', () => {
    const text =
      '"From the Diary, 16 October 1964", October 27, 1964, Wilson Center Digital Archive, TsKhSD, f. 5, op. 49, d. 758, l. 269, r. 9126. Translated for CWIHP by Gary Goldberg. https://example.org/document/117102';
    const source = readSource(text);
    const c = parseCitation(source, { start: 0, end: text.length }, compiled);
    const part = (span?: { start: number; end: number }) => (span ? textOf(source, span) : undefined);
    expect({
      title: part(c.title),
      date: c.date?.when,
      publisher: part(c.publisher),
      repository: part(c.repository),
      shelfmark: part(c.shelfmark),
      resp: part(c.translation?.resp),
      name: part(c.translation?.name),
      url: part(c.url),
    }).toEqual({
      title: 'From the Diary, 16 October 1964',
      date: '1964-10-27',
      publisher: 'Wilson Center Digital Archive',
      repository: 'TsKhSD',
      shelfmark: 'f. 5, op. 49, d. 758, l. 269, r. 9126',
      resp: 'Translated for CWIHP by',
      name: 'Gary Goldberg',
      url: 'https://example.org/document/117102',
    });
  });

  test('an initial in the translator\'s name; no date; no repository', () => {
    const text = '"Letter", Example Archive. Obtained and translated by Anna M. Keller.';
    const source = readSource(text);
    const c = parseCitation(source, { start: 0, end: text.length }, compiled);
    expect(textOf(source, c.translation!.name)).toBe('Anna M. Keller');
    expect(c.date).toBeUndefined();
    expect(textOf(source, c.publisher!)).toBe('Example Archive');
    expect(c.repository).toBeUndefined();
  });
});

describe('scripts and languages', () => {
  test('OCR lookalikes do not decide the script', () => {
    expect(dominantScript('(O. AAPACEHKOB)')).toBeUndefined();
    expect(dominantScript('Cекретар райкому (ПETPEHKO)')).toBe('Cyrillic');
    expect(dominantScript('[Stamp]: Declassified')).toBe('Latin');
    expect(dominantScript('外交部：')).toBe('Han');
  });

  test('frequent words tell languages of one script apart; without them nothing is decided', () => {
    const candidates = [language('de'), language('en')];
    expect(detectLanguage('Die Stimmung der Arbeiter ist gedrückt.', candidates)?.ident).toBe('de');
    expect(detectLanguage('The mood of the workers is depressed.', candidates)?.ident).toBe('en');
    expect(detectLanguage('Consulate Leipzig', candidates)).toBeUndefined();
    expect(detectLanguage('Встретился с Геварой', [language('ru'), language('en')])?.ident).toBe('ru');
  });
});

describe('bracket scanner', () => {
  test('nested pairs, unbalanced brackets on both sides, full-width forms', () => {
    const text = 'a [b [c]] ] [d ［e］ 【f】';
    const scan = scanBrackets(text, { start: 0, end: text.length });
    expect([...scan.pairs].sort((x, y) => x[0] - y[0])).toEqual([[2, 8], [5, 7], [15, 17], [19, 21]]);
    expect(scan.unbalanced).toEqual([10, 12]);
  });

  test('a mismatched closer leaves the opener unbalanced', () => {
    const text = '[a】 b]';
    const scan = scanBrackets(text, { start: 0, end: text.length });
    expect([...scan.pairs]).toEqual([[0, 5]]);
    expect(scan.unbalanced).toEqual([2]);
  });
});
