// Conventions as data: each default bracket convention on its own, and how users extend and override them.
import { describe, expect, test } from 'vitest';
import { TeiUsageError, writeTei } from '../../src/index.js';
import { DEFAULT_CONVENTIONS, checkConventions, importTranscriptionWithTrace, mergeConventions, type ConventionsInput } from '../../src/import/index.js';
import { nothingLostProblems } from './support.js';

/** A minimal record whose translation is `paragraph`, imported with `conventions`. */
function importParagraph(paragraph: string, conventions?: ConventionsInput) {
  const input = `# Test record\n\nContents:\nTranslation - English\n\nA first paragraph of the translation, long enough to be prose and not a closing line of the letter.\n\n${paragraph}\n`;
  const result = importTranscriptionWithTrace(input, conventions ? { conventions } : {});
  expect(nothingLostProblems(input, result)).toEqual([]);
  const body = result.edition.texts[0]!.body!;
  return { result, xml: writeTei(body).replace(/ xmlns="[^"]+"/, '').replace(/^.*A first paragraph.*$/m, '') };
}

describe('default bracket conventions', () => {
  test.each([
    ['faded [several words unreadable due to faded text] here', '<gap reason="faded" extent="several words"><desc>several words unreadable due to faded text</desc></gap>'],
    ['[several lines lost here due to fading in the text]', '<gap reason="faded" unit="line" extent="several lines"><desc>several lines lost here due to fading in the text</desc></gap>'],
    ['a [one word illegible] b', '<gap reason="illegible" quantity="1" unit="word"><desc>one word illegible</desc></gap>'],
    ['a [2 words illegible] b', '<gap reason="illegible" quantity="2" unit="word"><desc>2 words illegible</desc></gap>'],
    ['a [illegible] b', '<gap reason="illegible" extent="unknown"><desc>illegible</desc></gap>'],
    ['a [one line illegible] b', '<gap reason="illegible" quantity="1" unit="line"><desc>one line illegible</desc></gap>'],
    ['a [...] b', '<gap reason="unknown" extent="unknown"><desc>...</desc></gap>'],
    ['a [2-3 lines missing] b', '<gap reason="lost" atLeast="2" atMost="3" unit="line"><desc>2-3 lines missing</desc></gap>'],
    ['a [illegible word] b', '<gap reason="illegible" quantity="1" unit="word"><desc>illegible word</desc></gap>'],
    ['sent by [name not declassified] on', '<gap reason="declassified" extent="name"><desc>name not declassified</desc></gap>'],
    ['a [text not declassified] b', '<gap reason="declassified" extent="text"><desc>text not declassified</desc></gap>'],
    ['a [Translator\'s note: see above.] b', '<note type="translator" place="inline" resp="#translator">see above.</note>'],
    ['a [Editor\'s note: sic in the original.] b', '<note type="editorial" place="inline" resp="#archive-editor">sic in the original.</note>'],
    ['[Stamp]: Declassified', '<stamp type="declassification">Declassified</stamp>'],
    ['[Classification stamp]: Secret', '<stamp type="classification">Secret</stamp>'],
    ['[Stamp: Received 3 May 1962]', '<stamp type="receipt">Received 3 May 1962</stamp>'],
    ['yours [signature] Smith', '<figure type="signature"><figDesc>signature</figDesc></figure>'],
    ['yours [illegible signature] Smith', '<figure type="signature"><figDesc>illegible signature</figDesc></figure>'],
    ['he recieve [sic] it', '<sic>recieve</sic>'],
    ['the party [YePSRK] met', '<note type="translator" subtype="addition" place="inline" resp="#translator">YePSRK</note>'],
    ['told [me] that', '<supplied reason="implied" resp="#translator">me</supplied>'],
    ['end [Page 46] start', '<pb n="46"/>'],
  ])('%s', (paragraph, element) => {
    expect(importParagraph(paragraph).xml).toContain(element);
  });

  test('marginal notes: a new hand each, the archive\'s label kept as the note\'s label and in the hand\'s description', () => {
    const { result, xml } = importParagraph('[Handwritten note at the bottom of the first page]: "Note. [signature] A. K." [Note to the left]: "Archive [1 word illegible]."');
    expect(xml).toContain('<note type="marginal" place="bottom" hand="#hand-1"><label>Handwritten note at the bottom of the first page</label>"Note. <figure type="signature"><figDesc>signature</figDesc></figure> A. K."</note>');
    expect(xml).toContain('<note type="marginal" place="left" hand="#hand-2"><label>Note to the left</label>"Archive <gap reason="illegible" quantity="1" unit="word"><desc>1 word illegible</desc></gap>."</note>');
    expect(result.edition.header.hands.map((h) => h.description)).toEqual([
      'an unidentified writer; the transcription introduces this text as Handwritten note at the bottom of the first page',
      'an unidentified writer; the transcription introduces this text as Note to the left',
    ]);
  });

  test('[Handwritten in the margin: ...]', () => {
    expect(importParagraph('text [Handwritten in the margin: Agreed. 5.3.53] text').xml).toContain('<note type="marginal" place="margin" hand="#hand-1"><label>Handwritten in the margin</label>Agreed. 5.3.53</note>');
  });

  test('bold stamp words are stamps, other bold text is hi', () => {
    const { xml } = importParagraph('Konsulat **STRENG GEHEIM** und **wichtig**');
    expect(xml).toContain('<stamp type="classification">STRENG GEHEIM</stamp>');
    expect(xml).toContain('<hi rend="bold">wichtig</hi>');
  });

  test('anything bracketed that no convention matches is an editorial note flagged for review', () => {
    const { result, xml } = importParagraph('the minister [?] agreed [i.e., the Soviet side] later');
    expect(xml).toContain('<note xml:id="review-1" type="editorial" subtype="unrecognised" place="inline">?</note>');
    expect(xml).toContain('<note xml:id="review-2" type="editorial" subtype="unrecognised" place="inline">i.e., the Soviet side</note>');
    expect(result.trace.review.map((r) => [r.line, r.id])).toEqual([[8, 'review-1'], [8, 'review-2']]);
  });

  test('additions apply in translations only: in an original they are for review', () => {
    const input = '# T\n\nOriginal Language:\nEnglish\n\nThe [USSR] delegation left, and a long sentence follows so that this is prose for the structure rules.\n';
    const { edition } = importTranscriptionWithTrace(input);
    expect(writeTei(edition)).toContain('subtype="unrecognised"');
  });
});

describe('users extend and override the conventions', () => {
  test('a new convention comes first and wins; one with a default\'s name replaces it; disable drops one', () => {
    const water = { name: 'water', match: '^water damage$', element: 'gap', attributes: { reason: 'damage', extent: 'unknown' }, content: 'desc' as const };
    const merged = mergeConventions(DEFAULT_CONVENTIONS, {
      brackets: [water, { name: 'sic', match: '^sic$', element: 'sic', attributes: { rend: 'marked' }, content: 'previousWord' }],
      disable: ['addition-words'],
    });
    expect(merged.brackets[0]!.name).toBe('water');
    expect(merged.brackets.find((b) => b.name === 'sic')!.attributes).toEqual({ rend: 'marked' });
    expect(merged.brackets.some((b) => b.name === 'addition-words')).toBe(false);
    expect(merged.brackets).toHaveLength(DEFAULT_CONVENTIONS.brackets.length);
    expect(importParagraph('a [water damage] b', { brackets: [water] }).xml).toContain('<gap reason="damage" extent="unknown"><desc>water damage</desc></gap>');
    expect(importParagraph('told [me] that', { disable: ['addition-words'] }).xml).toContain('subtype="unrecognised"');
  });

  test('a hand described by the same words the element contains: the description is a copy, nothing is doubled', () => {
    const initials = { name: 'initials', match: '^initials of \\p{Lu}\\p{L}+$', element: 'add', hand: 'all', content: 'inner' as const };
    const { result, xml } = importParagraph('seen [initials of Gromyko] today', { brackets: [initials] });
    expect(xml).toContain('<add hand="#hand-1">initials of Gromyko</add>');
    expect(result.edition.header.hands[0]!.description).toMatch(/introduces this text as initials of Gromyko$/);
  });

  test('tables merge key by key; lists are put first', () => {
    const merged = mergeConventions(DEFAULT_CONVENTIONS, { headerFields: { 'Archive Title': 'field' }, exportLabels: ['Digital Archive'], months: { Brumaire: 2 } });
    expect(merged.headerFields['archive title']).toBe('field');
    expect(merged.headerFields.citation).toBe('citation');
    expect(merged.exportLabels[0]).toBe('Digital Archive');
    expect(merged.months.brumaire).toBe(2);
  });

  test('lines of OCR noise become unclear only when a convention says so', () => {
    const noise = '~~ ^^ ~~ ,, .. ~~';
    expect(importParagraph(noise).xml).not.toContain('unclear');
    expect(importParagraph(noise, { unclearLines: [{ match: '^[\\p{P}\\p{S}\\s]+$', reason: 'illegible' }] }).xml).toContain('<unclear reason="illegible">');
  });

  test.each([
    [[], /expected an object/],
    [{ bracket: [] }, /bracket: unknown key/],
    [{ brackets: [{ name: 'x', match: '(', element: 'gap' }] }, /brackets\[0\].*invalid regular expression/],
    [{ brackets: [{ name: 'x', match: 'a', element: 'gap', content: 'everything' }] }, /"content" must be/],
    [{ brackets: [{ name: 'x', match: 'a', element: 'g a p' }] }, /not an element name/],
    [{ brackets: [{ name: 'x', match: 'a', element: 'gap', attributes: { reason: '{all|shout}' } }] }, /unknown filter "shout"/],
    [{ languages: [{ ident: 'x y', names: [], scripts: [] }] }, /BCP 47/],
    [{ languages: [{ ident: 'xx', names: ['X'], scripts: ['Klingon'] }] }, /script "Klingon"/],
    [{ gapReasons: [{ match: 'x' }] }, /"type" must be/],
  ])('malformed conventions are a usage error naming the entry: %j', (input, message) => {
    expect(() => checkConventions(input)).toThrow(TeiUsageError);
    expect(() => checkConventions(input)).toThrow(message);
  });
});
