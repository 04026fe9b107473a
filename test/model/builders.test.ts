// Builders: what they build is valid TEI (tei_all, with jing), and what they refuse names the field.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  add,
  body,
  choice,
  comment,
  corr,
  date,
  del,
  desc,
  div,
  el,
  front,
  gap,
  handNote,
  handShift,
  head,
  hi,
  lb,
  note,
  p,
  pb,
  persName,
  placeName,
  sic,
  stamp,
  subst,
  text,
  unclear,
} from '../../src/model/builders.js';
import { edition } from '../../src/model/buildEdition.js';
import { TeiModelError } from '../../src/model/errors.js';
import { readEdition } from '../../src/model/readEdition.js';
import { alignedParagraphs, gaps, hands, marginalia, notes, persons } from '../../src/model/queries.js';
import { writeTei } from '../../src/serialize/writeTei.js';
import { TEI_NS } from '../../src/parse/prolog.js';
import { teiAllRng } from '../helpers.js';
import { canonicalize } from './c14n.js';

const work = mkdtempSync(join(tmpdir(), 'teikit-model-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** jing's output for `xml` against tei_all: empty when valid. */
function jing(xml: string, name: string): string {
  const file = join(work, name);
  writeFileSync(file, xml);
  const run = spawnSync('jing', [teiAllRng, file], { encoding: 'utf8' });
  expect(run.error, 'jing is not installed: apt-get install jing').toBeUndefined();
  return run.stdout;
}

const built = edition({
  title: 'Record of a conversation with Ernesto Guevara, 16 October 1964',
  author: { name: 'O. T. Darusenkov', ref: '#darusenkov' },
  responsibilities: [
    { resp: 'translated by', name: { name: 'Gary Goldberg', ref: '#goldberg' } },
    { resp: 'TEI encoding', name: 'teikit project', id: 'teikit' },
  ],
  publisher: 'teikit project',
  idnos: [{ type: 'document', value: '117102' }],
  licence: { text: 'CC BY 4.0', target: 'https://creativecommons.org/licenses/by/4.0/' },
  abstract: 'A conversation about Khrushchev’s resignation.',
  creation: { when: '1964-10-16', text: '16 October 1964' },
  languages: [
    { ident: 'ru', name: 'Russian' },
    { ident: 'en', name: 'English' },
  ],
  hands: [
    { id: 'h-typescript', medium: 'typescript', scope: 'major', description: 'The typed record.' },
    handNote({ id: 'h-kalinin', scribe: 'Kalinin', scribeRef: '#kalinin', scope: 'minor' }, 'Handwritten note by ', persName({ ref: '#kalinin' }, 'A. Kalinin'), '.'),
  ],
  persons: [
    { id: 'darusenkov', names: 'O. T. Darusenkov', description: 'First Secretary of the USSR Embassy in Cuba' },
    { id: 'guevara', names: ['Ernesto Guevara', { name: 'Эрнесто Гевара', lang: 'ru' }] },
    { id: 'kalinin', names: 'A. Kalinin' },
    { id: 'goldberg', names: 'Gary Goldberg' },
  ],
  places: [{ id: 'cuba', names: ['Cuba', { name: 'Куба', lang: 'ru' }] }],
  revisions: [{ when: '2026-11-27', who: '#teikit', text: 'Built with the teikit builders.' }],
  texts: [
    text(
      { id: 'ru', lang: 'ru', type: 'original', hand: '#h-typescript' },
      front(p(stamp({ type: 'declassification' }, 'РАССЕКРЕЧЕНО'))),
      body(
        div(
          { type: 'record' },
          head('ЗАПИСЬ БЕСЕДЫ'),
          p({ id: 'ru-p1', corresp: '#en-p1' }, 'Встретился с ', persName({ ref: '#guevara' }, 'Геварой'), ' на ', choice(sic('Кубн'), corr('Кубе')), '.'),
          p(
            { id: 'ru-p2', corresp: '#en-p2' },
            'Текст ',
            unclear({ reason: 'faded', cert: 'low' }, 'ожисстинго'),
            ' далее',
            pb({ n: 2 }),
            ' и ',
            subst(del({ rend: 'strikethrough' }, 'старое'), add({ place: 'above', hand: '#h-kalinin' }, 'новое')),
            '.',
            note({ type: 'marginal', place: 'bottom', hand: '#h-kalinin', id: 'ru-note-kalinin' }, 'Справка.'),
          ),
        ),
      ),
    ),
    text(
      { id: 'en', lang: 'en', type: 'translation' },
      body(
        div(
          { type: 'record' },
          head('RECORD OF A CONVERSATION', lb(), date({ when: '1964-10-16' }, '16 October 1964')),
          p({ id: 'en-p1', corresp: '#ru-p1' }, 'I met with ', persName({ ref: '#guevara' }, 'Guevara'), ' in ', placeName({ ref: '#cuba' }, 'Cuba'), '.'),
          p(
            { id: 'en-p2', corresp: '#ru-p2' },
            'Text ',
            gap({ id: 'en-gap1', reason: 'faded', extent: 'several words' }, desc('several words unreadable due to faded text')),
            ' further ',
            gap({ reason: 'faded', unit: 'line', atLeast: 2, atMost: 3 }),
            note({ type: 'translator', place: 'inline', resp: '#goldberg', target: '#en-gap1' }, '2-3 lines are lost.'),
            ' and ',
            hi({ rend: 'italic' }, 'new'),
            handShift({ new: '#h-kalinin' }),
            comment(' the hand changes '),
            '.',
          ),
          note({ type: 'marginal', place: 'margin-left', hand: '#h-kalinin', corresp: '#ru-note-kalinin' }, '"Note." ', gap({ reason: 'illegible', quantity: 1, unit: 'word' })),
        ),
      ),
    ),
  ],
  lang: 'en',
});

describe('the edition builder', () => {
  test('builds a tei_all-valid edition (jing), compact and pretty', () => {
    expect(jing(writeTei(built), 'compact.xml')).toBe('');
    expect(jing(writeTei(built, { pretty: true }), 'pretty.xml')).toBe('');
  });

  test('the smallest edition is valid too', () => {
    expect(jing(writeTei(edition({ title: 'Minimal' }), { pretty: true }), 'minimal.xml')).toBe('');
  });

  test('its views and queries see what was built', () => {
    expect(built.header.title).toBe('Record of a conversation with Ernesto Guevara, 16 October 1964');
    expect(built.header.hands.map((h) => [h.id, h.description])).toEqual([
      ['h-typescript', 'The typed record.'],
      ['h-kalinin', 'Handwritten note by A. Kalinin.'],
    ]);
    expect(built.header.publication.availability?.licences).toEqual([{ target: 'https://creativecommons.org/licenses/by/4.0/', text: 'CC BY 4.0' }]);
    expect(built.texts.map((t) => [t.id, t.lang, t.type])).toEqual([
      ['ru', 'ru', 'original'],
      ['en', 'en', 'translation'],
    ]);
    expect(gaps(built).map((g) => g.attributes.reason)).toEqual(['faded', 'faded', 'illegible']);
    expect(gaps(built)[1]?.attributes).toEqual({ reason: 'faded', unit: 'line', atLeast: '2', atMost: '3' });
    expect(notes(built, { type: 'translator' })).toHaveLength(1);
    expect(marginalia(built)).toHaveLength(3);
    expect(hands(built).map((h) => h.id)).toEqual(['h-typescript', 'h-kalinin']);
    expect(persons(built).map((p) => p.id)).toEqual(['darusenkov', 'guevara', 'kalinin', 'goldberg']);
    expect(alignedParagraphs(built).pairs).toHaveLength(2);
  });

  test('writing and reading it back gives the same tree and text', () => {
    const xml = writeTei(built);
    const again = readEdition(xml, { positions: false });
    expect(again.document.children).toEqual(built.document.children);
    expect(again.document.declaration).toEqual({ ...built.document.declaration, source: 'version="1.0" encoding="UTF-8"' });
    expect(writeTei(again)).toBe(xml);
    expect(canonicalize(writeTei(built, { pretty: true }), { ignoreLayout: true })).toBe(canonicalize(xml, { ignoreLayout: true }));
  });

  test('the root declares the TEI namespace; element builders are in it', () => {
    expect(writeTei(built).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">')).toBe(true);
    expect(gap({ reason: 'lost' }).namespace).toBe(TEI_NS);
    expect(writeTei(gap({ reason: 'lost' }))).toBe('<gap xmlns="http://www.tei-c.org/ns/1.0" reason="lost"/>');
  });
});

/** The TeiModelError `build` throws. */
function modelError(build: () => unknown): TeiModelError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(TeiModelError);
    return error as TeiModelError;
  }
  throw new Error('expected a TeiModelError');
}

describe('builders refuse impossible structures, naming the field', () => {
  test.each([
    ['a gap with text content', () => gap({ reason: 'faded' }, 'several words'), 'children', /<gap> children: a gap marks text that is not there, so it cannot contain text/],
    ['a gap holding a p', () => gap({}, p('x')), 'children', /a gap may contain only desc, certainty, precision or respons, not <p>/],
    ['a note whose place is not a string of tokens', () => note({ place: 42 as unknown as string }, 'x'), 'place', /must be a string of one or more space-separated tokens \(or an array of them\), not number 42/],
    ['a note whose place holds a control character', () => note({ place: 'margin\u200bleft' }, 'x'), 'place', /space-separated tokens, not "margin/],
    ['a note whose place is empty', () => note({ place: '  ' }, 'x'), 'place', /space-separated tokens/],
    ['a note whose place is an object', () => note({ place: {} as unknown as string }, 'x'), 'place', /space-separated tokens \(or an array of them\), not an object/],
    ['a ref that is an object', () => persName({ ref: {} as unknown as string }, 'x'), 'ref', /must be a string, number, boolean, Date or array of strings, not an object/],
    ['a gap whose quantity is not a number', () => gap({ quantity: 'several' }), 'quantity', /<gap> quantity: must be a number, not "several"/],
    ['a gap whose atLeast is NaN', () => gap({ atLeast: Number.NaN }), 'atLeast', /must be a finite number/],
    ['a resp that is a name, not a URI', () => note({ resp: 'Gary Goldberg' }, 'x'), 'resp', /"Gary" is not a URI pointer: write "#Gary"/],
    ['a hand with two pointers', () => add({ hand: '#h1 #h2' }, 'x'), 'hand', /must be one URI/],
    ['a hand that is not a URI', () => note({ hand: '<h1>' }, 'x'), 'hand', /must be a URI/],
    ['a ref with a space in a URI', () => persName({ ref: 'https://example.org/a b' }, 'x'), 'ref', /"b" is not a URI pointer/],
    ['a corresp with two fragments', () => p({ corresp: '#a#b' }, 'x'), 'corresp', /must be URIs \(e\.g\. "#id"\), and "#a#b" is not one/],
    ['a target with a bad percent escape', () => note({ target: 'page%2.xml' }, 'x'), 'target', /"page%2\.xml" is not one/],
    ['a when that is not a W3C date', () => date({ when: '16.10.1964' }, 'x'), 'when', /must be a W3C date/],
    ['an xml:id with a space', () => p({ id: 'en p1' }), 'xml:id', /must be an XML name/],
    ['an lb with content', () => lb({}, 'x'), 'children', /<lb> is always empty/],
    ['text in a choice', () => choice('x', sic('a')), 'children', /<choice> contains only elements/],
    ['a comment with --', () => p(comment('a -- b')), 'children', /cannot contain "--"/],
    ['a control character in text', () => p('bell\u0007'), 'children', /character U\+0007 is not allowed in XML/],
    ['an undeclared prefix', () => el('foo:bar', {}), 'name', /the prefix "foo" of <foo:bar> is not declared/],
    ['an attribute name that is not a name', () => p({ 'two words': 'x' }), 'two words', /is not an attribute name/],
    ['a child that is not a node', () => p({}, { some: 'object' } as unknown as string), 'children', /a child must be a string or an element/],
    ['an edition without a title', () => edition({ title: ' ' }), 'title', /an edition needs a title/],
    ['an edition whose texts are not text elements', () => edition({ title: 'x', texts: [p('x') as never] }), 'texts', /texts\[0\] is not a TEI <text> element/],
    ['an identifier without a publisher', () => edition({ title: 'x', idnos: [{ value: '1' }] }), 'publisher', /need a publisher/],
  ])('%s', (_name, build, field, message) => {
    const error = modelError(build);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.kind).toBe('model');
    expect(error.name).toBe('TeiModelError');
  });

  test('pointers may be absolute URIs, relative paths or #ids; numbers, booleans, arrays and Dates are converted', () => {
    const built = note({ resp: ['#goldberg', 'https://orcid.org/0000-0002'], target: 'persons.xml#a', anchored: false, n: 3 }, 'x');
    expect(built.attributes).toEqual({ resp: '#goldberg https://orcid.org/0000-0002', target: 'persons.xml#a', anchored: 'false', n: '3' });
    expect(date({ when: new Date(Date.UTC(1964, 9, 16)) }, 'x').attributes.when).toBe('1964-10-16');
  });

  test('el: other namespaces by known or declared prefix, or explicitly', () => {
    const include = el('xi:include', { href: 'persons.xml' });
    expect(include).toMatchObject({ name: 'include', prefix: 'xi', namespace: 'http://www.w3.org/2001/XInclude' });
    expect(writeTei(include)).toBe('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="persons.xml"/>');
    const custom = el('my:thing', { 'xmlns:my': 'urn:my' }, 'x');
    expect(writeTei(custom)).toBe('<my:thing xmlns:my="urn:my">x</my:thing>');
    const svg = el({ name: 'svg', namespace: 'http://www.w3.org/2000/svg' }, { width: '10', id: 'not-xml-id' });
    expect(svg.attributes).toEqual({ width: '10', id: 'not-xml-id' });
    expect(writeTei(p(svg))).toBe('<p xmlns="http://www.tei-c.org/ns/1.0"><svg xmlns="http://www.w3.org/2000/svg" width="10" id="not-xml-id"/></p>');
  });

  test('children: strings, nodes, nested arrays; null, undefined, false and "" left out', () => {
    const built = p('a', null, undefined, false, '', [hi('b'), ['c']]);
    expect(built.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? c.name : c.type))).toEqual(['a', 'hi', 'c']);
  });
});

test('jing itself reports invalid TEI (the check above is not vacuous)', () => {
  const invalid = writeTei(edition({ title: 'x', texts: [text(body(el('nonsense', {})))] }));
  expect(jing(invalid, 'invalid.xml')).toMatch(/error: element "nonsense" not allowed/);
});

test('datatypes follow TEI where an attribute name means different things', () => {
  // span/@from and @to are pointers, citedRange/@from a word, shift/@new an enumeration, rendition/@scheme a word.
  expect(el('citedRange', { from: '12', to: '14' }).attributes).toEqual({ from: '12', to: '14' });
  expect(el('shift', { new: 'normal' }).attributes).toEqual({ new: 'normal' });
  expect(el('rendition', { scheme: 'css' }).attributes).toEqual({ scheme: 'css' });
  expect(() => date({ from: 'yesterday' }, 'x')).toThrow(/<date> from: must be a W3C date/);
  expect(() => handShift({ new: 'h2' })).toThrow(/<handShift> new: "h2" is not a URI pointer/);
});
