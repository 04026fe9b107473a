// The edition's HTML in a real browser: Debian's headless Chromium driven by playwright-core (no browser
// download). Checks what a reader does: follow footnotes and come back, read paired columns, hover gaps;
// runs axe-core, and saves a screenshot to test/artifacts/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toHtml } from '../src/index.js';
import { editionPath, repoRoot } from './helpers.js';

const artifacts = join(repoRoot, 'test', 'artifacts');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function open(name: string, html: string): Promise<Page> {
  mkdirSync(artifacts, { recursive: true });
  const path = join(artifacts, `${name}.html`);
  writeFileSync(path, html);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(path).href);
  return page;
}

describe.each([
  ['reading-parallel', { view: 'reading', layout: 'parallel' }],
  ['diplomatic-sequential', { view: 'diplomatic', layout: 'sequential' }],
] as const)('the edition, %s', (name, options) => {
  let page: Page;
  beforeAll(async () => {
    page = await open(`darusenkov-${name}`, toHtml(editionPath, options));
  });
  afterAll(async () => {
    await page?.screenshot({ path: join(artifacts, `darusenkov-${name}.png`), fullPage: true });
    await page?.close();
  });

  test('every footnote link lands on its note, and its back-link returns', async () => {
    const refs = await page.locator('a[role="doc-noteref"]').all();
    expect(refs.length).toBeGreaterThanOrEqual(1);
    for (const ref of refs) {
      const href = (await ref.getAttribute('href'))!;
      await ref.click();
      expect(await page.evaluate(() => location.hash)).toBe(href);
      const note = page.locator(`[id="${href.slice(1)}"]`);
      await expect.poll(() => note.isVisible()).toBe(true);
      const back = note.locator('a[role="doc-backlink"]');
      const backHref = (await back.getAttribute('href'))!;
      await back.click();
      expect(await page.evaluate(() => location.hash)).toBe(backHref);
      expect(await ref.getAttribute('id')).toBe(backHref.slice(1));
    }
  });

  test('no link points nowhere and no id repeats', async () => {
    const { dangling, duplicates } = await page.evaluate(() => {
      const ids = Array.from(document.querySelectorAll("[id]"), (e) => e.id);
      const dangling = Array.from(document.querySelectorAll("a[href^=\"#\"]"))
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => id && !document.getElementById(decodeURIComponent(id)));
      return { dangling, duplicates: ids.filter((id, i) => ids.indexOf(id) !== i) };
    });
    expect(dangling).toEqual([]);
    expect(duplicates).toEqual([]);
  });

  test('gaps carry a tooltip and an accessible label with reason and extent', async () => {
    const gaps = await page.locator(".tei-gap").evaluateAll((els) => els.map((e) => [e.getAttribute('title'), e.getAttribute('aria-label')]));
    expect(gaps.length).toBe(5);
    for (const [title, label] of gaps) {
      expect(title).toMatch(/faded|illegible/);
      expect(label).toMatch(/faded|illegible/);
    }
  });

  test('axe-core finds no serious or critical violations', async () => {
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

describe('parallel layout', () => {
  test('each original paragraph sits beside its translation', async () => {
    const page = await open('darusenkov-parallel-pairs', toHtml(editionPath, { layout: 'parallel' }));
    for (let n = 1; n <= 8; n++) {
      const ru = await page.locator(`[id="ru-p${n}"]`).boundingBox();
      const en = await page.locator(`[id="en-p${n}"]`).boundingBox();
      expect(ru && en, `ru-p${n} and en-p${n} are rendered`).toBeTruthy();
      expect(Math.abs(ru!.y - en!.y), `ru-p${n} and en-p${n} start on the same row`).toBeLessThan(2);
      expect(ru!.x, `ru-p${n} is left of en-p${n}`).toBeLessThan(en!.x);
    }
    await page.close();
  });
});
