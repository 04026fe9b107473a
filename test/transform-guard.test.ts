// Transforms of untrusted input cannot read local files, whatever the stylesheet asks for.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTransformer, TeiTransformError, type SaxonJSLike, type Sef } from '../src/index.js';
import { repoRoot } from './helpers.js';

const require = createRequire(import.meta.url);
const SaxonJS = require('saxon-js') as SaxonJSLike;
let sef: Sef;
let secret: string;

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'teikit-guard-'));
  const target = join(work, 'reads-files.sef.json');
  execFileSync(process.execPath, [
    require.resolve('xslt3/xslt3.js'),
    `-xsl:${join(repoRoot, 'test/fixtures/stylesheets/reads-files.xsl')}`,
    `-export:${target}`,
    '-nogo',
    '-relocate:on',
  ]);
  sef = JSON.parse(readFileSync(target, 'utf8')) as Sef;
  secret = join(work, 'secret.xml');
  writeFileSync(secret, '<secret>the contents of a local file</secret>');
  writeFileSync(`${secret}.json`, '{"secret": "the contents of a local file"}');
});

const tei = (target: string) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><ref target="${target}">x</ref></p></body></text></TEI>`;

describe('resource access during transforms', () => {
  const transformer = createTransformer({ saxon: SaxonJS, stylesheet: () => ({}) });

  test.each(['doc', 'unparsed-text'])('%s() of a local file is refused', (how) => {
    const run = () => transformer.run(sef, tei(pathToFileURL(secret).href), { how });
    expect(run).toThrow(TeiTransformError);
    expect(run).toThrow(/teikit blocks access to external resources during a transform: file:\/\//);
  });

  test('document() of a local file fails without reading it', () => {
    // SaxonJS already refuses document() here (compiled stylesheets have no base URI); it must stay an error.
    expect(() => transformer.run(sef, tei(pathToFileURL(secret).href), { how: 'document' })).toThrow(TeiTransformError);
  });

  test('json-doc() of a local file is refused', () => {
    expect(() => transformer.run(sef, tei(pathToFileURL(`${secret}.json`).href), { how: 'json-doc' })).toThrow(/teikit blocks access/);
  });

  test('doc-available() answers false instead of reading', () => {
    expect(transformer.run(sef, tei(pathToFileURL(secret).href), { how: 'doc-available' })).toContain('<out>false</out>');
  });

  test('outside teikit transforms SaxonJS reads files as before', () => {
    const result = (SaxonJS.transform({ stylesheetInternal: sef, sourceText: tei(pathToFileURL(secret).href), destination: 'serialized' }, 'sync') as { principalResult: string }).principalResult;
    expect(result).toContain('the contents of a local file');
  });
});
