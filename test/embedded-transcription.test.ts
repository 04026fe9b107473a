// Embedded transcriptions (sourceDoc, surface, zone, line): what the whole-output fixtures (test/fixtures/embedded-*)
// do not show at a glance. Spans (delSpan, addSpan, damageSpan, milestone/@spanTo) are computed once per document, so
// that many spans over many lines render in time linear in the document; attribute values never reach CSS.
import { describe, expect, test } from 'vitest';
import { toHtml, toText } from '../src/index.js';

const TEI = 'http://www.tei-c.org/ns/1.0';

/** A page of `lines` lines; every fourth line starts a deletion by delSpan that ends two lines later, and a speaker. */
function pageWithSpans(lines: number): string {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) {
    if (i % 4 === 0) body.push(`<delSpan spanTo="#d${i}" rend="vertical_line"/>`);
    body.push(`<line><milestone unit="tei:speaker" spanTo="#s${i}"/>Speaker${i}<anchor xml:id="s${i}"/> says line ${i}</line>`);
    if (i % 4 === 1) body.push(`<anchor xml:id="d${i - 1}"/>`);
  }
  return `<surface xmlns="${TEI}" n="1r"><zone type="main">${body.join('\n')}</zone></surface>`;
}

const count = (text: string, what: string) => text.split(what).length - 1;

describe('spans', () => {
  test('mark the lines and words up to their anchor, in one pass over the document', () => {
    const lines = 8000;
    const page = pageWithSpans(lines);
    const started = performance.now();
    const html = toHtml(page, { view: 'diplomatic', fragment: true });
    const text = toText(page, { view: 'diplomatic' });
    const seconds = (performance.now() - started) / 1000;
    // 2,000 deletions over two whole lines each (the line carries the class); 8,000 speakers (one text node each)
    expect(count(html, 'class="tei-line tk-in-del"')).toBe(lines / 2);
    expect(count(html, '<span class="tk-in-speaker">')).toBe(lines);
    expect(count(html, 'tk-in-del tk-in-speaker')).toBe(0);
    expect(count(html, 'data-label="deletion ends"')).toBe(lines / 4);
    expect(count(text, '[deletion begins, vertical line]')).toBe(lines / 4);
    expect(count(text, '[deletion ends]')).toBe(lines / 4);
    // A search over the preceding spans for each node would take minutes here (16,000 text nodes, 10,000 spans).
    expect(seconds, `${seconds.toFixed(1)} s`).toBeLessThan(60);
  }, 120_000);

  test('without an anchor after them, or with one outside their sourceDoc, mark nothing', () => {
    const doc = `<TEI xmlns="${TEI}"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
      <sourceDoc><surface><zone>
        <line>one <delSpan spanTo="#gone"/>two</line>
        <anchor xml:id="before"/><line>three <addSpan spanTo="#before"/>four</line>
        <line>five <damageSpan spanTo="#in-text"/>six</line>
      </zone></surface></sourceDoc>
      <text><body><p>seven <anchor xml:id="in-text"/> eight</p></body></text></TEI>`;
    for (const view of ['reading', 'diplomatic'] as const) {
      const html = toHtml(doc, { view, fragment: true });
      expect(html).not.toMatch(/tk-in-|tk-span-start|tk-span-end/);
      expect(toText(doc, { view })).not.toMatch(/[⟦⟧]|begins|ends/);
    }
  });

  test('a deletion by delSpan stays in the reading view, struck through and labelled', () => {
    const page = `<surface xmlns="${TEI}"><zone><line>kept <delSpan spanTo="#e"/>cancelled<anchor xml:id="e"/> kept</line></zone></surface>`;
    const html = toHtml(page, { fragment: true });
    expect(html).toContain('<span class="tk-in-del">cancelled</span>');
    expect(html).toContain('data-label="deletion begins"');
    expect(toText(page)).toContain('kept ⟦cancelled⟧ kept');
  });
});

describe('attribute values', () => {
  test('never reach CSS: unknown @rend, @style, @place, @type give no class or style of their own', () => {
    const hostile = 'x;background:url(javascript:alert(1))';
    const page = `<surface xmlns="${TEI}"><zone type="main"><line rend="${hostile}" style="${hostile}">a
      <add place="${hostile}">b</add> <del rend="${hostile}">c</del> <metamark function="${hostile}" rend="${hostile}"/></line></zone>
      <zone type="${hostile}"><line>d</line></zone></surface>`;
    for (const view of ['reading', 'diplomatic'] as const) {
      const html = toHtml(page, { view, fragment: true });
      expect(html).not.toMatch(/style=/);
      // The words of an unknown value may be shown as a label (data-label, a zone's label). Classes are tokens: teikit's
      // own (tk-…) come from fixed lists only; the sanitised copies of @type and @place (t-…, place-…) select nothing.
      for (const [, classes] of html.matchAll(/class="([^"]*)"/g)) {
        for (const token of classes!.split(' ')) {
          expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
          if (token.startsWith('tk-')) expect(token).not.toMatch(/javascript|background/);
        }
      }
    }
  });

  test('known values give fixed classes: indents, centring, zones, places, deletions', () => {
    const page = `<surface xmlns="${TEI}"><zone type="left_margin"><line rend="indent3">a <add place="sublinear">b</add></line>
      <line rend="centre">c <del rend="overwritten">d</del></line></zone></surface>`;
    const html = toHtml(page, { view: 'diplomatic', fragment: true });
    expect(html).toContain('class="tei-zone t-left_margin tk-zone-left"');
    expect(html).toContain('<p class="tk-zone-label">Left margin</p>');
    expect(html).toContain('class="tei-line tk-indent-3"');
    expect(html).toContain('tk-line-center');
    expect(html).toContain('class="tei-add tk-add tk-add-below"');
    expect(html).toContain('class="tei-del tk-del-overwritten"');
    expect(toText(page, { view: 'diplomatic' })).toContain('[Left margin]\na /b\\\nc ⟦overwritten: d⟧');
  });
});

describe('hands', () => {
  test('are named from their handNote, else by their id', () => {
    const header = `<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><msDesc>
      <msIdentifier><idno>x</idno></msIdentifier><physDesc><handDesc><handNote xml:id="mws"><persName>Mary Shelley</persName></handNote></handDesc></physDesc>
      </msDesc></sourceDesc></fileDesc></teiHeader>`;
    const surface = `<surface><zone><handShift new="#mws" medium="pencil"/><line>a <add hand="#mws">b</add> <add hand="#pbs">c</add></line></zone></surface>`;
    const whole = `<TEI xmlns="${TEI}">${header}<sourceDoc>${surface}</sourceDoc></TEI>`;
    const html = toHtml(whole, { view: 'diplomatic', fragment: true });
    expect(html).toContain('[hand: Mary Shelley, pencil]');
    expect(html).toContain('data-label="Mary Shelley"');
    expect(html).toContain('data-label="pbs"');
    expect(toText(whole, { view: 'diplomatic' })).toContain('[hand: Mary Shelley, pencil]\na \\Mary Shelley: b/ \\pbs: c/');
    // reading: no labels
    expect(toText(whole)).toContain('a b c');
  });
});
