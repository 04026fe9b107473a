// A short line at the foot of a page, inside a sentence of the original, is the OCR of the marginal note the
// translation describes there: it becomes that note, linked both ways, and only then.
import { describe, expect, test } from 'vitest';
import { writeTei } from '../../src/index.js';
import { importTranscriptionWithTrace } from '../../src/import/index.js';
import { nothingLostProblems, textElements } from './support.js';

const FOOT_LINE = 'gelesen, an Abt. IV weiter';

function record({ before = 'dass', footLine = FOOT_LINE, claim = '[Handwritten note at the bottom of the first page]: "Read, forward to Dept. IV"' } = {}): string {
  return `## March 3, 1953

# Report on the supply situation

#### Citation:

"Report on the supply situation", March 3, 1953, Example Digital Archive, Bundesarchiv, DY 30/1, Bl. 2. Translated by Anna M. Keller. https://archive.example.org/document/1

## **Original Language:**

German

#### **Contents:**

Original Scan
Translation - English

Die Versorgung der Bevölkerung mit Butter und Kohle hat sich im Februar weiter verschlechtert, und in den Betrieben wird offen darüber gesprochen, ${before}

${footLine}

- 2 -

die Normen erhöht werden sollen. Die Arbeiter fragen, warum es keine Erklärung der Regierung gibt.

The supply of butter and coal to the population worsened further in February, and in the factories it is openly said that the norms are to be raised. The workers ask why there is no explanation from the government.

${claim}
`;
}

function marginalNotes(text: string, textId: string) {
  const result = importTranscriptionWithTrace(text, { file: 'record.txt' });
  expect(nothingLostProblems(text, result)).toEqual([]);
  return { result, notes: textElements(result, 'note', textId).filter((n) => n.attributes.type === 'marginal') };
}

describe('page-foot lines claimed by a translation\'s marginal note', () => {
  test('the line becomes a marginal note in the translation\'s hand, linked both ways, uncertain and listed for review', () => {
    const { result, notes } = marginalNotes(record(), 'de');
    expect(notes).toHaveLength(1);
    const [claim] = textElements(result, 'note', 'en');
    expect(notes[0]!.attributes).toEqual({ 'xml:id': 'de-marginal1', type: 'marginal', place: 'bottom', hand: claim!.attributes.hand, corresp: '#en-marginal1', cert: 'low' });
    expect(claim!.attributes).toMatchObject({ 'xml:id': 'en-marginal1', corresp: '#de-marginal1' });
    expect(writeTei(result.edition)).toContain(`<note xml:id="de-marginal1" type="marginal" place="bottom" hand="#hand-1" corresp="#en-marginal1" cert="low">${FOOT_LINE}</note>`);
    expect(result.trace.review.map((r) => [r.line, r.message])).toContainEqual([
      20,
      'the short line at the foot of page 1, inside a sentence, is taken as the original of the translation\'s marginal note "Handwritten note at the bottom of the first page" (line 28): check the reading',
    ]);
    expect(result.trace.conventionsUsed['page-foot-note']).toBe(1);
  });

  test('a label that names no page claims the only candidate', () => {
    expect(marginalNotes(record({ claim: '[Handwritten note at the bottom]: "Read"' }), 'de').notes).toHaveLength(1);
  });

  test.each([
    ['no marginal note in the translation', { claim: 'The end.' }],
    ['a note in another margin', { claim: '[Handwritten note in the left margin]: "Read"' }],
    ['a note at the foot of another page', { claim: '[Handwritten note at the bottom of the second page]: "Read"' }],
    ['a sentence that ends before the line', { before: 'dass es so ist.' }],
    ['a line too long to be a note', { footLine: `gelesen ${'und weiter '.repeat(15)}` }],
  ])('stays text of its paragraph: %s', (_, options) => {
    const { result, notes } = marginalNotes(record(options), 'de');
    expect(notes).toEqual([]);
    expect(result.trace.conventionsUsed['page-foot-note']).toBeUndefined();
  });
});
