// The Shelley-Godwin notebook assembled with --xinclude (its 93 page files and the shared classDecl, as the project
// keeps them): the HTML and the text, in the reading and the diplomatic view, keep the words of every page, counted
// against the pages' own files.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseTei, readEditionFileSync, readXmlFileSync } from '../../src/index.js';
import { htmlVisibleText, sourceWords, wordsKept, type Output, type View } from '../completeness.js';
import { runCli } from '../helpers.js';
import { sgaNotebook, sgaPagesDir } from '../relaxng/helpers.js';

// The floor; the pages rendered one by one keep all their words (test/corpus-render.test.ts).
const WORDS_KEPT = 0.98;
const teiFolder = dirname(dirname(sgaNotebook));
const pages = readdirSync(sgaPagesDir).filter((f) => f.endsWith('.xml')).sort();

describe('the notebook, assembled', () => {
  // Both outputs in both views: the diplomatic view keeps the deletions, and its signs and labels must not cost words.
  const runs = [
    ['html', 'reading'],
    ['text', 'reading'],
    ['html', 'diplomatic'],
    ['text', 'diplomatic'],
  ] as const;
  const outputs = new Map<string, string>();
  beforeAll(async () => {
    const results = await Promise.all(
      runs.map(([command, view]) =>
        runCli([command, sgaNotebook, '--xinclude', '--xinclude-root', teiFolder, '--view', view], { timeout: 300_000 }),
      ),
    );
    runs.forEach(([output, view], i) => {
      const run = results[i]!;
      expect(run.code, run.stderr).toBe(0);
      outputs.set(`${output} ${view}`, output === 'html' ? htmlVisibleText(run.stdout) : run.stdout);
    });
  }, 320_000);

  test.each(runs)('%s (%s view) keeps the words of its 93 pages', (output: Output, view: View) => {
    expect(pages).toHaveLength(93);
    const source = pages.flatMap((page) => {
      const path = join(sgaPagesDir, page);
      return sourceWords(parseTei(readXmlFileSync(path).text, { file: path }), view, output);
    });
    const fraction = wordsKept(source, outputs.get(`${output} ${view}`)!);
    expect(fraction, `${(fraction * 100).toFixed(2)}% of ${source.length} words kept`).toBeGreaterThanOrEqual(WORDS_KEPT);
  });

  test('the model holds the assembled notebook, each page placed in its own file', () => {
    const edition = readEditionFileSync(sgaNotebook, { xinclude: true, xincludeRoot: teiFolder });
    const sourceDoc = edition.document.children.find((c) => c.type === 'element')!.children.find((c) => c.type === 'element' && c.name === 'sourceDoc');
    const surfaces = sourceDoc && 'children' in sourceDoc ? sourceDoc.children.filter((c) => c.type === 'element' && c.name === 'surface') : [];
    expect(surfaces).toHaveLength(93);
    expect(surfaces.map((s) => s.position?.file?.replace(/^.*\//, ''))).toEqual(pages);
    expect(surfaces[0]!.position).toMatchObject({ line: 4, column: 1 });
  });
});
