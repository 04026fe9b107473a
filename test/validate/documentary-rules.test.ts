// The rules of documentary editions: facs-target, zone-geometry and span-anchor. Their fixtures
// (test/fixtures/validate/<rule>/) pin the messages; here: what each leaves to pointer-resolves, fragments and
// unresolved XIncludes, teiCorpus members, the corpus (the Shelley-Godwin notebook assembled, TEI Publisher), and
// 50,000 spans checked in linear time.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import xpath from 'xpath';
import { describe, expect, test } from 'vitest';
import { parseTei } from '../../src/parse/parseTei.js';
import type { Diagnostic } from '../../src/validate/diagnostic.js';
import { validate as validateFile } from '../../src/validate/node.js';
import { validate } from '../../src/validate/validate.js';
import { corpusDir } from '../helpers.js';
import { sgaDir, sgaNotebook } from '../relaxng/helpers.js';

const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"';
const RULES = new Set(['facs-target', 'zone-geometry', 'span-anchor', 'pointer-resolves', 'pointer-target']);
/** `line:column severity rule`, for the rules these tests are about. */
const brief = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => RULES.has(d.ruleId)).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
const doc = (body: string) => `<TEI ${TEI}>\n<text><body>\n${body}\n</body></text>\n</TEI>`;
/** `line:column` of the `nth` (from 1) occurrence of `needle` in `text`, where a diagnostic at it must point. */
function at(text: string, needle: string, nth = 1): string {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe('facs-target', () => {
  test('a dangling #id is left to pointer-resolves; a wrong kind is named', () => {
    const text = doc('<p xml:id="p1"><pb facs="#nowhere"/>a <lb facs="#p1"/>b</p>');
    expect(brief(validate(text, { rules: { 'pointer-target': 'off' } }))).toEqual([`${at(text, '#nowhere')} error pointer-resolves`, `${at(text, '#p1')} error facs-target`]);
    const [wrong] = validate(text).filter((d) => d.ruleId === 'facs-target');
    expect(wrong!.message).toBe('@facs on <lb> points to "#p1", a <p>; expected <surface>, <surfaceGrp>, <zone>, <line>, <path>, <graphic> or <media>');
  });

  test('in a fragment, a surface that is not there is pointer-resolves\' warning only', () => {
    const text = `<div ${TEI}><pb facs="#page1"/><p>text</p></div>`;
    expect(brief(validate(text))).toEqual([`${at(text, '#page1')} warning pointer-resolves`]);
  });

  test('a private scheme is accepted when a prefixDef declares it; the configured severity wins over the warning', () => {
    const body = '<p><pb facs="iiif:p1.jpg"/>text</p>';
    const declared = `<TEI ${TEI}><teiHeader><encodingDesc><listPrefixDef><prefixDef ident="iiif" matchPattern="(.+)" replacementPattern="https://iiif.example.org/$1"/></listPrefixDef></encodingDesc></teiHeader><text><body>${body}</body></text></TEI>`;
    expect(validate(declared, { rules: { 'header-licence': 'off', 'header-source': 'off' } }).filter((d) => d.ruleId === 'facs-target')).toEqual([]);
    expect(brief(validate(doc(body)))).toEqual([`${at(doc(body), 'iiif:')} warning facs-target`]);
    expect(brief(validate(doc(body), { rules: { 'facs-target': 'error' } }))).toEqual([`${at(doc(body), 'iiif:')} error facs-target`]);
  });

  test('the corpus: TEI Publisher\'s page breaks name their surfaces; its undeclared iiif: scheme is a warning', () => {
    const cortez = readFileSync(join(corpusDir, 'tei-publisher', 'CIDTC-3823-cortez.xml'), 'utf8');
    expect(validate(cortez).filter((d) => d.ruleId === 'facs-target')).toEqual([]);
    const osinski = validate(readFileSync(join(corpusDir, 'tei-publisher', 'osinski.xml'), 'utf8')).filter((d) => d.ruleId === 'facs-target');
    expect(osinski).toHaveLength(18);
    expect(osinski.every((d) => d.severity === 'warning' && /^@facs on <(pb|form)>: "iiif:kam(lot|yk)\.jpg(\/[\d,]+)?" uses the scheme "iiif:"/.test(d.message))).toBe(true);
  });
});

describe('zone-geometry', () => {
  test('a zone without a surface box, or a surface nested in another, is compared with nothing', () => {
    const text = `<sourceDoc ${TEI}>\n<surface><zone ulx="10" uly="10" lrx="9000" lry="9000"/></surface>\n<surface ulx="0" uly="0" lrx="10" lry="10"><surface ulx="50" uly="50" lrx="60" lry="60"/></surface>\n</sourceDoc>`;
    expect(brief(validate(text))).toEqual([]);
  });

  test('lines and paths keep to their zone; a zone inside a zone without a box keeps to the surface', () => {
    const text = [
      `<surface ${TEI} ulx="0" uly="0" lrx="100" lry="100">`,
      '<zone><zone ulx="0" uly="0" lrx="101" lry="10"/></zone>',
      '<zone ulx="10" uly="10" lrx="50" lry="50"><line ulx="10" uly="10" lrx="60" lry="20">a</line><path points="10,10 10,51"/></zone>',
      '</surface>',
    ].join('\n');
    expect(brief(validate(text))).toEqual([
      // At the attribute's value: the first corner outside.
      `${at(text, '101"')} error zone-geometry`,
      `${at(text, '60" lry')} warning zone-geometry`,
      `${at(text, '10,51')} warning zone-geometry`,
    ]);
  });
});

describe('span-anchor', () => {
  test('a missing target is left to pointer-resolves: an error in a whole document, a warning in a fragment or with unresolved XIncludes', () => {
    const whole = doc('<p><delSpan spanTo="#gone"/>a</p>');
    expect(brief(validate(whole))).toEqual([`${at(whole, '#gone')} error pointer-resolves`]);
    const fragment = `<surface ${TEI}><zone><addSpan spanTo="#on-next-page"/></zone></surface>`;
    expect(brief(validate(fragment))).toEqual([`${at(fragment, '#on-next-page')} warning pointer-resolves`]);
    const withInclude = `<TEI ${TEI} xmlns:xi="http://www.w3.org/2001/XInclude"><text><body><p><delSpan spanTo="#gone"/>a</p><xi:include href="more.xml"/></body></text></TEI>`;
    expect(brief(validate(withInclude))).toEqual([`${at(withInclude, '#gone')} warning pointer-resolves`]);
  });

  test('a target before the span is found in the span\'s own teiCorpus member', () => {
    const member = (body: string) => `<TEI><text><body><p>${body}</p></body></text></TEI>`;
    // Both members have an anchor a1; the second's is before its span.
    const text = `<teiCorpus ${TEI}>\n${member('<delSpan spanTo="#a1"/>x<anchor xml:id="a1"/>')}\n${member('<anchor xml:id="a1"/>x<delSpan spanTo="#a1"/>')}\n</teiCorpus>`;
    expect(brief(validate(text, { rules: { 'id-unique': 'off' } }))).toEqual([`${at(text, '#a1', 2)} error span-anchor`]);
  });

  test('the Shelley-Godwin notebook, assembled: all 308 spans run forward; a page made to point back is reported in that page', () => {
    const tei = join(sgaDir, 'tei');
    const whole = validateFile(sgaNotebook, { xinclude: true, xincludeRoot: tei, teiSchematron: false });
    expect(whole.filter((d) => d.ruleId === 'span-anchor' || d.ruleId === 'facs-target' || d.ruleId === 'zone-geometry')).toEqual([]);
    // The spans are there to be checked: 308 in the 93 pages the notebook includes, 3 of them on page 10.
    const pages = join(tei, 'ox', 'ox-ms_shelley_e1');
    const select = xpath.useNamespaces({ tei: 'http://www.tei-c.org/ns/1.0' });
    const spans = (file: string) => select('count(//tei:*[@spanTo])', parseTei(readFileSync(join(pages, file), 'utf8')) as unknown as globalThis.Node) as number;
    const pageFiles = readdirSync(pages).filter((f) => f.endsWith('.xml'));
    expect(pageFiles).toHaveLength(93);
    expect(pageFiles.every((f) => readFileSync(sgaNotebook, 'utf8').includes(`<xi:include href="ox-ms_shelley_e1/${f}" />`))).toBe(true);
    expect(pageFiles.reduce((n, f) => n + spans(f), 0)).toBe(308);
    expect(spans('ox-ms_shelley_e1-0010.xml')).toBe(3);
    const page10 = readFileSync(join(pages, 'ox-ms_shelley_e1-0010.xml'), 'utf8');

    // A copy of the notebook where page 10's second speaker points at the first speaker's anchor, before it.
    const copy = join(mkdtempSync(join(tmpdir(), 'teikit-sga-')), 'tei');
    cpSync(tei, copy, { recursive: true });
    const changed = page10.replace('<milestone unit="tei:speaker" spanTo="#e1-0010.02"/>', '<milestone unit="tei:speaker" spanTo="#e1-0010.01"/>');
    expect(changed).not.toBe(page10);
    writeFileSync(join(copy, 'ox', 'ox-ms_shelley_e1', 'ox-ms_shelley_e1-0010.xml'), changed);
    const found = validateFile(join(copy, 'ox', 'ox-ms_shelley_e1.xml'), { xinclude: true, xincludeRoot: copy, teiSchematron: false }).filter(
      (d) => d.ruleId === 'span-anchor',
    );
    const [line, column] = at(changed, '#e1-0010.01"/>', 2).split(':').map(Number);
    expect(found.map((d) => [d.file.replace(/^.*[\\/]/, ''), d.line, d.column, d.message])).toEqual([
      [
        'ox-ms_shelley_e1-0010.xml',
        line,
        column,
        '@spanTo on <milestone> points to "#e1-0010.01", the <anchor> before it: it names where the span ends, after the <milestone>',
      ],
    ]);
    expect(line).toBe(18);
    // The anchor it names, in the same page.
    expect(found[0]!.related?.[0]).toMatchObject({ line: 10, column: 5 });
    expect(changed.split('\n')[9]).toBe('    <anchor xml:id="e1-0010.01"/>');
  });

  test('linear: 50,000 spans, one in ten pointing back, are checked in one pass', () => {
    const n = 50_000;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      parts.push(i % 10 === 9 ? `<anchor xml:id="a${i}"/><delSpan spanTo="#a${i}"/>x` : `<addSpan spanTo="#a${i}"/>x<anchor xml:id="a${i}"/>`);
    }
    const diagnostics = validate(doc(`<p>${parts.join('\n')}</p>`));
    expect(diagnostics.filter((d) => d.ruleId === 'span-anchor')).toHaveLength(n / 10);
    expect(diagnostics.filter((d) => d.ruleId !== 'span-anchor')).toEqual([]);
  }, 60_000);
});
