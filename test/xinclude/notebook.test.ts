// The Shelley-Godwin notebook assembled with --xinclude (its 93 page files and the shared classDecl, as the project
// keeps them): the HTML and the text keep the words of every page, counted against the pages' own files.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseTei, readEditionFileSync, readXmlFileSync } from '../../src/index.js';
import { htmlVisibleText, sourceWords, wordsKept, type Output } from '../completeness.js';
import { runCli } from '../helpers.js';
import { sgaNotebook, sgaPagesDir } from '../relaxng/helpers.js';

// The floor; the pages rendered one by one keep all their words (test/corpus-render.test.ts).
const WORDS_KEPT = 0.98;
const teiFolder = dirname(dirname(sgaNotebook));
const pages = readdirSync(sgaPagesDir).filter((f) => f.endsWith('.xml')).sort();

describe('the notebook, assembled', () => {
  const outputs = new Map<Output, string>();
  beforeAll(async () => {
    const [html, text] = await Promise.all(
      (['html', 'text'] as const).map((command) => runCli([command, sgaNotebook, '--xinclude', '--xinclude-root', teiFolder], { timeout: 300_000 })),
    );
    for (const [output, run] of [['html', html!], ['text', text!]] as const) {
      expect(run.code, run.stderr).toBe(0);
      outputs.set(output, output === 'html' ? htmlVisibleText(run.stdout) : run.stdout);
    }
  }, 320_000);

  test.each(['html', 'text'] as Output[])('%s keeps the words of its 93 pages', (output) => {
    expect(pages).toHaveLength(93);
    const source = pages.flatMap((page) => {
      const path = join(sgaPagesDir, page);
      return sourceWords(parseTei(readXmlFileSync(path).text, { file: path }), 'reading', output);
    });
    const fraction = wordsKept(source, outputs.get(output)!);
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
