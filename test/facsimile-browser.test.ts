// The facsimile layout in a real browser: Debian's headless Chromium driven by playwright-core (no browser download).
// A page whose images are local PNGs made here: every page image loads and sits beside its page's text (stacked on a
// narrow screen), a zone linked from a line shows exactly that region (box aspect, image offset, and its pixels),
// a IIIF region is requested as x,y,w,h, links and images have names, axe-core finds nothing serious.
// The screenshots go to the run's temporary folder (TMPDIR, removed after the run; the path is printed), or to
// TEIKIT_ARTIFACT_DIR when it is set.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toHtml } from '../src/index.js';
import { repoRoot } from './helpers.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// ----- a tiny PNG encoder and decoder (8-bit RGB/RGBA, no interlace): enough for test images and screenshots -----

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** An RGB PNG of width x height whose pixel colour is `colour(x, y)`. */
function encodePng(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) raw.set(colour(x, y), row + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Pixels of an 8-bit RGB or RGBA PNG (what Chromium's screenshots are). */
function decodePng(png: Buffer): { width: number; height: number; pixel(x: number, y: number): [number, number, number] } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0 || (body[9] !== 2 && body[9] !== 6)) throw new Error('only 8-bit RGB(A) PNGs without interlace');
      channels = body[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= channels ? out[y * stride + i - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? out[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      out[y * stride + i] = (x + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
  }
  return { width, height, pixel: (x, y) => [out[y * stride + x * channels]!, out[y * stride + x * channels + 1]!, out[y * stride + x * channels + 2]!] };
}

// ----- the page -----

// The test image, 400 x 600 pixels: light grey, a blue band (40,100)-(360,140) and a red block (40,160)-(200,220).
// The surfaces' coordinates are five times the pixels (2000 x 3000), so that the zones are scaled as well.
const BLUE: [number, number, number] = [30, 60, 200];
const RED: [number, number, number] = [200, 30, 30];
const testImage = () =>
  encodePng(400, 600, (x, y) => (x >= 40 && x < 360 && y >= 100 && y < 140 ? BLUE : x >= 40 && x < 200 && y >= 160 && y < 220 ? RED : [225, 225, 225]));

const paragraphs = (page: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<p>Page ${page}, paragraph ${i + 1}: the quick brown fox jumps over the lazy dog, and the dog sleeps on.</p>`).join('\n');

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>A facsimile in the browser</title></titleStmt>
<publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Invented.</p></sourceDesc></fileDesc></teiHeader>
<facsimile>
  <surface xml:id="s1" n="1" ulx="0" uly="0" lrx="2000" lry="3000"><graphic url="p1.png" width="400px" height="600px"/>
    <zone xml:id="z-blue" ulx="200" uly="500" lrx="1800" lry="700"/>
    <zone xml:id="z-red" points="200,800 1000,800 1000,1100 200,1100"/></surface>
  <surface xml:id="s2" n="2" ulx="0" uly="0" lrx="2000" lry="3000"><graphic url="p2.png"/></surface>
  <surface xml:id="s3" n="3" ulx="0" uly="0" lrx="2000" lry="3000">
    <graphic url="https://iiif.test/iiif/image/page3"/>
    <zone xml:id="z-iiif" ulx="200" uly="500" lrx="1800" lry="700"/></surface>
</facsimile>
<text><body>
<pb n="1" facs="#s1"/>
<p><lb facs="#z-blue"/>The blue line of the first page. <lb facs="#z-red"/>The red block of the first page.</p>
${paragraphs(1, 4)}
<pb n="2" facs="#s2"/>
${paragraphs(2, 12)}
<pb n="3" facs="#s3"/>
<p><lb facs="#z-iiif"/>A line served by IIIF.</p>
${paragraphs(3, 2)}
</body></text>
<sourceDoc><surface n="4r" xml:id="leaf4"><graphic url="p4.png" width="400" height="600"/>
  <zone type="main"><line>An embedded page's first line,</line><line>and its second.</line></zone></surface></sourceDoc>
</TEI>`;

let browser: Browser;
let context: BrowserContext;
let folder: string;
let htmlPath: string;
const iiifRequests: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'teikit-facsimile-'));
  const png = testImage();
  for (const name of ['p1.png', 'p2.png', 'p4.png']) writeFileSync(join(folder, name), png);
  htmlPath = join(folder, 'facsimile.html');
  writeFileSync(htmlPath, toHtml(tei, { layout: 'facsimile', view: 'diplomatic' }));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  context = await browser.newContext();
  // The IIIF server: every request answered with the test image, and recorded.
  await context.route('https://iiif.test/**', async (route) => {
    iiifRequests.push(route.request().url());
    await route.fulfill({ status: 200, contentType: 'image/png', body: png });
  });
  await context.route(/^https?:/, (route) => (route.request().url().startsWith('https://iiif.test/') ? route.fallback() : route.abort()));
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function open(width: number, height = 900): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(pathToFileURL(htmlPath).href);
  return page;
}

async function save(page: Page, name: string): Promise<void> {
  const dir = process.env.TEIKIT_ARTIFACT_DIR ?? folder;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  await page.screenshot({ path, fullPage: true });
  if (dir !== folder) copyFileSync(htmlPath, join(dir, 'facsimile.html'));
  console.log(`facsimile screenshot: ${path}`);
}

type Box = { x: number; y: number; width: number; height: number };
const overlapsVertically = (a: Box, b: Box) => a.y < b.y + b.height && b.y < a.y + a.height;

describe('the facsimile layout in Chromium', () => {
  test('every page image loads and sits beside its page text, the embedded page too', async () => {
    const page = await open(1280);
    const rows = page.locator('.tk-fpage:has(> .tk-fimage)');
    expect(await rows.count()).toBe(4); // pages 1-3 and the sourceDoc surface
    for (const row of await rows.all()) {
      const img = row.locator('> .tk-fimage img');
      await row.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
      const figure = (await row.locator('> .tk-fimage').boundingBox())!;
      const text = (await row.locator('> .tk-ftext').boundingBox())!;
      expect(figure.x + figure.width, 'the image is left of its text').toBeLessThanOrEqual(text.x + 1);
      expect(overlapsVertically(figure, text), 'the image and its text share a row').toBe(true);
      expect(figure.width).toBeGreaterThan(200);
    }
    await save(page, 'facsimile-wide.png');
    await page.close();
  }, 60_000);

  test('each page marker links to its image, and every image and region link has a name', async () => {
    const page = await open(1280);
    const links = await page.locator('a.tk-pb-facs').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.closest('.tk-fpage')?.querySelector(':scope > .tk-fimage')?.id]));
    expect(links).toEqual([['#s1', 's1'], ['#s2', 's2'], ['#s3', 's3']]);
    const unnamed = await page.locator('a.tk-fimage-link, a.tk-region').evaluateAll((as) => as.filter((a) => !a.querySelector('img')?.getAttribute('alt')).length);
    expect(unnamed).toBe(0);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  }, 60_000);

  test('a zone shows exactly its region: box aspect, image offset and pixels', async () => {
    const page = await open(1280);
    for (const [zone, pixels, colour] of [
      ['z-blue', { x: 40, y: 100, w: 320, h: 40 }, BLUE],
      ['z-red', { x: 40, y: 160, w: 160, h: 60 }, RED],
    ] as const) {
      const crop = page.locator('a.tk-region .tk-crop').nth(zone === 'z-blue' ? 0 : 1);
      await crop.scrollIntoViewIfNeeded();
      const img = crop.locator('img');
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
      const box = (await crop.boundingBox())!;
      const inner = (await img.boundingBox())!;
      expect(box.width / box.height, `${zone}: the box has the zone's aspect ratio`).toBeCloseTo(pixels.w / pixels.h, 1);
      // the whole image is scaled so that the zone fills the box: 400 px of image over the zone's width
      expect(inner.width / box.width).toBeCloseTo(400 / pixels.w, 2);
      expect((box.x - inner.x) / box.width).toBeCloseTo(pixels.x / pixels.w, 2);
      expect((box.y - inner.y) / box.height).toBeCloseTo(pixels.y / pixels.h, 2);
      // and the pixels inside the box are the zone's colour
      const shot = decodePng(await crop.screenshot());
      for (const [fx, fy] of [[0.1, 0.2], [0.5, 0.5], [0.9, 0.8]] as const) {
        const [r, g, b] = shot.pixel(Math.floor(shot.width * fx), Math.floor(shot.height * fy));
        expect([r, g, b].map((v, i) => Math.abs(v - colour[i]!) < 40), `${zone} at ${fx},${fy}: rgb(${r},${g},${b})`).toEqual([true, true, true]);
      }
    }
    await page.close();
  }, 60_000);

  test('a IIIF zone is requested as a region of the image', async () => {
    const page = await open(1280);
    const img = page.locator('img.tk-region-iiif');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(iiifRequests).toContain('https://iiif.test/iiif/image/page3/200,500,1600,200/max/0/default.jpg');
    const box = (await page.locator('.tk-crop:has(img.tk-region-iiif)').boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(8, 1);
    await page.close();
  }, 60_000);

  test('on a narrow screen each image stands above its text', async () => {
    const page = await open(420, 800);
    for (const row of await page.locator('.tk-fpage:has(> .tk-fimage)').all()) {
      await row.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      const figure = (await row.locator('> .tk-fimage').boundingBox())!;
      const text = (await row.locator('> .tk-ftext').boundingBox())!;
      expect(figure.y + figure.height).toBeLessThanOrEqual(text.y + 1);
      expect(figure.width).toBeLessThanOrEqual(420);
    }
    await save(page, 'facsimile-narrow.png');
    await page.close();
  }, 60_000);

  test('hostile image addresses: no script runs and no dangerous URL is in the DOM', async () => {
    const hostile = join(folder, 'hostile.html');
    writeFileSync(hostile, toHtml(join(repoRoot, 'test', 'fixtures', 'facsimile-hostile', 'input.xml'), { layout: 'facsimile', view: 'diplomatic' }));
    const ran: string[] = [];
    const page = await context.newPage();
    page.on('dialog', async (dialog) => {
      ran.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(pathToFileURL(hostile).href);
    const found = await page.evaluate(() => {
      const problems: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name)) problems.push(`${element.localName}@${attribute.name}`);
          if (['href', 'src', 'srcset'].includes(attribute.name) && /^(javascript|data|vbscript):|^[\\/]{2}/i.test(attribute.value.replace(/[\u0000-\u0020]/g, ''))) problems.push(`${element.localName}@${attribute.name}=${attribute.value}`);
          if (attribute.name === 'style' && /url\(|expression|[;:]\s*background/i.test(attribute.value)) problems.push(`${element.localName}@style=${attribute.value}`);
        }
      }
      return problems;
    });
    expect(found).toEqual([]);
    // every link clicked at once (a javascript: URL would run on its click; the page then navigates away)
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLElement).click()).length)).toBeGreaterThan(5);
    await page.waitForTimeout(100);
    expect(ran).toEqual([]);
    await page.close();
  }, 60_000);
});
