// The shipped edition: well-formed, valid against tei_all, pointers resolve, and nothing of the seed lost.
import { execFileSync, spawnSync } from 'node:child_process';
import type { Element, Node } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { parseTei, toText, XML_NS } from '../src/index.js';
import { descendantElements } from '../src/dom/walk.js';
import { editionPath, readText, seedPath, teiAllRng } from './helpers.js';

const doc = parseTei(readText(editionPath), { file: editionPath });
const root = doc.documentElement!;
const elements = [...descendantElements(root)];
const byId = new Map(elements.filter((e) => e.hasAttributeNS(XML_NS, 'id')).map((e) => [e.getAttributeNS(XML_NS, 'id')!, e]));
const seed = readText(seedPath);

/** All elements named `name`, optionally filtered by attribute values. */
function find(name: string, attributes: Record<string, string> = {}): Element[] {
  return elements.filter((e) => e.localName === name && Object.entries(attributes).every(([k, v]) => e.getAttribute(k) === v));
}

/** Whitespace-normalised text of a node, leaving out the elements that `skip` accepts. */
function textWithout(node: Node, skip: (e: Element) => boolean): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 3 || n.nodeType === 4) parts.push(n.nodeValue ?? '');
    if (n.nodeType !== 1 || skip(n as Element)) return;
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(node);
  return normalise(parts.join(''));
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the Darusenkov edition', () => {
  test('is valid against TEI P5 tei_all (jing)', () => {
    const jing = spawnSync('jing', ['--help'], { encoding: 'utf8' });
    expect(jing.error, 'jing is not installed: apt-get install jing (.ci/run does)').toBeUndefined();
    // jing prints one line per error on stdout and exits non-zero when the document is invalid.
    const output = execFileSync('jing', [teiAllRng, editionPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(output).toBe('');
  });

  test('xml:ids are unique', () => {
    const ids = elements.map((e) => e.getAttributeNS(XML_NS, 'id')).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every local pointer resolves, to the right kind of element', () => {
    const expectedTargets: Record<string, string[]> = {
      hand: ['handNote'],
      new: ['handNote'],
      scribeRef: ['person'],
      resp: ['person', 'respStmt'],
    };
    const nameRefTargets: Record<string, string> = { persName: 'person', placeName: 'place', orgName: 'org', repository: 'org' };
    const pointerAttributes = ['hand', 'new', 'ref', 'resp', 'corresp', 'target', 'scribeRef', 'who', 'ana', 'scheme', 'source', 'facs'];
    let checked = 0;
    for (const element of elements) {
      for (const attribute of pointerAttributes) {
        const value = element.getAttribute(attribute);
        if (!value) continue;
        for (const token of value.trim().split(/\s+/)) {
          expect(token, `${element.localName}/@${attribute} must be a local pointer`).toMatch(/^#/);
          const target = byId.get(token.slice(1));
          expect(target, `${element.localName}/@${attribute}="${token}" does not resolve`).toBeDefined();
          const kinds = attribute === 'ref' ? [nameRefTargets[element.localName!]] : expectedTargets[attribute];
          if (kinds?.[0]) expect(kinds, `${element.localName}/@${attribute}="${token}"`).toContain(target!.localName);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  test('every declared hand is used', () => {
    const used = new Set(elements.flatMap((e) => (e.getAttribute('hand') ?? '').split(/\s+/).filter(Boolean)));
    for (const handNote of find('handNote')) {
      expect(used, `hand ${handNote.getAttributeNS(XML_NS, 'id')}`).toContain(`#${handNote.getAttributeNS(XML_NS, 'id')}`);
    }
  });

  test('two texts, original and translation, with paragraphs aligned one to one both ways', () => {
    const ru = byId.get('ru')!;
    const en = byId.get('en')!;
    expect([ru.getAttributeNS(XML_NS, 'lang'), ru.getAttribute('type')]).toEqual(['ru', 'original']);
    expect([en.getAttributeNS(XML_NS, 'lang'), en.getAttribute('type')]).toEqual(['en', 'translation']);
    const paragraphs = (text: Element) => [...descendantElements(text)].filter((e) => e.localName === 'p' && e.hasAttribute('corresp'));
    const ruParagraphs = paragraphs(ru);
    expect(ruParagraphs.length).toBe(paragraphs(en).length);
    for (const p of ruParagraphs) {
      const partner = byId.get(p.getAttribute('corresp')!.slice(1))!;
      expect(partner.getAttribute('corresp')).toBe(`#${p.getAttributeNS(XML_NS, 'id')}`);
      expect(en.compareDocumentPosition(partner) & 16, 'the partner lies in the English text').toBeTruthy();
    }
  });
});

describe('completeness against the seed', () => {
  // Everything the archive's export says in brackets became markup; in the seed's text, the bracket goes.
  const withoutRemarks = (s: string) => s.replace(/\[[^\]]*\]:?/g, ' ');
  const russianSection = seed.slice(seed.indexOf('Из дневника'), seed.indexOf('[Stamp]: Declassified'));
  const englishSection = seed.slice(seed.indexOf('[Stamp]: Declassified'));
  // The export's own labels and Markdown emphasis are not document text (recorded in notesStmt).
  const exportLabels = /\*\*|^#+ |^Original Scan$/gm;
  // The archive's bracketed labels of marginal notes are kept as note/label, as the remarks are stripped from the seed.
  const editorial = (e: Element) =>
    ['corr', 'reg', 'desc', 'figDesc'].includes(e.localName!) ||
    (e.localName === 'note' && ['editorial', 'translator'].includes(e.getAttribute('type')!)) ||
    (e.localName === 'label' && (e.parentNode as Element | null)?.localName === 'note');

  /** Sentences of `section` that are not found, in order, in `text`. */
  function missingSentences(section: string, text: string): string[] {
    const sentences = normalise(withoutRemarks(section.replace(exportLabels, ' ')))
      .split(/(?<=[.!?])\s+/)
      .filter((s) => /\p{L}/u.test(s));
    const missing: string[] = [];
    let from = 0;
    for (const sentence of sentences) {
      const at = text.indexOf(sentence, from);
      if (at === -1) missing.push(sentence);
      else from = at + sentence.length;
    }
    expect(sentences.length).toBeGreaterThan(40);
    return missing;
  }

  test('every sentence of the Russian transcription is in the Russian text, in order', () => {
    expect(missingSentences(russianSection, textWithout(byId.get('ru')!, editorial))).toEqual([]);
  });

  test('every sentence of the English translation is in the English text, in order', () => {
    expect(missingSentences(englishSection, textWithout(byId.get('en')!, editorial))).toEqual([]);
  });

  test('every bracketed remark of the seed became an element', () => {
    const remarks = [...seed.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
    const gapWithDesc = (desc: string) => find('gap').filter((g) => normalise(g.textContent ?? '') === desc);
    const translatorNote = (words: string) =>
      find('note', { type: 'translator' }).filter((n) => normalise(n.textContent ?? '').includes(words));
    const mapped: Record<string, () => Element[]> = {
      YePSRK: () => find('note', { type: 'translator', subtype: 'addition', place: 'inline' }).filter((n) => n.textContent === 'YePSRK'),
      'several words unreadable due to faded text': () =>
        gapWithDesc('several words unreadable due to faded text').filter((g) => g.getAttribute('reason') === 'faded'),
      'several lines lost here due to fading in the text': () =>
        gapWithDesc('several lines lost here due to fading in the text').filter((g) => g.getAttribute('unit') === 'line'),
      "Translator's note: 2-3 lines are lost in the Russian text at this point due to fading although there is no ellipsis in the Spanish translation.":
        () => translatorNote('2-3 lines are lost in the Russian text at this point due to fading'),
      Stamp: () => find('stamp').filter((s) => s.textContent === 'Declassified'),
      signature: () => find('figure', { type: 'signature' }),
      'Handwritten note at the bottom of the first page': () => find('note', { place: 'bottom', hand: '#h-kalinin' }),
      'Note to the left': () => find('note', { place: 'left', hand: '#h-archivist' }),
      '1 word illegible': () => find('gap', { reason: 'illegible', quantity: '1', unit: 'word' }),
    };
    for (const remark of remarks) {
      expect(Object.keys(mapped), `no mapping for the remark [${remark}]`).toContain(remark);
    }
    for (const [remark, elementsFor] of Object.entries(mapped)) {
      const occurrences = remarks.filter((r) => r === remark).length;
      expect(elementsFor().length, `[${remark}]`).toBeGreaterThanOrEqual(occurrences);
    }
  });

  test('the English text output, descriptive form with inline notes, is the seed\'s English translation', () => {
    // Issue 3: it must read like the seed. Labels ("[Stamp]:", "[Note to the left]:") included; the export's
    // Markdown heading marks and whitespace aside.
    const output = toText(editionPath, { gapStyle: 'descriptive', notes: 'inline' });
    const english = output.slice(output.indexOf('Translation (English)\n')).split('\n').slice(2).join('\n');
    expect(normalise(english)).toBe(normalise(englishSection.replace(/^#+\s+/gm, '')));
  });

  test('the header carries the record block of the seed', () => {
    const header = normalise(root.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'teiHeader')[0]!.textContent ?? '');
    const citation = /#### Citation:\s+(.+)/.exec(seed)![1]!;
    const summary = /## \*\*Summary:\*\*\s+(.+)/.exec(seed)![1]!;
    for (const phrase of [
      /^# (.+)$/m.exec(seed)![1]!,
      summary,
      'This document was made possible with support from Leon Levy Foundation',
      'Russian',
      'Original Scan',
      'Translation - English',
      'Wilson Center Digital Archive',
      'f. 5, op. 49, d. 758, l. 269, r. 9126',
      'https://wilson-center-digital-archive.dvincitest.com/document/117102',
      'Gary Goldberg',
    ]) {
      expect(header).toContain(normalise(phrase));
    }
    expect(normalise(citation.replace(/"/g, ''))).toContain('Translated for CWIHP by Gary Goldberg');
    expect(find('handNote').map((h) => h.getAttributeNS(XML_NS, 'id'))).toEqual(['h-typescript', 'h-kalinin', 'h-archivist']);
    expect(find('language').map((l) => l.getAttribute('ident'))).toEqual(['ru', 'en']);
  });
});
