// HTML injection, checked where it matters: the output of hostile TEI opened in headless Chromium (Debian's
// chromium, driven by playwright-core). Every link is clicked on a fresh page; no script may run, no event
// handler, dangerous element or URL may be in the DOM, in every view, layout and note style.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toHtml } from '../src/node/transform.js';
import { repoRoot } from './helpers.js';

const artifacts = join(repoRoot, 'test', 'artifacts');
const js = ['javascript:alert(1)', '  JaVaScRiPt:alert(1)', 'java&#9;script:alert(1)', '&#10;javascript:alert(1)', 'JAVASCRIPT&#x3A;alert(1)'];
const other = ['data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;', ' DATA:image/svg+xml,&lt;svg onload=alert(1)&gt;', 'vbscript:msgbox(1)', ' VbScript:msgbox(1)'];
const urls = [...js, ...other];
const quote = 'x&quot; onmouseover=&quot;alert(1)&quot; data-x=&quot;';
const angle = '&lt;/a&gt;&lt;img src=x onerror=alert(1)&gt;';

const hostile = `<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc>
  <titleStmt><title>&lt;script&gt;alert(1)&lt;/script&gt;</title><author ref="${urls[0]}">&lt;img src=x onerror=alert(1)&gt;</author>
    <respStmt><resp>transl.</resp><persName ref="${urls[1]}">T</persName></respStmt></titleStmt>
  <publicationStmt><publisher>P</publisher><availability><licence target="${urls[2]}">CC</licence></availability>
    <idno type="URL">${urls[3]}</idno><ptr target="${urls[4]}"/></publicationStmt>
  <sourceDesc><msDesc><msIdentifier><repository>R</repository><idno>${angle}</idno></msIdentifier>
    <physDesc><handDesc><handNote xml:id="h1" scribe="${quote}">${angle}</handNote></handDesc></physDesc></msDesc></sourceDesc>
</fileDesc>
<profileDesc><particDesc><listPerson><person xml:id="p1"><persName>A</persName><idno type="URI">${urls[5]}</idno></person></listPerson></particDesc></profileDesc>
</teiHeader>
<facsimile><surface xml:id="s1"><graphic url="${urls[6]}"/><zone xml:id="z1"><graphic url="${urls[7]}"/></zone></surface></facsimile>
<text xml:lang="en&quot; onmouseover=&quot;alert(1)"><body>
${urls.map((url, i) => `<p n="${quote}" rend="${quote}" style="background:url(javascript:alert(1));behavior:url(x.htc)"><ref target="${url}">link ${i}</ref> <ptr target="${url}"/> <persName ref="${url}">name ${i}</persName> <placeName ref="${url}">place</placeName> <pb n="${i}" facs="${url}"/> <graphic url="${url}"/> <note type="${quote}" target="${url}" n="${quote}">note ${i} ${angle}</note> <gap reason="${quote}" extent="${angle}"/> <add hand="#h1" place="${quote}">added</add></p>`).join('\n')}
<p><ref target="https://example.org/ok?a=1&amp;b=2">safe</ref> <ref target="#z1">local</ref> <ref target="other.html">relative</ref> &lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;b&amp;gt;</p>
</body></text></TEI>`;

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Pages that record any script the document manages to run (dialogs, and calls to alert and its kin). */
async function recordingContext(): Promise<{ context: BrowserContext; ran: string[] }> {
  const ran: string[] = [];
  const context = await browser.newContext();
  await context.route(/^(https?|data|vbscript):/i, (route) => route.abort());
  await context.exposeFunction('__teikitRan', (what: string) => ran.push(what));
  await context.addInitScript(() => {
    for (const name of ['alert', 'confirm', 'prompt', 'msgbox'] as const) {
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => (window as unknown as { __teikitRan(w: string): void }).__teikitRan(`${name}(${args.join(',')})`);
    }
  });
  context.on('dialog', async (dialog) => {
    ran.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return { context, ran };
}

async function open(path: string): Promise<{ page: Page; ran: string[]; context: BrowserContext }> {
  const { context, ran } = await recordingContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(path).href);
  return { page, ran, context };
}

const variants = [
  ['reading-parallel-foot', { view: 'reading', layout: 'parallel', notes: 'foot' }],
  ['diplomatic-sequential-inline', { view: 'diplomatic', layout: 'sequential', notes: 'inline' }],
] as const;

describe.each(variants)('hostile TEI rendered %s', (name, options) => {
  let path: string;
  beforeAll(() => {
    mkdirSync(artifacts, { recursive: true });
    path = join(artifacts, `hostile-${name}.html`);
    writeFileSync(path, toHtml(hostile, options));
  });

  test('the DOM has no script, event handler, dangerous element or URL', async () => {
    const { page, ran, context } = await open(path);
    const found = await page.evaluate(() => {
      const problems: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        const tag = element.localName;
        if (['script', 'iframe', 'object', 'embed', 'base', 'form', 'frame', 'img'].includes(tag) && !(tag === 'img' && /^(https?:|[^:]*$)/i.test(element.getAttribute('src') ?? ''))) problems.push(`<${tag}>`);
        if (tag === 'meta' && element.hasAttribute('http-equiv')) problems.push('<meta http-equiv>');
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name)) problems.push(`${tag}@${attribute.name}`);
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'cite', 'data'].includes(attribute.name)) {
            const value = attribute.value.replace(/[\u0000-\u0020]/g, '');
            if (/^(javascript|data|vbscript):/i.test(value)) problems.push(`${tag}@${attribute.name}=${attribute.value}`);
          }
          if (attribute.name === 'style' && /url\(|expression|behavior/i.test(attribute.value)) problems.push(`${tag}@style=${attribute.value}`);
        }
      }
      return { problems, links: document.querySelectorAll('a[href]').length, text: document.body.innerText };
    });
    expect(found.problems).toEqual([]);
    expect(found.text).toContain('<script>alert(1)</script>'); // escaped markup shows as text
    expect(found.links).toBeGreaterThan(3);
    expect(ran).toEqual([]);
    await context.close();
  });

  test('clicking every link and hovering every element runs nothing', async () => {
    const { context, ran } = await recordingContext();
    const selector = 'a[href], [title], [data-x]';
    const home = pathToFileURL(path).href;
    const first = await context.newPage();
    await first.goto(home);
    const count = await first.evaluate((s) => document.querySelectorAll(s).length, selector);
    await first.close();
    expect(count).toBeGreaterThan(10);
    // A fresh page per element: a followed link must not hide what the next one would do.
    for (let i = 0; i < count; i++) {
      const page = await context.newPage();
      await page.goto(home);
      await page.evaluate(
        ([s, index]) => {
          const element = document.querySelectorAll(s)[index] as HTMLElement;
          for (const type of ['mouseover', 'mouseenter', 'focus']) element.dispatchEvent(new Event(type));
          element.click();
        },
        [selector, i] as const,
      );
      await page.waitForTimeout(20);
      expect({ element: i, ran }).toEqual({ element: i, ran: [] });
      await page.close();
    }
    await context.close();
  }, 120_000);
});
