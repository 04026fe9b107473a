// The Shelley-Godwin Archive (shared corpus, sga/): page files that name their project schema in <?xml-model?>
// after a Schematron declaration of the same file, and a notebook that XIncludes them. Verdict parity on every file
// is tei-parity.test.ts; this file checks the two mechanisms the archive relies on.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RELAXNG_SCHEMATYPENS, relaxNgModel, xmlModels } from '../../src/validate/relaxng/index.js';
import { compileSchemaFile, schemaForDocument, validateFileAgainstSchema } from '../../src/validate/relaxng/node.js';
import { sgaNotebook, sgaPageRng, sgaPagesDir, teiAll } from './helpers.js';

const SCHEMATRON = 'http://purl.oclc.org/dsdl/schematron';
const pages = readdirSync(sgaPagesDir)
  .filter((f) => f.endsWith('.xml'))
  .sort()
  .map((f) => join(sgaPagesDir, f));

describe('<?xml-model?>: the RELAX NG declaration is chosen, not the first one', () => {
  test('every page declares the page schema twice, for Schematron first and for RELAX NG second', () => {
    for (const page of pages) {
      const text = readFileSync(page, 'utf8');
      const models = xmlModels(text);
      expect(models.map((m) => [m.href, m.schematypens]), page).toEqual([
        ['../../../schemata/shelley-godwin-page.rng', SCHEMATRON],
        ['../../../schemata/shelley-godwin-page.rng', RELAXNG_SCHEMATYPENS],
      ]);
      expect(relaxNgModel(text), page).toEqual(models[1]);
    }
  });

  test('a page validates against the schema its RELAX NG declaration names, as if it were given', () => {
    const page = pages[0]!;
    expect(schemaForDocument(readFileSync(page, 'utf8'), page)).toBe(compileSchemaFile(sgaPageRng));
    for (const p of pages) expect(validateFileAgainstSchema(p), p).toEqual(validateFileAgainstSchema(p, { schema: sgaPageRng }));
    // jing's verdict on the first page (test/fixtures/relaxng/jing-verdicts-sga-page.tsv): one error, line 42.
    expect(validateFileAgainstSchema(page).map((d) => [d.line, d.message.split(';')[0]])).toEqual([[42, 'value of attribute "rend" is invalid']]);
  });

  test('the Schematron declaration is passed over even when it comes first and names another .rng', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-rng-'));
    mkdirSync(join(dir, 'schemata'));
    const rng = (name: string) => `<element name="${name}" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>`;
    writeFileSync(join(dir, 'schemata', 'rules.rng'), rng('other'));
    writeFileSync(join(dir, 'schemata', 'page.rng'), rng('surface'));
    const doc = join(dir, 'page.xml');
    writeFileSync(
      doc,
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<?xml-model href="schemata/rules.rng" type="application/xml" schematypens="${SCHEMATRON}"?>`,
        `<?xml-model href="schemata/page.rng" type="application/xml" schematypens="${RELAXNG_SCHEMATYPENS}"?>`,
        '<surface/>',
      ].join('\n'),
    );
    expect(relaxNgModel(readFileSync(doc, 'utf8'))?.href).toBe('schemata/page.rng');
    expect(schemaForDocument(readFileSync(doc, 'utf8'), doc)).toBe(compileSchemaFile(join(dir, 'schemata', 'page.rng')));
    expect(validateFileAgainstSchema(doc)).toEqual([]);
  });
});

describe('the notebook, with its 93 pages XIncluded', () => {
  test('against tei_all, errors in the pages are reported in the pages, as jing does (279 errors)', () => {
    // The notebook includes ../shared/classDecl.xml: its XInclude root is the tei/ folder, given explicitly.
    const diagnostics = validateFileAgainstSchema(sgaNotebook, { schema: teiAll(), xincludeRoot: dirname(dirname(sgaNotebook)) });
    // Inside sourceDoc a surface is allowed: only partOf and the mith: attributes are not (jing: 279 errors, all in
    // the pages, on the line of each page's surface start tag).
    expect(diagnostics).toHaveLength(279);
    const byPage = new Map<string, string[]>();
    for (const d of diagnostics) {
      const lines = readFileSync(d.file, 'utf8').split('\n');
      expect(lines.slice(d.line - 1, d.endLine).join('\n'), `${d.file}:${d.line}: ${d.message}`).toMatch(/<surface\b/);
      byPage.set(d.file, [...(byPage.get(d.file) ?? []), d.message.split(';')[0]!]);
    }
    expect(byPage.size).toBe(93);
    for (const messages of byPage.values()) {
      expect(messages).toEqual(['attribute "partOf" not allowed here', 'attribute "mith:folio" not allowed here', 'attribute "mith:shelfmark" not allowed here']);
    }
    // Without the wider root, the shared classDecl is refused, at its xi:include.
    const refused = validateFileAgainstSchema(sgaNotebook, { schema: teiAll() });
    expect(refused).toHaveLength(1);
    expect(`${refused[0]!.line}:${refused[0]!.column} ${refused[0]!.message}`).toMatch(/^434:25 refused to include \.\.\/shared\/classDecl\.xml: .* is outside the folder of /);
  });
});
