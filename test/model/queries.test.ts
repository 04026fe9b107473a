// Views and queries on the Darusenkov edition: exact expected values.
import { describe, expect, test } from 'vitest';
import { readEdition } from '../../src/model/readEdition.js';
import { alignedParagraphs, gaps, hands, marginalia, notes, orgs, persons, places, teiElements } from '../../src/model/queries.js';
import { textOf } from '../../src/model/textOf.js';
import { findById } from '../../src/model/traverse.js';
import { editionPath, readText } from '../helpers.js';
import { el } from '../../src/model/builders.js';

const edition = readEdition(readText(editionPath), { file: editionPath });
const byId = (id: string) => {
  const found = findById(edition.document, id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};
const ids = (elements: Array<{ attributes: Record<string, string | undefined> }>) => elements.map((e) => e.attributes['xml:id']);

describe('the header view', () => {
  const { header } = edition;

  test('titles, authors, responsibilities', () => {
    expect(header.title).toBe(
      'From the Diary of O. T. Darusenkov, Record of a Conversation with Cuban Minister of Industry, Ernesto Guevara, 16 October 1964',
    );
    expect(header.titles).toHaveLength(1);
    expect(header.authors).toEqual([{ name: 'O. T. Darusenkov', ref: '#darusenkov' }]);
    expect(header.responsibilities).toEqual([
      { resp: 'translated for CWIHP by', names: [{ name: 'Gary Goldberg', ref: '#goldberg' }] },
      { id: 'teikit', resp: 'TEI encoding', names: [{ name: 'teikit project' }] },
    ]);
  });

  test('publication', () => {
    expect(header.publication.publishers).toEqual([{ name: 'Wilson Center Digital Archive', ref: '#wilson-center' }]);
    expect(header.publication.idnos).toEqual([
      { type: 'URL', value: 'https://wilson-center-digital-archive.dvincitest.com/document/117102' },
      { type: 'document', value: '117102' },
    ]);
    expect(header.publication.availability?.status).toBe('restricted');
    expect(header.publication.availability?.licences).toHaveLength(2);
    expect(header.publication.availability?.licences[0]?.text).toMatch(/^The TEI encoding of this file .* \(CC BY 4\.0, https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)\.$/);
  });

  test('source', () => {
    expect(header.source.bibls).toHaveLength(1);
    expect(header.source.manuscripts).toEqual([
      {
        id: 'msdesc',
        country: 'Russia',
        settlement: 'Moscow',
        repository: 'TsKhSD',
        repositoryRef: '#tskhsd',
        shelfmark: 'f. 5, op. 49, d. 758, l. 269, r. 9126',
        idnos: [{ type: 'shelfmark', value: 'f. 5, op. 49, d. 758, l. 269, r. 9126' }],
        altIdentifiers: [
          {
            type: 'record',
            idnos: [{ type: 'record', value: 'No 375' }],
            note: 'Record number as typed on the document: № 375 (English translation: No 375).',
          },
          {
            type: 'copy',
            idnos: [{ type: 'copy', value: 'Copy No 2' }],
            note: 'Copy number as given in the English translation; not legible in the Russian OCR transcription.',
          },
        ],
        classification: [expect.stringMatching(/^Security classification: Secret \(Secret Copy No 2 in the English translation;/)],
      },
    ]);
  });

  test('hands, languages, abstract, creation, revisions, textClass', () => {
    expect(header.hands).toEqual([
      {
        id: 'h-typescript',
        scope: 'major',
        medium: 'typescript',
        description: 'The typed record (typescript) of the First Secretary of the USSR Embassy in Cuba, O. T. Darusenkov.',
      },
      {
        id: 'h-kalinin',
        scribe: 'Kalinin',
        scribeRef: '#kalinin',
        scope: 'minor',
        description: 'Handwritten note at the bottom of the first page by A. Kalinin, Chief of a sector of the CC CPSU, signed and dated 29.12.64.',
      },
      { id: 'h-archivist', scope: 'minor', description: 'Handwritten note to the left by an unidentified archivist, dated 30.12.64.' },
    ]);
    expect(header.languages).toEqual([
      { ident: 'ru', name: 'Russian' },
      { ident: 'en', name: 'English' },
    ]);
    expect(header.abstract).toMatch(/^Darusenkov notes a meeting in which Guevara discusses Khrushchev's resignation/);
    expect(header.creation.dates).toEqual([
      { type: 'conversation', when: '1964-10-16', text: '16 October 1964' },
      { type: 'record', when: '1964-10-27', text: 'October 27, 1964' },
    ]);
    expect(header.revisions).toEqual([
      {
        when: '2026-11-27',
        who: '#teikit',
        text: 'TEI P5 edition created from the Wilson Center Digital Archive export of record 117102 (Russian OCR transcription and English translation).',
      },
    ]);
    expect(header.textClass).toEqual([{ kind: 'catRef', scheme: '#security', target: '#security-secret' }]);
  });

  test('registers from standOff', () => {
    expect(header.persons.map((p) => p.id)).toEqual(['guevara', 'darusenkov', 'khrushchev', 'castro', 'stalin', 'brezhnev', 'kosygin', 'kalinin', 'goldberg']);
    expect(header.persons[0]).toEqual({
      kind: 'person',
      id: 'guevara',
      names: [
        { name: 'Ernesto Guevara Serna', lang: 'en' },
        { name: 'Ernesto Guevara de la Serna', lang: 'en', type: 'full' },
        { name: 'Эрнесто Гевара Серна', lang: 'ru' },
      ],
      description: 'Minister of Industry of the Republic of Cuba and Secretary of the National Leadership of the YePSRK (as styled in the record, 1964)',
      idnos: [],
    });
    expect(header.places.map((p) => p.id)).toEqual(['cuba', 'ussr', 'china', 'albania', 'czechoslovakia']);
    expect(header.orgs).toHaveLength(11);
    expect(header.orgs.find((o) => o.id === 'pravda')?.description).toBe('Newspaper of the CC CPSU.');
  });
});

describe('the texts view', () => {
  test('two leaf texts under text/group, with their parts', () => {
    expect(edition.kind).toBe('TEI');
    expect(edition.members).toEqual([]);
    expect(edition.texts.map(({ id, lang, type }) => ({ id, lang, type }))).toEqual([
      { id: 'ru', lang: 'ru', type: 'original' },
      { id: 'en', lang: 'en', type: 'translation' },
    ]);
    const [ru, en] = edition.texts;
    expect(ru?.front?.name).toBe('front');
    expect(ru?.body?.name).toBe('body');
    expect(ru?.back).toBeUndefined();
    // The view's nodes are the tree's own objects.
    expect(en?.body).toBe(byId('en').children.find((c) => c.type === 'element' && c.name === 'body'));
  });
});

describe('queries', () => {
  test('gaps: 5, four faded and one illegible; the lost lines in both texts', () => {
    const found = gaps(edition);
    expect(found.map((g) => g.attributes.reason)).toEqual(['faded', 'faded', 'faded', 'faded', 'illegible']);
    expect(ids(found)).toEqual(['ru-gap1', 'en-gap1', 'en-gap2', 'en-gap3', undefined]);
    expect(gaps(byId('ru-p6')).map(({ attributes: { unit, atLeast, atMost } }) => ({ unit, atLeast, atMost }))).toEqual([
      { unit: 'line', atLeast: '2', atMost: '3' },
    ]);
    expect(gaps(byId('en-p6')).map((g) => g.attributes.unit)).toEqual(['line', 'line']);
  });

  test('notes, by type', () => {
    expect(notes(edition)).toHaveLength(8);
    expect(ids(notes(edition, { type: 'editorial' }))).toEqual(['ru-ednote1', 'ru-ednote2', 'ru-ednote3']);
    expect(ids(notes(edition, { type: 'translator' }))).toEqual(['en-tn-yepsrk', 'en-tn1']);
    expect(ids(notes(edition, { type: 'marginal' }))).toEqual(['ru-note-kalinin', 'en-note-kalinin', 'en-note-archivist']);
    expect(notes(edition, { type: ['translator', 'marginal'] })).toHaveLength(5);
    // The header's notesStmt notes are not text notes.
    expect(notes(edition, { type: 'credits' })).toEqual([]);
  });

  test('hands', () => {
    expect(hands(edition).map((h) => h.id)).toEqual(['h-typescript', 'h-kalinin', 'h-archivist']);
  });

  test('marginalia: notes and additions with a hand or a marginal place', () => {
    expect(ids(marginalia(edition))).toEqual(['ru-note-kalinin', 'en-note-kalinin', 'en-note-archivist']);
  });

  test('persons, places, orgs', () => {
    expect(persons(edition)).toHaveLength(9);
    expect(places(edition).find((p) => p.id === 'ussr')?.names.map((n) => n.name)).toEqual(['USSR', 'Soviet Union', 'СССР', 'Советский Союз']);
    expect(orgs(edition).map((o) => o.id)).toContain('tskhsd');
  });

  test('alignedParagraphs: 8 pairs ru-pN/en-pN, none unpaired', () => {
    const { pairs, unpaired } = alignedParagraphs(edition);
    expect(pairs.map((p) => [p.original.attributes['xml:id'], p.translation.attributes['xml:id'], p.originalText, p.translationText])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`ru-p${n}`, `en-p${n}`, 'ru', 'en']),
    );
    expect(unpaired).toEqual([]);
    const withFront = alignedParagraphs(edition, { parts: ['front', 'body'] });
    expect(withFront.pairs).toHaveLength(9);
    expect(withFront.unpaired.map((u) => [u.role, u.text, textOf(u.paragraph)])).toEqual([
      ['original', 'ru', 'РАССЕКРЕЧЕНО'],
      ['translation', 'en', 'Declassified'],
    ]);
  });

  test('teiElements finds any TEI element of the texts', () => {
    expect(teiElements(edition, 'pb').map((e) => e.attributes.n)).toEqual(['1', '2']);
  });
});

describe('textOf', () => {
  const enP3 =
    "Taking the position of a friend of the Soviet Union who is always ready from good motives to speak the truth to one's face, Guevara continued, I want to say in this regard that the Soviet report about releasing Cde. Khrushchev from his leadership posts in the USSR made an unpleasant impression on me in its reticence. […] \"advanced age and worsening of his health\" when it is quite evident that this is not what it is all about, but about some political considerations and some serious differences between a majority of the CC CPSU and Cde. Khrushchev. Already a day after F. Castro received the Soviet report about this question the lead article of \"Pravda\" is hinting about the real reasons for the removal of Cde. Khrushchev.";

  test('en-p3, reading: the gap is "[…]" by default, or what `gap` says', () => {
    expect(textOf(byId('en-p3'), { view: 'reading' })).toBe(enP3);
    expect(textOf(byId('en-p3'), { gap: '' })).toBe(enP3.replace(' […]', ''));
  });

  test('reading takes corr/reg and leaves out sic/orig and fw; diplomatic the opposite', () => {
    const reading = textOf(byId('ru-p5'));
    const diplomatic = textOf(byId('ru-p5'), { view: 'diplomatic' });
    expect(reading).toContain('на мой взгляд');
    expect(reading).toContain('после XXII съезда КПСС');
    expect(reading).toContain('Я лично был во многом не согласен с тем курсом, который приняла в этом вопросе советская политика');
    expect(diplomatic).toContain('на мой вагляд');
    expect(diplomatic).toContain('Я лично Дбыл во многом не согласен с тем курсом, который приняла в этом вопросе 266 2. советская политика после ХХП свезда КПСС');
    expect(reading.startsWith('Мне, например')).toBe(true);
    expect(diplomatic.startsWith('мне, например')).toBe(true);
  });

  test('notes are left out unless asked for', () => {
    expect(textOf(byId('en-p6'))).not.toContain('2-3 lines are lost');
    expect(textOf(byId('en-p6'))).toContain('regarding future Soviet-Cuban relations […] the USSR');
    // The translator's note follows the gap it speaks of (en-gap3) at once.
    expect(textOf(byId('en-p6'), { notes: true })).toContain(
      'regarding future Soviet-Cuban relations […]2-3 lines are lost in the Russian text at this point due to fading although there is no ellipsis in the Spanish translation. the USSR',
    );
    expect(textOf(byId('en-note-archivist'))).toBe('"Archive […]. 30.12.64"');
  });

  test("a note's own leading label names it and is not its text; a label inside the text is", () => {
    expect(textOf(el('note', { type: 'marginal' }, ' ', el('label', {}, 'Note to the left'), 'Archive'))).toBe('Archive');
    expect(textOf(el('p', {}, 'Seen', el('note', { type: 'marginal' }, el('label', {}, 'Stamp'), 'Archive')), { notes: true })).toBe('SeenArchive');
    expect(textOf(el('note', {}, 'See ', el('label', {}, 'A'), '.'))).toBe('See A.');
  });

  test('lb is a space, or nothing with break="no"; del and supplied by view', () => {
    const line = el('l', {}, 'Dr', el('lb', { break: 'no' }), '\n   ess', el('lb', {}), 'code ', el('del', {}, 'old'), el('supplied', {}, 'new'));
    expect(textOf(line)).toBe('Dress code new');
    expect(textOf(line, { view: 'diplomatic' })).toBe('Dress code old');
    expect(textOf(line, { normalize: false })).toBe('Dress code new');
  });
});
