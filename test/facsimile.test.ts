// The facsimile layout and page images, checked on small documents: region arithmetic (CSS crops and IIIF region
// requests), which URLs are IIIF or images, the URL policy, page cutting without loss, and real data (a TEI
// Publisher letter, the Shelley-Godwin notebook) when the shared corpus is there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTei, toHtml, toText } from '../src/index.js';
import { around, expectedCharacters, firstMissing, htmlCharacters } from './completeness.js';
import { corpusDir, corpusFiles, editionPath } from './helpers.js';

const doc = (facsimile: string, body: string) => `<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
<facsimile>${facsimile}</facsimile>
<text><body>${body}</body></text></TEI>`;

const facs = (xml: string) => toHtml(xml, { layout: 'facsimile', fragment: true });
const attr = (html: string, selector: RegExp) => html.match(selector)?.[1];

/** The crop of the first region: the box's style and the image's style. */
function crop(html: string) {
  const box = attr(html, /<span class="tk-crop" style="([^"]*)"/);
  const img = attr(html, /<span class="tk-crop"[^>]*><img [^>]*style="([^"]*)"/);
  return { box, img };
}

describe('region arithmetic', () => {
  test('a zone on a surface with coordinates: the whole image scaled and shifted by percentages', () => {
    const html = facs(doc(
      '<surface xml:id="s" ulx="0" uly="0" lrx="1000" lry="2000"><graphic url="p.jpg"/><zone xml:id="z" ulx="100" uly="200" lrx="300" lry="250"/></surface>',
      '<pb facs="#s"/><p><lb facs="#z"/>line</p>'));
    // region 200 x 50: the image is 1000/200 = 500% wide, 2000/50 = 4000% high, moved left by 100/200 and up by 200/50
    expect(crop(html)).toEqual({ box: 'aspect-ratio:200/50;width:9.6em', img: 'left:-50%;top:-400%;width:500%;height:4000%' });
  });

  test('a surface whose origin is not 0: offsets count from ulx/uly', () => {
    const html = facs(doc(
      '<surface xml:id="s" ulx="50" uly="100" lrx="1050" lry="2100"><graphic url="p.jpg"/><zone xml:id="z" ulx="150" uly="300" lrx="350" lry="350"/></surface>',
      '<pb facs="#s"/><p><lb facs="#z"/>line</p>'));
    expect(crop(html).img).toBe('left:-50%;top:-400%;width:500%;height:4000%');
  });

  test('@points gives its bounding box; a zone reaching outside its surface is clipped to it', () => {
    const html = facs(doc(
      `<surface xml:id="s" ulx="0" uly="0" lrx="100" lry="100"><graphic url="p.png"/>
         <zone xml:id="a" points="10,20 60,20 60,40 10,40"/><zone xml:id="b" ulx="-10" uly="90" lrx="50" lry="120"/></surface>`,
      '<pb facs="#s"/><p><lb facs="#a"/>one <lb facs="#b"/>two</p>'));
    const boxes = [...html.matchAll(/<span class="tk-crop" style="([^"]*)"><img [^>]*style="([^"]*)"/g)].map((m) => [m[1], m[2]]);
    expect(boxes).toEqual([
      ['aspect-ratio:50/20;width:6em', 'left:-20%;top:-100%;width:200%;height:500%'],
      ['aspect-ratio:50/10;width:12em', 'left:0%;top:-900%;width:200%;height:1000%'],
    ]);
    expect(html).toContain('title="Region of page 1 (0,90,50,100)"');
  });

  test('without surface coordinates the graphic size (px or plain numbers) is the coordinate system', () => {
    const html = facs(doc(
      '<surface xml:id="s"><graphic url="p.jpg" width="800px" height="1200"/><zone xml:id="z" ulx="80" uly="100" lrx="720" lry="160"/></surface>',
      '<pb facs="#s"/><p><lb facs="#z"/>line</p>'));
    expect(crop(html).img).toBe('left:-12.5%;top:-166.6667%;width:125%;height:2000%');
    expect(html).toMatch(/<img src="p.jpg" alt="Page 1" loading="lazy" width="800" height="1200">/);
  });

  test('a line-shaped region is 2.4em high within 6em..40em; a tall one 6em wide', () => {
    const widths = ['0,0,1000,100', '0,0,100,400', '0,0,10000,10'].map((box) => {
      const [ulx, uly, lrx, lry] = box.split(',');
      return attr(facs(doc(
        `<surface xml:id="s" ulx="0" uly="0" lrx="10000" lry="10000"><graphic url="p.jpg"/><zone xml:id="z" ulx="${ulx}" uly="${uly}" lrx="${lrx}" lry="${lry}"/></surface>`,
        '<pb facs="#s"/><p><lb facs="#z"/>x</p>')), /width:([0-9.]+em)"/);
    });
    expect(widths).toEqual(['24em', '6em', '40em']);
  });

  test('IIIF regions are pixels: surface units scaled by the graphic size when it is given', () => {
    const html = facs(doc(
      `<surface xml:id="s" ulx="0" uly="0" lrx="5400" lry="7000"><graphic url="https://x.org/iiif/3/leaf/info.json" width="2700px" height="3500px"/>
         <zone xml:id="z" ulx="600" uly="800" lrx="4800" lry="1000" rotate="90"/></surface>`,
      '<pb facs="#s"/><p><lb facs="#z"/>line</p>'));
    expect(html).toContain('src="https://x.org/iiif/3/leaf/300,400,2100,100/max/0/default.jpg"');
    expect(html).toContain('alt="Region of page 1, rotated 90°"');
    expect(html).toContain('src="https://x.org/iiif/3/leaf/full/max/0/default.jpg"');
  });

  test('zones without coordinates, or with nonsense, say so in words and never reach a style', () => {
    const html = facs(doc(
      `<surface xml:id="s" ulx="0" uly="0" lrx="100" lry="100"><graphic url="p.jpg"/>
         <zone xml:id="a"/><zone xml:id="b" ulx="0;background:red" uly="0" lrx="10" lry="10"/><zone xml:id="c" ulx="50" uly="0" lrx="10" lry="10"/></surface>`,
      '<pb facs="#s"/><p><lb facs="#a"/>a <lb facs="#b"/>b <lb facs="#c"/>c</p>'));
    expect(html.match(/<span class="tk-crop tk-crop-none">\[Region of page 1\]<\/span>/g)).toHaveLength(3);
    expect(html).not.toContain('background:red');
  });
});

describe('which images are shown, and how', () => {
  const src = (url: string, extra = '') => attr(facs(doc(`<surface xml:id="s"><graphic url="${url}"${extra}/></surface>`, '<pb facs="#s"/><p>x</p>')), /<figure[^>]*><a [^>]*><img src="([^"]*)"/);
  test.each([
    ['https://iiif.bodleian.ox.ac.uk/iiif/image/7a4844e5-20e4-4aa0-ac59-a7e83c6ff42d', 'https://iiif.bodleian.ox.ac.uk/iiif/image/7a4844e5-20e4-4aa0-ac59-a7e83c6ff42d/full/max/0/default.jpg'],
    ['https://x.org/iiif/2/ms/full/full/0/default.jpg', 'https://x.org/iiif/2/ms/full/full/0/default.jpg'],
    ['https://x.org/image/ms/full/!800,800/0/gray.png', 'https://x.org/image/ms/full/!800,800/0/gray.png'],
    ['https://x.org/img/ms/info.json', 'https://x.org/img/ms/full/max/0/default.jpg'],
    ['https://x.org/iiif/leaf.jpg', 'https://x.org/iiif/leaf.jpg'],
    ['pages/p1.JPEG?v=2', 'pages/p1.JPEG?v=2'],
    ['pages/p1.webp', 'pages/p1.webp'],
  ])('%s', (url, expected) => {
    expect(src(url)).toBe(expected);
  });

  test('a graphic whose @mimeType names IIIF is a service; an image/* type is an image', () => {
    expect(src('https://x.org/svc/abc', ' mimeType="application/ld+json;profile=&quot;http://iiif.io/api/image/3/context.json&quot;"')).toBe('https://x.org/svc/abc/full/max/0/default.jpg');
    expect(src('https://x.org/svc/abc', ' mimeType="image/jpeg"')).toBe('https://x.org/svc/abc');
  });

  test.each(['pages/p1.tif', 'HS.NZ85.1.3571_0004', 'https://viewer.example.org/page/2', 'https://x.org/iiif/image/abc?token=1', 'https://x.org/svc/abc'])('not an image a browser shows: %s', (url) => {
    expect(src(url)).toBeUndefined();
  });

  test.each([
    'javascript:alert(1)//x.jpg',
    ' JaVaScRiPt:alert(1)//iiif/x',
    'java&#9;script:alert(1).png',
    'data:image/png;base64,AAAA.png',
    '//evil.example.org/p.jpg',
    '\\\\evil.example.org\\p.jpg',
    'vbscript:x.jpg',
  ])('never a hostile URL: %s', (url) => {
    for (const xml of [
      doc(`<surface xml:id="s"><graphic url="${url}"/><zone xml:id="z" ulx="0" uly="0" lrx="1" lry="1"/></surface>`, '<pb facs="#s"/><p><lb facs="#z"/>x</p>'),
      doc('<surface xml:id="s"/>', `<pb facs="${url}"/><p>x</p>`),
      doc(`<surface xml:id="s"><graphic url="p.jpg"/><zone xml:id="z" ulx="0" uly="0" lrx="1" lry="1"><graphic url="${url}"/></zone></surface>`, '<pb facs="#s"/><p><lb facs="#z"/>x</p>'),
    ]) {
      const html = facs(xml);
      expect(html).not.toMatch(/(src|href)="\s*(javascript|data|vbscript):/i);
      expect(html).not.toMatch(/(src|href)="(\/\/|\\)/);
      expect(html).not.toContain('evil.example.org');
    }
  });

  test('a pb/@facs that holds an image URL shows it; one that repeats a graphic URL uses that graphic', () => {
    const html = facs(doc('<graphic xml:id="g" url="scans/p2.png" width="10" height="20"/>', '<pb n="1" facs="https://img.example.org/p1.jpg"/><p>a</p><pb n="2" facs="scans/p2.png"/><p>b</p>'));
    expect(html).toMatch(/<img src="https:\/\/img.example.org\/p1.jpg" alt="Page 1" loading="lazy">/);
    expect(html).toMatch(/<figure class="tk-fimage" id="g"><a href="scans\/p2.png" class="tk-fimage-link"><img src="scans\/p2.png" alt="Page 2" loading="lazy" width="10" height="20">/);
  });
});

/** The words of an HTML page's article, without figure captions (which only the facsimile layout has). */
function words(html: string): string[] {
  return html
    .replace(/^[\s\S]*?<article/, '<article')
    .replace(/<figcaption[\s\S]*?<\/figcaption>|<p class="tk-fnote">[\s\S]*?<\/p>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .split(/\s+/)
    .filter(Boolean)
    .sort();
}

describe('the layout', () => {
  const letter = doc(
    '<surface xml:id="s1"><graphic url="1.jpg"/></surface><surface xml:id="s2"><graphic url="2.jpg"/></surface>',
    `<head>Head</head><div xml:id="d1"><p xml:id="p1">Before <pb n="1" facs="#s1"/>one <hi rend="italic">across <pb n="2" facs="#s2"/>pages</hi> two.<note>A note.</note></p>
     <list><item>item a</item><pb n="3"/><item>item b</item></list></div>`);

  test('the text is cut at its page breaks and nothing is lost or repeated; ids stay unique', () => {
    for (const view of ['reading', 'diplomatic'] as const) {
      const sequential = toHtml(letter, { layout: 'sequential', view });
      const facsimile = toHtml(letter, { layout: 'facsimile', view });
      expect(words(facsimile)).toEqual(words(sequential));
      const ids = [...facsimile.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      expect(facsimile.match(/<div class="tk-fpage[^"]*">/g)).toEqual(['<div class="tk-fpage tk-fpage-noimage">', '<div class="tk-fpage">', '<div class="tk-fpage">', '<div class="tk-fpage tk-fpage-noimage">']);
      // an element that runs over a page break keeps its id on its first piece and is continued without it
      expect(facsimile).toContain('<p id="p1" class="tei-p">Before');
      expect(facsimile).toMatch(/<p class="tei-p tk-cont"><span[^>]*data-n="1"/);
      expect(facsimile).toMatch(/<span class="tei-hi r-italic tk-cont"><span[^>]*data-n="2"/);
      expect(facsimile).not.toContain('data-tk-page');
      // the notes come after the pages, once
      expect(facsimile.match(/class="tk-notes"/g)).toHaveLength(1);
      expect(facsimile.indexOf('class="tk-notes"')).toBeGreaterThan(facsimile.lastIndexOf('tk-fpage'));
    }
  });

  test('page markers link to their images', () => {
    const html = facs(letter);
    expect(html).toMatch(/<a href="#s1" class="tk-pb-label tk-pb-facs" title="Page 1">\[p. 1\]<\/a>/);
    expect(html).toMatch(/<a href="#s2" class="tk-pb-label tk-pb-facs" title="Page 2">\[p. 2\]<\/a>/);
    expect(html).toMatch(/<figure class="tk-fimage" id="s1">/);
  });

  test('a document without page images renders as the sequential layout; its CSS is added only when used', () => {
    const none = doc('<graphic url="HS.NZ85.1.3571_0003"/>', '<pb n="1" facs="HS.NZ85.1.3571_0003"/><p>x</p>');
    expect(toHtml(none, { layout: 'facsimile', fragment: true }).replace('tk-layout-facsimile', 'tk-layout-sequential')).toBe(toHtml(none, { layout: 'sequential', fragment: true }));
    expect(toHtml(none, { layout: 'sequential' })).not.toContain('.tk-fpage{');
    expect(toHtml(letter, { layout: 'facsimile' })).toContain('.tk-fpage{');
    expect(toHtml(editionPath)).not.toContain('tk-fpage');
  });

  test('a wrong layout is a usage error that names the choices', () => {
    expect(() => toHtml(letter, { layout: 'facsimiles' as never })).toThrow('layout must be "parallel" or "sequential" or "facsimile", not "facsimiles"');
  });

  test('the text output does not change with images: embedded pages keep their [Image <url>] line', () => {
    const sourceDoc = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
      <sourceDoc><surface n="1r"><graphic url="https://iiif.example.org/iiif/image/abc"/><zone><line>A line.</line></zone></surface></sourceDoc></TEI>`;
    expect(toText(sourceDoc)).toContain('[Image <https://iiif.example.org/iiif/image/abc>]');
    const html = toHtml(sourceDoc, { fragment: true });
    expect(html).toMatch(/<section id="[^"]+" class="tei-surface tk-fpage"/);
    expect(html).toContain('<img src="https://iiif.example.org/iiif/image/abc/full/max/0/default.jpg" alt="Page 1r" loading="lazy">');
    expect(html).not.toContain('class="tk-facs"');
  });
});

const cortez = join(corpusDir, 'tei-publisher', 'CIDTC-3823-cortez.xml');
const notebook = join(corpusDir, 'sga', 'tei', 'ox', 'ox-ms_shelley_e1.xml');

describe.runIf(existsSync(cortez))('real data', () => {
  test('a TEI Publisher letter: each pb/@facs surface beside its page, no word lost', () => {
    const facsimile = toHtml(cortez, { layout: 'facsimile' });
    expect(words(facsimile)).toEqual(words(toHtml(cortez, { layout: 'sequential' })));
    expect([...facsimile.matchAll(/<figure class="tk-fimage" id="([^"]*)"><a href="([^"]*)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['p302', '12446_000_BCz_1596p302.jpg'],
      ['p301', '12446_000_BCz_1596p301.jpg'],
    ]);
  });

  test.runIf(existsSync(notebook))('the Shelley-Godwin notebook: every surface a page with its image beside its lines', () => {
    const root = join(corpusDir, 'sga', 'tei');
    for (const view of ['reading', 'diplomatic'] as const) {
      const html = toHtml(notebook, { view, xinclude: true, xincludeRoot: root });
      const pages = html.split('<section id="ox-ms_shelley_e1-').slice(1);
      expect(pages).toHaveLength(93);
      for (const page of pages) {
        expect(page).toMatch(/^[0-9]{4}" class="tei-surface tk-fpage"/);
        expect(page).toMatch(/<figure class="tk-fimage" id="tk-img-ox-ms_shelley_e1-[0-9]{4}"><a href="https:\/\/iiif\.bodleian\.ox\.ac\.uk\/iiif\/image\/[0-9a-f-]{36}\/full\/max\/0\/default\.jpg"/);
        // the image comes first, then the page's own lines
        expect(page.indexOf('<div class="tk-ftext">')).toBeGreaterThan(page.indexOf('</figure>'));
      }
    }
  });
});

// Every corpus file with a facsimile or @facs keeps its text, in order, in the facsimile layout (both views).
const withFacs = existsSync(corpusDir) ? corpusFiles().map((f) => join(corpusDir, f)).filter((f) => /<facsimile|\sfacs="/.test(readFileSync(f, 'utf8'))) : [];

describe.runIf(withFacs.length > 0)('corpus files with @facs keep their text in the facsimile layout', () => {
  test.each(withFacs)('%s', (path) => {
    const text = readFileSync(path, 'utf8');
    const doc = parseTei(text, { file: path });
    for (const view of ['reading', 'diplomatic'] as const) {
      const expected = expectedCharacters(doc, view, 'html');
      const actual = htmlCharacters(toHtml(text, { view, layout: 'facsimile', file: path }));
      const missing = firstMissing(expected.running, actual);
      expect(missing, `${view}: text lost near «${around(expected.running, missing)}»`).toBe(-1);
      for (const note of expected.notes) expect(firstMissing(note, actual), `${view}: a note lost`).toBe(-1);
    }
  });
});
