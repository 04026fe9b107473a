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

/**
 * The gaps the hand-made edition encodes where the export has no bracketed remark, by text: the Russian lines lost
 * after «Кубе» (the OCR marks nothing: a blank line, then the word fragment «коены») and, in the translation, the
 * loss the translator's note places "at this point". An importer that reads the export's brackets cannot see them,
 * so the edition has exactly these gaps more; each has no `desc` (there is no archive wording to keep) and a note
 * that points at it.
 */
const unbracketedGaps: Record<string, string[]> = { ru: ['ru-gap1'], en: ['en-gap3'] };

/** The counts of the imported text with the unbracketed gaps of the hand-made edition added. */
function importedPlusUnbracketed(textId: string) {
  const base = counts(imported.edition, textId);
  const gaps = { ...base.gapsByReasonAndUnit };
  for (const id of unbracketedGaps[textId]!) {
    const gap = inTexts(handMade, 'gap', textId).find((g) => g.attributes['xml:id'] === id)!;
    expect(gap, `gap ${id} in the hand-made edition`).toBeDefined();
    expect(gap.children.some((c) => c.type === 'element' && c.name === 'desc'), `${id} has no desc`).toBe(false);
    expect(inTexts(handMade, 'note', textId).some((n) => n.attributes.target === `#${id}`), `a note points at ${id}`).toBe(true);
    const key = `${gap.attributes.reason}/${gap.attributes.unit ?? '-'}`;
    gaps[key] = (gaps[key] ?? 0) + 1;
  }
  return { ...base, gapsByReasonAndUnit: gaps };
}

describe('the seed record', () => {
  test('the English translation has the hand-made edition\'s counts, but for the gap only the translator\'s note gives', () => {
    expect(counts(handMade, 'en')).toEqual(importedPlusUnbracketed('en'));
    expect(counts(imported.edition, 'en')).toEqual({
      gapsByReasonAndUnit: { 'faded/-': 1, 'faded/line': 1, 'illegible/word': 1 },
      translatorNotes: 2,
      marginalNotes: 2,
      stamps: 1,
      signatures: 2,
    });
  });

  test('the Russian original has the hand-made edition\'s counts but for the lines the OCR does not mark, its marginal note recovered from the OCR', () => {
    expect(counts(handMade, 'ru')).toEqual(importedPlusUnbracketed('ru'));
    expect(counts(imported.edition, 'ru').gapsByReasonAndUnit).toEqual({});
    // The OCR garble at the foot of page 1 is the translation's "[Handwritten note at the bottom of the first page]".
    const [note] = inTexts(imported.edition, 'note', 'ru').filter((n) => n.attributes.type === 'marginal');
    expect(note!.attributes).toMatchObject({ place: 'bottom', hand: '#hand-1', corresp: '#en-marginal1', cert: 'low' });
    expect(note!.position?.line).toBe(50);
    expect(imported.trace.review.some((r) => r.line === 50 && /foot of page 1/.test(r.message))).toBe(true);
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

  test('the text output (descriptive style, inline notes) reproduces the English translation, labels and all', () => {
    const output = toText(writeTei(imported.edition), { gapStyle: 'descriptive', notes: 'inline' });
    const english = output.slice(output.indexOf('Translation (English)\n')).split('\n').slice(2).join('\n');
    const enStart = allNodes(imported.edition.document).find((n) => n.type === 'element' && n.name === 'text' && n.attributes['xml:id'] === 'en')!.position!.line;
    const source = seed.split('\n').slice(enStart - 1).join('\n');
    expect(normalise(english)).toBe(withoutExportMarks(source));
  });
});

/** Whitespace does not count, nor the export's Markdown heading marks (the conventions made them `head`s). */
function withoutExportMarks(text: string): string {
  return normalise(text.replace(/^#+\s+/gm, ''));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
