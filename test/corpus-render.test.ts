// Real TEI from other projects renders, and no text of the source body is lost: for every corpus file the HTML
// and the text output contain every non-whitespace character of the `text` content in order, apart from what
// the chosen view deliberately replaces (sic under corr, abbr under expan, orig under reg, del in reading...).
// A `sourceDoc` is checked too, and a fragment (a file whose root is a `surface`, a `div`, a `classDecl`...) keeps
// its root's content. Both views run on the shared corpus and the edition; the large files (15-22 MB teiCorpus
// documents) run in the reading view only, one test per output, so that each stays well inside its time limit.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTei, readXmlFileSync, toHtml, toText } from '../src/index.js';
import {
  around,
  expectedCharacters,
  firstMissing,
  htmlCharacters,
  htmlVisibleText,
  sourceWords,
  wordsKept,
  type Output,
  type View,
} from './completeness.js';
import { corpusDir, corpusFiles, editionPath } from './helpers.js';

const small = [...corpusFiles().map((f) => join(corpusDir, f)), editionPath];
const large = corpusFiles({ large: true })
  .filter((f) => f.startsWith('large/'))
  .map((f) => join(corpusDir, f));

// The reading view in the parallel layout (its grid read column by column), the diplomatic view in the sequential
// layout: both views and both layouts, at two HTML runs per file.
const LAYOUT = { reading: 'parallel', diplomatic: 'sequential' } as const;

// A safety net for the slowest file on a loaded machine, not a performance assertion (see `npm run bench`).
const LARGE_TIMEOUT = 900_000;

type Expected = { running: string; notes: string[] };

function checkOutput(label: string, expected: Expected, actual: string) {
  const missing = firstMissing(expected.running, actual);
  expect(missing, `${label}: text lost near «${around(expected.running, missing)}»`).toBe(-1);
  const lost = expected.notes.findIndex((note) => firstMissing(note, actual) !== -1);
  if (lost !== -1) {
    const note = expected.notes[lost]!;
    expect.fail(`${label}: note ${lost + 1} lost near «${around(note, firstMissing(note, actual))}»`);
  }
}

/** The source text and, per view and output, the characters it must show (the parsed tree is not kept). */
function load(path: string, views: View[]) {
  const { text } = readXmlFileSync(path);
  const doc = parseTei(text, { file: path });
  const expected = new Map<string, Expected>();
  for (const view of views) for (const output of ['html', 'text'] as Output[]) expected.set(`${view} ${output}`, expectedCharacters(doc, view, output));
  return { text, expected };
}

function checkHtml(path: string, text: string, view: View, expected: Expected) {
  const layout = LAYOUT[view];
  checkOutput(`html ${view} ${layout}`, expected, htmlCharacters(toHtml(text, { view, layout, file: path })));
}

function checkText(path: string, text: string, view: View, expected: Expected) {
  checkOutput(`text ${view}`, expected, toText(text, { view, file: path }).replace(/\s+/g, ''));
}

describe('corpus files render without losing text', () => {
  test.each(small)('%s', (path) => {
    const views: View[] = ['reading', 'diplomatic'];
    const { text, expected } = load(path, views);
    for (const view of views) {
      checkHtml(path, text, view, expected.get(`${view} html`)!);
      checkText(path, text, view, expected.get(`${view} text`)!);
    }
  });

  describe.each(large)('%s (large)', (path) => {
    let loaded: ReturnType<typeof load> | undefined;
    const get = () => (loaded ??= load(path, ['reading']));
    test('html', () => checkHtml(path, get().text, 'reading', get().expected.get('reading html')!), LARGE_TIMEOUT);
    test('text', () => {
      checkText(path, get().text, 'reading', get().expected.get('reading text')!);
      loaded = undefined;
    }, LARGE_TIMEOUT);
  });
});

// The pages of a Shelley-Godwin Archive notebook (one `surface` per file, which the notebook's `sourceDoc`
// XIncludes), rendered one by one in the reading view, keep their words: at least 98% of each page's words (a
// multiset, case-sensitive) are in the output, and of all the pages together. Words, not characters: lines must not
// run together. The same check is meant for the assembled notebook.
const sgaPages = join(corpusDir, 'sga', 'tei', 'ox', 'ox-ms_shelley_e1');
const WORDS_KEPT = 0.98;

describe('the word check', () => {
  test('counts words as a multiset, case-sensitive', () => {
    expect(wordsKept(['the', 'the', 'Day'], 'the day')).toBeCloseTo(1 / 3);
    expect(wordsKept(['the', 'the', 'Day'], 'the Day, the end')).toBe(1);
    expect(wordsKept([], '')).toBe(1);
  });

  test('reads HTML as a reader sees it: blocks apart, phrases joined, screen-reader text left out', () => {
    const html = '<body><div class="tei-line">Trembling, b<span class="tei-retrace">y</span> Day</div><div class="tei-line">We<span class="tk-del-marker"><span class="tk-sr"> (deleted: flee)</span></span> melt</div><span class="tei-l tk-b">away</span><p>x&amp;y</p></body>';
    expect(htmlVisibleText(html).split(/\s+/).filter(Boolean)).toEqual(['Trembling,', 'by', 'Day', 'We', 'melt', 'away', 'x&y']);
  });
});

describe('the Shelley-Godwin notebook pages keep their words (reading view)', () => {
  const pages = readdirSync(sgaPages).filter((f) => f.endsWith('.xml')).sort();

  test.each(['html', 'text'] as Output[])('%s', (output) => {
    expect(pages.length).toBe(93);
    let total = 0;
    let kept = 0;
    for (const page of pages) {
      const path = join(sgaPages, page);
      const { text } = readXmlFileSync(path);
      const source = sourceWords(parseTei(text, { file: path }), 'reading', output);
      const rendered = output === 'html' ? htmlVisibleText(toHtml(text, { file: path })) : toText(text, { file: path });
      const fraction = wordsKept(source, rendered);
      expect(fraction, `${page}: ${(fraction * 100).toFixed(1)}% of ${source.length} words kept`).toBeGreaterThanOrEqual(WORDS_KEPT);
      total += source.length;
      kept += fraction * source.length;
    }
    expect(kept / total, `all pages: ${((kept / total) * 100).toFixed(2)}% of ${total} words kept`).toBeGreaterThanOrEqual(WORDS_KEPT);
  }, 300_000);
});
