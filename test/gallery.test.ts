// `npm run gallery` as a newcomer sees it: the index opens in headless Chromium, and every page it links to
// loads with a heading, text, and no console errors.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { repoRoot } from './helpers.js';

let browser: Browser;
const out = join(mkdtempSync(join(tmpdir(), 'teikit-gallery-')), 'gallery');

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/gallery.mjs', out], { cwd: repoRoot });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

test('the gallery index links every view and layout of the edition and corpus documents, and each page loads', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(join(out, 'index.html')).href);
  const links = await page.$$eval('main a', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  const pages = links.filter((href) => href.endsWith('.html'));
  expect(pages.filter((href) => href.includes('darusenkov-'))).toHaveLength(4);
  expect(pages.length).toBeGreaterThanOrEqual(6);
  for (const href of links) {
    await page.goto(href);
    if (href.endsWith('.html')) {
      expect(await page.locator('h1').count(), href).toBeGreaterThan(0);
      expect((await page.locator('body').innerText()).length, href).toBeGreaterThan(100);
    } else {
      expect((await page.locator('body').innerText()).trim().length, href).toBeGreaterThan(20);
    }
  }
  expect(errors).toEqual([]);
  await page.close();
}, 180_000);
