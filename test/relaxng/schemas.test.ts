// Compiled schemas: the JSON form round-trips (same verdicts and messages), keeps the licence header, loads fast;
// loadSchema finds tei_all in dist/schemas/ or says how to build it; .rng files compile once and are cached.
import { mkdtempSync, readFileSync, utimesSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TeiInputError } from '../../src/errors.js';
import { loadCompiledSchema, serializeSchema, validateXml, SCHEMA_FORMAT } from '../../src/validate/relaxng/index.js';
import { compileSchemaFile, loadSchema, schemaForDocument, validateFileAgainstSchema } from '../../src/validate/relaxng/node.js';
import { corpusDir, corpusFiles, editionPath, readText } from '../helpers.js';
import { specDir, teiAll, teiFixturesDir } from './helpers.js';

const compiled = teiAll();
const serialized = serializeSchema(compiled, { source: 'tei_all.rng' });
const json = JSON.stringify(serialized);
const loaded = loadCompiledSchema(json);

describe('the compiled form of tei_all', () => {
  test('is compact JSON that keeps the schema\'s licence and attribution', () => {
    expect(serialized.format).toBe(SCHEMA_FORMAT);
    expect(json.length).toBeLessThan(400_000);
    expect(serialized.header).toMatch(/TEI Edition: P5 Version\s4\.12\.0/);
    expect(serialized.header).toContain('TEI Consortium');
    expect(serialized.header).toContain('CC+BY and BSD-2');
    expect(loaded.info.header).toBe(serialized.header);
  });

  test('loads in well under a second', () => {
    const started = performance.now();
    loadCompiledSchema(json);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('gives the same diagnostics as the schema compiled from .rng', () => {
    const files = [...corpusFiles().map((f) => join(corpusDir, f)), editionPath, join(teiFixturesDir, 'invalid-out-of-context.xml'), join(teiFixturesDir, 'invalid-duplicate-id.xml')];
    for (const file of files) {
      const text = readText(file);
      expect(validateXml(loaded, text), file).toEqual(validateXml(compiled, text));
    }
  });

  test('load and serialise is idempotent', () => {
    const once = JSON.stringify(serializeSchema(loaded));
    expect(JSON.stringify(serializeSchema(loadCompiledSchema(once)))).toBe(once);
    expect(once.length).toBe(json.length);
  });

  test('refuses JSON that is not a compiled schema', () => {
    expect(() => loadCompiledSchema('{"format":"other"}')).toThrow(/not a compiled teikit schema/);
  });
});

describe('loadSchema and friends (Node)', () => {
  test('loadSchema("tei_all") reads dist/schemas/tei_all.json, or says to build', () => {
    let result: unknown;
    try {
      result = loadSchema('tei_all');
    } catch (error) {
      result = error;
    }
    if (result instanceof Error) {
      expect(result).toBeInstanceOf(TeiInputError);
      expect(result.message).toMatch(/the precompiled schema "tei_all" is missing .*npm run build/);
    } else {
      expect(validateXml(result as ReturnType<typeof loadSchema>, readText(editionPath))).toEqual([]);
    }
  });

  test('a .rng file is compiled once and reused until it changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-rng-'));
    const path = join(dir, 'schema.rng');
    writeFileSync(path, '<element name="a" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>');
    const first = compileSchemaFile(path);
    expect(compileSchemaFile(path)).toBe(first);
    writeFileSync(path, '<element name="b" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const second = compileSchemaFile(path);
    expect(second).not.toBe(first);
    expect(validateXml(second, '<b/>')).toEqual([]);
  });

  test('a document\'s <?xml-model?> names its schema, relative to the document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-rng-'));
    mkdirSync(join(dir, 'schema'));
    copyFileSync(join(specDir, 'element-attribute', 'schema.rng'), join(dir, 'schema', 'letter.rng'));
    const doc = join(dir, 'letter.xml');
    writeFileSync(doc, '<?xml-model href="schema/letter.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n<letter n="1"><from/><to/></letter>');
    expect(validateFileAgainstSchema(doc)).toEqual([]);
    writeFileSync(doc, '<?xml-model href="schema/letter.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>\n<letter><from/><to/></letter>');
    expect(validateFileAgainstSchema(doc).map((d) => d.message)).toEqual(['element "letter" missing required attribute "n"']);
    expect(schemaForDocument(readFileSync(doc, 'utf8'), doc)).toBeDefined();
  });

  test('a remote or absent <?xml-model?> is not fetched: the caller must name a schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-rng-'));
    const doc = join(dir, 'a.xml');
    writeFileSync(doc, '<?xml-model href="https://example.org/tei_all.rng" schematypens="http://relaxng.org/ns/structure/1.0"?><TEI/>');
    expect(schemaForDocument(readFileSync(doc, 'utf8'), doc)).toBeUndefined();
    expect(() => validateFileAgainstSchema(doc)).toThrow(/names no local RELAX NG schema .*it names https:\/\/example.org\/tei_all.rng, which teikit does not fetch: pass schema: 'tei_all'/);
  });

  test('a missing schema file is a TeiInputError', () => {
    expect(() => compileSchemaFile('/nonexistent/schema.rng')).toThrow(TeiInputError);
  });
});
