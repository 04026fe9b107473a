// The engine runs in browsers (no Node imports outside node.ts) and validates an xmldom Document as it validates text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { parseTei } from '../../src/parse/parseTei.js';
import { validateDocument, validateXml, xmlModels, relaxNgModel } from '../../src/validate/relaxng/index.js';
import { corpusDir, corpusFiles, editionPath, readText, repoRoot } from '../helpers.js';
import { teiAll, teiFixturesDir } from './helpers.js';

const engineDir = join(repoRoot, 'src', 'validate', 'relaxng');

test('no module of the engine but node.ts imports Node built-ins', () => {
  const offenders: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts') && entry.name !== 'node.ts') {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(/^import[^;]*from\s+'([^']+)'/gm)) {
          const target = m[1]!;
          if (target.startsWith('node:') || ['fs', 'path', 'url', 'os', 'child_process'].includes(target) || target.includes('/node/')) {
            offenders.push(`${relative(repoRoot, path)} imports ${target}`);
          }
        }
        if (/\bprocess\.|\bBuffer\b|\brequire\(/.test(source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))) offenders.push(`${relative(repoRoot, path)} uses a Node global`);
      }
    }
  };
  visit(engineDir);
  expect(offenders).toEqual([]);
});

test('validateDocument (xmldom) gives the verdicts and messages of validateXml', () => {
  const schema = teiAll();
  const files = [
    editionPath,
    ...corpusFiles().filter((f) => !f.includes('isicily')).map((f) => join(corpusDir, f)),
    ...readdirSync(teiFixturesDir)
      .filter((f) => f.endsWith('.xml') && !f.includes('root') && !f.includes('namespace') && !f.includes('xinclude'))
      .map((f) => join(teiFixturesDir, f)),
  ];
  for (const file of files) {
    const text = readText(file);
    const fromText = validateXml(schema, text, { file });
    const fromDom = validateDocument(schema, parseTei(text, { file }), { file });
    expect(fromDom.map((d) => d.message), file).toEqual(fromText.map((d) => d.message));
    // A DOM keeps no end tags: "incomplete" (reported at the end tag from text) is at the start tag there.
    const lines = (ds: typeof fromText) => ds.filter((d) => !d.message.includes(' incomplete')).map((d) => d.line);
    expect(lines(fromDom), file).toEqual(lines(fromText));
  }
});

test('xml-model processing instructions are read from the prolog', () => {
  const text = readText(join(corpusDir, 'rusdracor', 'pushkin-mocart-i-saleri.xml'));
  expect(xmlModels(text).map((m) => m.href)).toContain('https://dracor.org/schema.rng');
  expect(relaxNgModel(text)?.schematypens).toBe('http://relaxng.org/ns/structure/1.0');
  expect(relaxNgModel('<?xml-model href="a.sch" schematypens="http://purl.oclc.org/dsdl/schematron"?><a/>')).toBeUndefined();
  expect(relaxNgModel('<?xml-model href=\'s.rng\'?><a/>')?.href).toBe('s.rng');
});
