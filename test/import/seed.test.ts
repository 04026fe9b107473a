// The seed record imported with the default conventions, measured against the hand-made edition in tei/.
import { describe, expect, test } from 'vitest';
import { readEditionFileSync, toText, validate, writeTei, type Edition, type ElementNode } from '../../src/index.js';
import { importTranscriptionWithTrace } from '../../src/import/index.js';
import { editionPath, readText, seedPath } from '../helpers.js';
import { allNodes, nothingLostProblems } from './support.js';

const seed = readText(seedPath);
const imported = importTranscriptionWithTrace(seed, { file: 'seed.txt' });
const handMade = readEditionFileSync(editionPath);

/** Elements of one text (by xml:id) or of all texts. */
function inTexts(edition: Edition, name: string, textId?: string): ElementNode[] {
  return edition.texts
    .filter((t) => textId === undefined || t.id === textId)
    .flatMap((t) => [t.front, t.body, t.back].flatMap((part) => (part ? allNodes(part) : [])))
    .filter((n): n is ElementNode => n.type === 'element' && n.name === name);
}

function counts(edition: Edition, textId?: string) {
  const tally = (elements: ElementNode[], key: (e: ElementNode) => string) =>
    elements.reduce<Record<string, number>>((all, e) => ({ ...all, [key(e)]: (all[key(e)] ?? 0) + 1 }), {});
  const notes = inTexts(edition, 'note', textId);
  return {
    gapsByReasonAndUnit: tally(inTexts(edition, 'gap', textId), (g) => `${g.attributes.reason}/${g.attributes.unit ?? '-'}`),
    translatorNotes: notes.filter((n) => n.attributes.type === 'translator').length,
    marginalNotes: notes.filter((n) => n.attributes.type === 'marginal').length,
    stamps: inTexts(edition, 'stamp', textId).length,
    signatures: inTexts(edition, 'figure', textId).filter((f) => f.attributes.type === 'signature').length,
  };
}

describe('the seed record', () => {
  test('the English translation has the hand-made edition\'s counts', () => {
    expect(counts(imported.edition, 'en')).toEqual(counts(handMade, 'en'));
    expect(counts(imported.edition, 'en')).toEqual({
      gapsByReasonAndUnit: { 'faded/-': 1, 'faded/line': 1, 'illegible/word': 1 },
      translatorNotes: 2,
      marginalNotes: 2,
      stamps: 1,
      signatures: 2,
    });
  });

  test('the Russian original has the hand-made edition\'s gaps, notes, stamps and signatures, but not its interpreted marginal note', () => {
    const { marginalNotes, ...rest } = counts(imported.edition, 'ru');
    const { marginalNotes: handMadeMarginal, ...handMadeRest } = counts(handMade, 'ru');
    expect(rest).toEqual(handMadeRest);
    // The hand-made edition reads the OCR garble "просной, в сещире ознанамимись." as Kalinin's marginal note;
    // nothing in the text says so, so the importer keeps it as text of the paragraph.
    expect([marginalNotes, handMadeMarginal]).toEqual([0, 1]);
  });

  test('hands: the main hand and one per marginal note, as many as the hand-made edition declares', () => {
    expect(imported.edition.header.hands.map((h) => h.id)).toEqual(['hand-main', 'hand-1', 'hand-2']);
    expect(imported.edition.header.hands).toHaveLength(handMade.header.hands.length);
  });

  test('paragraphs pair one to one, as in the hand-made edition', () => {
    const pairs = (edition: Edition, textId: string) =>
      inTexts(edition, 'p', textId).filter((p) => p.attributes.corresp).length;
    expect(pairs(imported.edition, 'en')).toBeGreaterThanOrEqual(pairs(handMade, 'en'));
    expect(inTexts(imported.edition, 'p', 'ru').map((p) => p.attributes.corresp)).toEqual([
      '#en-p2', '#en-p3', '#en-head1', '#en-p5', '#en-p6', '#en-p7', '#en-p8', '#en-p9', '#en-p10', '#en-p11', '#en-p12',
    ]);
  });

  test('valid against tei_all, and no errors from the edition rules', () => {
    const diagnostics = validate({ text: writeTei(imported.edition, { pretty: true }), file: 'seed.xml' }, { schema: 'tei_all' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('nothing lost: every character of the seed is in the TEI', () => {
    expect(nothingLostProblems(seed, imported)).toEqual([]);
  });

  test('the text output (descriptive gaps, inline notes) reproduces the English translation', () => {
    const output = toText(writeTei(imported.edition), { gapStyle: 'descriptive', notes: 'inline' });
    const english = output.slice(output.indexOf('Translation (English)\n')).split('\n').slice(2).join('\n');
    const enStart = allNodes(imported.edition.document).find((n) => n.type === 'element' && n.name === 'text' && n.attributes['xml:id'] === 'en')!.position!.line;
    const source = seed.split('\n').slice(enStart - 1).join('\n');
    expect(withoutGeneratedLabels(english)).toBe(withoutExportMarks(source));
  });
});

/** Whitespace does not count; the export's Markdown marks and `[Label]:` prefixes are what conventions turned into markup. */
function withoutExportMarks(text: string): string {
  return normalise(text.replace(/^#+\s+/gm, '').replace(/\[[^[\]]*\]:\s*/g, ''));
}

/** The stylesheet labels stamps and marginal notes in its own words ("[Stamp: …]", "[Marginal note, …: …]"): keep their content. */
function withoutGeneratedLabels(text: string): string {
  let out = text;
  for (;;) {
    const start = out.search(/\[(?:Stamp|Marginal note[^:]*): /);
    if (start === -1) break;
    const contentStart = out.indexOf(': ', start) + 2;
    let depth = 0;
    let end = contentStart;
    for (; end < out.length; end++) {
      if (out[end] === '[') depth++;
      else if (out[end] === ']' && depth-- === 0) break;
    }
    out = out.slice(0, start) + out.slice(contentStart, end) + out.slice(end + 1);
  }
  return normalise(out);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
