// surfaces(): the pages of a facsimile or an embedded transcription, as data, on crafted documents (exact values)
// and on the corpus: the Shelley-Godwin notebook assembled from its page files, a page file alone, TEI Publisher.
import { join } from 'node:path';
import xpath from 'xpath';
import { describe, expect, test } from 'vitest';
import { readEdition } from '../../src/model/readEdition.js';
import { readEditionFileSync } from '../../src/model/node.js';
import { teiElements } from '../../src/model/queries.js';
import { findById } from '../../src/model/traverse.js';
import { surfaces, type SurfaceView, type ZoneView } from '../../src/model/surfaces.js';
import { parseTei } from '../../src/parse/parseTei.js';
import { readXmlFileSync } from '../../src/node/readInput.js';
import { corpusDir } from '../helpers.js';

const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"';
const document = (body: string) => readEdition(`<TEI ${TEI}><teiHeader/>${body}</TEI>`);
/** The element names and ids a list of model nodes holds. */
const names = (nodes: Array<{ name: string; attributes: Record<string, string | undefined> }>) =>
  nodes.map((n) => (n.attributes['xml:id'] ? `${n.name}#${n.attributes['xml:id']}` : n.name));

describe('surfaces on crafted documents', () => {
  const edition = document(`
<facsimile>
  <surface xml:id="f1r" n="1r" ulx="0" uly="0" lrx="5406" lry="6876">
    <graphic xml:id="f1r-img" url=" https://example.org/iiif/f1r/full/full/0/default.jpg " width="2703px" height="3438px"/>
    <zone xml:id="main" type="main" ulx="300" uly="400" lrx="5000" lry="6500">
      <zone xml:id="l1" ulx="300" uly="400" lrx="5000" lry="520"/>
      <zone xml:id="tilted" points="400,600 4900,640 4900,760 400,720" rotate="2"/>
    </zone>
    <zone xml:id="margin" type="margin" ulx="0" uly="x" lrx="300" lry="6876"/>
  </surface>
  <surface xml:id="f1v" ulx="0" uly="0" lrx="1000" lry="1400">
    <label>fol. 1 verso</label>
    <graphic url="f1v.jpg" width="12cm" height="17cm"/>
  </surface>
  <surface xml:id="f2r"><desc>Second leaf, recto</desc><graphic url=""/></surface>
  <surface xml:id="f2v"/>
  <surface/>
</facsimile>
<sourceDoc>
  <surface xml:id="s1">
    <zone type="main"><line>First line</line><zone><line>Inner</line></zone></zone>
    <line>Outside the zones</line>
    <surface xml:id="pasteover"><zone><line>On the pasteover</line></zone></surface>
  </surface>
</sourceDoc>
<text><body>
  <pb n="1r" facs="#f1r"/><p><lb facs="#l1"/>A line <lb facs="#tilted #margin"/>and a tilted one,
  <lb facs="#f1r-img"/>the image, <lb facs="#f1r #f1r-img"/>both, <lb facs="#nowhere f2.jpg #s1"/>and others.</p>
  <pb facs="#f1v"/>
</body></text>`);
  const found = surfaces(edition);
  const byId = (id: string) => found.find((s) => s.id === id)!;

  test('every surface in document order, nested ones after theirs', () => {
    expect(found.map((s) => s.id ?? '(none)')).toEqual(['f1r', 'f1v', 'f2r', 'f2v', '(none)', 's1', 'pasteover']);
  });

  test('labels: @n, else label, else desc, else the id', () => {
    expect(found.map((s) => s.label ?? '(none)')).toEqual(['1r', 'fol. 1 verso', 'Second leaf, recto', 'f2v', '(none)', 's1', 'pasteover']);
  });

  test('images: the first graphic with a URL; size from the graphic in pixels, else from the coordinate box', () => {
    const f1r = byId('f1r');
    expect(f1r.image).toEqual({ url: 'https://example.org/iiif/f1r/full/full/0/default.jpg', graphic: f1r.image!.graphic, width: 2703, height: 3438, sizeFrom: 'graphic' });
    expect(f1r.image!.graphic.attributes['xml:id']).toBe('f1r-img');
    const { graphic: _graphic, ...f1v } = byId('f1v').image!;
    expect(f1v).toEqual({ url: 'f1v.jpg', width: 1000, height: 1400, sizeFrom: 'surface' });
    expect(byId('f2r').image).toBeUndefined(); // a graphic without a URL is no image
    expect(byId('f2v').image).toBeUndefined();
  });

  test('coordinates as numbers, and the region', () => {
    const { ulx, uly, lrx, lry, bounds, points } = byId('f1r');
    expect({ ulx, uly, lrx, lry, bounds, points }).toEqual({ ulx: 0, uly: 0, lrx: 5406, lry: 6876, bounds: { ulx: 0, uly: 0, lrx: 5406, lry: 6876 }, points: undefined });
    expect(byId('f2v')).not.toHaveProperty('bounds');
  });

  test('zones, recursively, with type, coordinates, points and their bounding box, rotate', () => {
    const zones = byId('f1r').zones;
    expect(zones.map((z) => z.id)).toEqual(['main', 'margin']);
    const [main, margin] = zones as [ZoneView, ZoneView];
    expect(main).toMatchObject({ type: 'main', ulx: 300, uly: 400, lrx: 5000, lry: 6500, bounds: { ulx: 300, uly: 400, lrx: 5000, lry: 6500 } });
    expect(main.zones.map((z) => z.id)).toEqual(['l1', 'tilted']);
    const tilted = main.zones[1]!;
    expect(tilted).toMatchObject({
      points: [[400, 600], [4900, 640], [4900, 760], [400, 720]],
      bounds: { ulx: 400, uly: 600, lrx: 4900, lry: 760 },
      rotate: 2,
    });
    expect(tilted).not.toHaveProperty('ulx');
    // uly="x" is no number: left out, and with it the box (zone-geometry reports it).
    expect(margin).toMatchObject({ type: 'margin', ulx: 0, lrx: 300, lry: 6876 });
    expect(margin).not.toHaveProperty('uly');
    expect(margin).not.toHaveProperty('bounds');
  });

  test('linked: elements whose @facs names the surface, a zone, or the surface\'s graphic; once each, in order', () => {
    const f1r = byId('f1r');
    expect(f1r.linked.map((e) => `${e.name} ${e.attributes.facs}`)).toEqual(['pb #f1r', 'lb #f1r-img', 'lb #f1r #f1r-img']);
    const [main, margin] = f1r.zones as [ZoneView, ZoneView];
    expect(main.linked).toEqual([]);
    expect(main.zones.map((z) => z.linked.map((e) => e.attributes.facs))).toEqual([['#l1'], ['#tilted #margin']]);
    expect(margin.linked.map((e) => e.attributes.facs)).toEqual(['#tilted #margin']);
    expect(byId('f1v').linked.map((e) => e.name)).toEqual(['pb']);
    expect(byId('s1').linked.map((e) => e.attributes.facs)).toEqual(['#nowhere f2.jpg #s1']);
  });

  test('lines: a surface holds all of its lines (zones included, nested surfaces not); a zone those inside it', () => {
    const text = (nodes: SurfaceView['lines']) => nodes.map((n) => (n.children[0] as { value: string }).value);
    const s1 = byId('s1');
    expect(text(s1.lines)).toEqual(['First line', 'Inner', 'Outside the zones']);
    expect(text(s1.zones[0]!.lines)).toEqual(['First line', 'Inner']);
    expect(text(s1.zones[0]!.zones[0]!.lines)).toEqual(['Inner']);
    expect(text(byId('pasteover').lines)).toEqual(['On the pasteover']);
  });

  test('the nodes are the model\'s own, and the result is plain data', () => {
    const f1r = byId('f1r');
    expect(f1r.element).toBe(findById(edition.document, 'f1r'));
    expect(f1r.zones[0]!.element).toBe(findById(edition.document, 'main'));
    expect(f1r.linked[0]).toBe(teiElements(edition, 'pb')[0]);
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
  });

  test('a pointer names a surface of its own teiCorpus member first', () => {
    const member = (n: number) => `<TEI><teiHeader/><facsimile><surface xml:id="p1" n="member ${n}"/></facsimile><text><body><pb facs="#p1"/></body></text></TEI>`;
    const corpus = readEdition(`<teiCorpus ${TEI}><teiHeader/>${member(1)}${member(2)}</teiCorpus>`);
    const [first, second] = surfaces(corpus);
    expect([first!.label, second!.label]).toEqual(['member 1', 'member 2']);
    expect([first!.linked.length, second!.linked.length]).toEqual([1, 1]);
    expect(first!.linked[0]).not.toBe(second!.linked[0]);
  });

  test('a fragment whose root is a surface, or a surfaceGrp', () => {
    expect(surfaces(readEdition(`<surface ${TEI} xml:id="p"><zone><line>a</line></zone></surface>`)).map((s) => [s.id, s.lines.length])).toEqual([['p', 1]]);
    expect(surfaces(readEdition(`<surfaceGrp ${TEI}><surface n="1"/><surface n="2"/></surfaceGrp>`)).map((s) => s.label)).toEqual(['1', '2']);
    expect(surfaces(document('<text><body><p>No facsimile.</p></body></text>'))).toEqual([]);
  });
});

describe('surfaces on the corpus', () => {
  const sga = join(corpusDir, 'sga', 'tei');
  const notebook = join(sga, 'ox', 'ox-ms_shelley_e1.xml');

  const ZONE_TYPES = ['calculation', 'left_margin', 'library', 'main', 'pagination', 'sketch'];

  test('the Shelley-Godwin notebook, assembled: 93 pages with their IIIF images, zones and lines', () => {
    const edition = readEditionFileSync(notebook, { xinclude: true, xincludeRoot: sga });
    const pages = surfaces(edition);
    expect(pages).toHaveLength(93);
    expect(pages.every((p) => p.image?.url.startsWith('https://iiif.bodleian.ox.ac.uk/iiif/image/'))).toBe(true);
    // No graphic gives a size: the page's coordinate box does (5406 x 6876 on most pages).
    for (const page of pages) {
      const { ulx, uly, lrx, lry } = page.bounds!;
      expect(page.image).toMatchObject({ width: lrx - ulx, height: lry - uly, sizeFrom: 'surface' });
    }
    expect(pages.find((p) => p.id === 'ox-ms_shelley_e1-0010')?.image).toMatchObject({ width: 5406, height: 6876 });
    expect(pages.find((p) => p.id === 'ox-ms_shelley_e1-0010')?.label).toBe('ox-ms_shelley_e1-0010');
    const zones = (list: ZoneView[]): number => list.reduce((n, z) => n + 1 + zones(z.zones), 0);
    expect(pages.reduce((n, p) => n + zones(p.zones), 0)).toBe(152);
    expect(pages.reduce((n, p) => n + p.lines.length, 0)).toBe(1998);
    expect([...new Set(pages.flatMap((p) => p.zones.map((z) => z.type)))].sort()).toEqual(ZONE_TYPES);
  });

  test('a page file alone (a fragment) agrees with XPath', () => {
    const file = join(sga, 'ox', 'ox-ms_shelley_e1', 'ox-ms_shelley_e1-0010.xml');
    const [page, ...rest] = surfaces(readEditionFileSync(file));
    expect(rest).toEqual([]);
    const doc = parseTei(readXmlFileSync(file).text) as unknown as globalThis.Node;
    const select = xpath.useNamespaces({ tei: 'http://www.tei-c.org/ns/1.0' });
    const count = (expression: string) => select(`count(${expression})`, doc) as number;
    expect(page!.lines).toHaveLength(count('//tei:line'));
    expect(page!.zones.map((z) => z.type)).toEqual((select('/tei:surface/tei:zone/@type', doc) as Attr[]).map((a) => a.value));
    expect(page!.zones[0]!.lines).toHaveLength(count('/tei:surface/tei:zone[1]//tei:line'));
  });

  test('TEI Publisher: page breaks point at their surfaces', () => {
    const pages = surfaces(readEditionFileSync(join(corpusDir, 'tei-publisher', 'CIDTC-3823-cortez.xml')));
    expect(pages.map((p) => [p.id, p.image?.url, p.linked.map((e) => `${e.name} ${e.attributes.n}`)])).toEqual([
      ['p302', '12446_000_BCz_1596p302.jpg', ['pb BCz, 1596, p. 302']],
      ['p301', '12446_000_BCz_1596p301.jpg', ['pb BCz, 1596, p. 301']],
    ]);
  });
});
