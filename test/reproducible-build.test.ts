// Builds are reproducible: the SEFs compiled in two different folders are byte-identical, carry no path of the
// machine that built them, and SaxonJS still accepts them (it verifies a checksum that the build recomputes).
// The compiled tei_all schema is checked the same way.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTransformer, type SaxonJSLike, type Sef, type StylesheetName } from '../src/index.js';
import * as relaxng from '../src/validate/relaxng/index.js';
import * as relaxngNode from '../src/validate/relaxng/node.js';
import { editionPath, readText, repoRoot } from './helpers.js';

const run = promisify(execFile);
const SaxonJS = createRequire(import.meta.url)('saxon-js') as SaxonJSLike;
const work = mkdtempSync(join(tmpdir(), 'teikit-reproducible-'));
// Two checkouts at different depths, so that any path that slips into an output makes the outputs differ.
const checkouts = [join(work, 'a'), join(work, 'b', 'another', 'checkout')];
const sefFolder = (checkout: string) => join(checkout, 'dist', 'xslt');

/** A copy of what the compile scripts read, with the project's node_modules linked in. */
function makeCheckout(folder: string): void {
  mkdirSync(join(folder, 'scripts'), { recursive: true });
  cpSync(join(repoRoot, 'xslt'), join(folder, 'xslt'), { recursive: true });
  for (const script of ['compile-xslt.mjs', 'compile-schematron.mjs']) cpSync(join(repoRoot, 'scripts', script), join(folder, 'scripts', script));
  symlinkSync(join(repoRoot, 'node_modules'), join(folder, 'node_modules'), 'junction');
}

async function build(folder: string): Promise<void> {
  // Without SOURCE_DATE_EPOCH, as a plain `npm run build` runs.
  const env = { ...process.env };
  delete env.SOURCE_DATE_EPOCH;
  for (const script of ['scripts/compile-xslt.mjs', 'scripts/compile-schematron.mjs']) await run(process.execPath, [script], { cwd: folder, env });
}

beforeAll(async () => {
  checkouts.forEach(makeCheckout);
  await Promise.all(checkouts.map(build)); // about 40 s on two cores
}, 300_000);

describe('compiled stylesheets', () => {
  test('two folders give byte-identical SEFs', () => {
    const [first, second] = checkouts.map((c) => readdirSync(sefFolder(c)).sort());
    expect(first).toEqual(['html.sef.json', 'schematron-compile.sef.json', 'schematron-tei-p5.LICENSE.txt', 'schematron-tei-p5.sef.json', 'text.sef.json']);
    expect(second).toEqual(first);
    for (const name of first!) {
      expect(readFileSync(join(sefFolder(checkouts[1]!), name)).equals(readFileSync(join(sefFolder(checkouts[0]!), name))), name).toBe(true);
    }
  });

  test('no SEF holds a file: URI, a build folder or a build time', () => {
    for (const name of readdirSync(sefFolder(checkouts[0]!)).filter((n) => n.endsWith('.json'))) {
      const text = readFileSync(join(sefFolder(checkouts[0]!), name), 'utf8');
      expect(text, name).not.toContain('file:');
      for (const folder of [work, repoRoot, tmpdir()]) expect(text, name).not.toContain(folder);
      expect(JSON.parse(text).buildDateTime, name).toBe('1970-01-01T00:00:00.000Z');
    }
    // The base URIs of temporary trees stay, relative to the entry stylesheet.
    expect(readFileSync(join(sefFolder(checkouts[0]!), 'text.sef.json'), 'utf8')).toContain('"base":"common/views.xsl"');
  });

  test('SaxonJS accepts the rewritten SEFs (checksums) and they transform the edition', () => {
    const load = (name: string) => JSON.parse(readFileSync(join(sefFolder(checkouts[0]!), `${name}.sef.json`), 'utf8')) as Sef;
    const transformer = createTransformer({ saxon: SaxonJS, stylesheet: (name: StylesheetName) => load(name) });
    const edition = readText(editionPath);
    expect(transformer.toHtml(edition)).toContain('<html');
    expect(transformer.toText(edition).length).toBeGreaterThan(1000);
    const schematron = SaxonJS.transform({ stylesheetInternal: load('schematron-tei-p5'), sourceText: edition, destination: 'serialized' }, 'sync') as {
      principalResult: string;
    };
    expect(typeof schematron.principalResult).toBe('string');
  });
});

describe('compiled schema', () => {
  test('tei_all compiled from two folders is byte-identical and holds no path', async () => {
    // compileToJson is the function `npm run build` runs (scripts/compile-rng.mjs), here with the engine from src/.
    const { compileToJson } = (await import(pathToFileURL(join(repoRoot, 'scripts', 'compile-rng.mjs')).href)) as {
      compileToJson(engine: unknown, name: string, rng: string, outDir: string): Promise<string>;
    };
    const outputs: Buffer[] = [];
    for (const checkout of checkouts) {
      mkdirSync(join(checkout, 'schemas'), { recursive: true });
      cpSync(join(repoRoot, 'schemas', 'tei_all.rng'), join(checkout, 'schemas', 'tei_all.rng'));
      const json = await compileToJson({ relaxng, node: relaxngNode }, 'tei_all', join(checkout, 'schemas', 'tei_all.rng'), join(checkout, 'dist', 'schemas'));
      outputs.push(readFileSync(json));
    }
    expect(outputs[1]!.equals(outputs[0]!)).toBe(true);
    const text = outputs[0]!.toString('utf8');
    expect(text).not.toContain('file:');
    for (const folder of [work, repoRoot]) expect(text).not.toContain(folder);
  });
});
