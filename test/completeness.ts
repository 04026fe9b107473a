/**
 * The oracle for "no text is lost": the characters a view must show, computed from the TEI with the DOM,
 * independently of the stylesheets, and an in-order check against an output's characters.
 *
 * What a view deliberately replaces is left out: in the reading view the sic, abbr and orig of a choice, del,
 * am (the abbreviation marker an expansion replaces), surplus, and in the reading text forme work (running heads,
 * folio numbers); in the diplomatic view the corr, expan and reg of a choice, supplied and ex. A gap's desc is
 * replaced by the gap sign and kept in its tooltip. Notes, figure descriptions and the parts of index entries may
 * stand elsewhere (notes list, caption, sorted index): each is checked on its own.
 */
import type { Document, Element, Node } from '@xmldom/xmldom';
import { DOMParser } from '@xmldom/xmldom';

export type View = 'reading' | 'diplomatic';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** The output a check is for: the reading text also leaves out forme work (running heads, folio numbers). */
export type Output = 'html' | 'text';

/** Is `element` a reading that `view` deliberately replaces by its alternative, or leaves out in `output`? */
function replacedInView(element: Element, view: View, output: Output): boolean {
  const name = element.localName;
  const parent = element.parentNode as Element | null;
  // A gap's description is replaced by the gap sign (Leiden style, the default); it stays in the tooltip.
  if (name === 'desc' && parent?.localName === 'gap') return true;
  const inChoiceWith = (other: string) =>
    parent?.localName === 'choice' &&
    Array.from({ length: parent.childNodes.length }, (_, i) => parent.childNodes[i] as Element).some((c) => c.localName === other);
  if (view === 'reading') {
    return (
      (name === 'sic' && inChoiceWith('corr')) ||
      (name === 'abbr' && inChoiceWith('expan')) ||
      (name === 'orig' && inChoiceWith('reg')) ||
      name === 'del' ||
      name === 'am' ||
      name === 'surplus' ||
      (name === 'fw' && output === 'text')
    );
  }
  return (
    (name === 'corr' && inChoiceWith('sic')) ||
    (name === 'expan' && inChoiceWith('abbr')) ||
    (name === 'reg' && inChoiceWith('orig')) ||
    name === 'supplied' ||
    name === 'ex'
  );
}

const ENTITY = new Set(['person', 'personGrp', 'persona', 'place', 'org', 'event']);
const ENTRY_PARENT = new Set(['listPerson', 'listPlace', 'listOrg', 'listEvent', 'listPersonGrp', 'particDesc', 'settingDesc', 'place', 'org']);

/** An entry of a person, place, organisation or event list, which the HTML shows in its index, sorted by name. */
function isIndexEntry(element: Element): boolean {
  const parent = element.parentNode as Element | null;
  return ENTITY.has(element.localName ?? '') && parent?.nodeType === 1 && ENTRY_PARENT.has(parent.localName ?? '');
}

/**
 * The non-whitespace characters of every outermost `text` in `doc`, split into the running text and the moved
 * units, leaving out what `view` replaces. Moved units are what a rendering may show elsewhere: notes (a notes
 * list), figure descriptions (a caption or tooltip), and each part of an index entry (the HTML index sorts the
 * entries by name and puts the preferred name first); each unit must appear in order somewhere in the output.
 */
export function expectedCharacters(doc: Document, view: View, output: Output = 'html'): { running: string; notes: string[] } {
  const notes: string[] = [];
  let running = '';
  // Iterative walk: corpus files nest deeply enough to make recursion a risk.
  type Frame = { node: Node; sink: 'running' | number };
  const texts: Element[] = [];
  const all = doc.getElementsByTagNameNS(TEI_NS, 'text');
  for (let i = 0; i < all.length; i++) {
    const t = all[i] as Element;
    let nested = false;
    for (let p = t.parentNode; p; p = p.parentNode) if ((p as Element).localName === 'text') nested = true;
    if (!nested) texts.push(t);
  }
  const stack: Frame[] = texts.reverse().map((node) => ({ node, sink: 'running' as const }));
  while (stack.length) {
    const { node, sink } = stack.pop()!;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const chars = (node.nodeValue ?? '').replace(/\s+/g, '');
      if (sink === 'running') running += chars;
      else notes[sink] += chars;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.namespaceURI !== TEI_NS && element.namespaceURI !== null) continue;
    if (replacedInView(element, view, output)) continue;
    let childSink = sink;
    if (element.localName === 'note' || element.localName === 'figDesc' || element.localName === 'desc') {
      notes.push('');
      childSink = notes.length - 1;
    }
    const entry = isIndexEntry(element);
    if (entry) {
      notes.push('');
      childSink = notes.length - 1;
    }
    const children: Node[] = [];
    for (let c = element.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (entry && child.nodeType === 1) {
        // each part of an entry (a name, a birth, an identifier ...) is a unit of its own
        notes.push('');
        stack.push({ node: child, sink: notes.length - 1 });
      } else {
        stack.push({ node: child, sink: childSink });
      }
    }
  }
  return { running, notes: notes.filter(Boolean) };
}

/** The first character of `expected` (as an index) that is not found, in order, in `actual`; -1 if all are. */
export function firstMissing(expected: string, actual: string): number {
  let at = 0;
  for (let i = 0; i < expected.length; i++) {
    at = actual.indexOf(expected[i]!, at);
    if (at === -1) return i;
    at++;
  }
  return -1;
}

/** The class tokens of an element. */
function classes(node: Node): string[] {
  return ((node as Element).getAttribute?.('class') ?? '').split(/\s+/);
}

/** The element children of a node. */
function elementChildren(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c);
  return out;
}

/**
 * The children of a node in reading order. A parallel grid (`div.tk-parallel`, rows of cells, one cell per
 * column) is read column by column, as the source has it: the grid's other children first, then every row's
 * first cell, every row's second cell, and so on.
 */
function readingOrder(node: Node): Node[] {
  const children: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
  if (node.nodeType !== 1 || !classes(node).includes('tk-parallel')) return children;
  const isRow = (n: Node) => n.nodeType === 1 && classes(n).includes('tk-prow');
  const rows = children.filter(isRow).map(elementChildren);
  const columns = Math.max(0, ...rows.map((cells) => cells.length));
  const ordered = children.filter((n) => !isRow(n));
  for (let col = 0; col < columns; col++) for (const cells of rows) if (cells[col]) ordered.push(cells[col]!);
  return ordered;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character and the few named references an HTML serializer writes, decoded. */
function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) =>
    ref[0] === '#' ? String.fromCodePoint(parseInt(ref.slice(ref[1] === 'x' || ref[1] === 'X' ? 2 : 1), ref[1] === 'x' || ref[1] === 'X' ? 16 : 10)) : (NAMED[ref] ?? whole),
  );
}

/**
 * The visible text of an HTML document (body only; no style, script or title), non-whitespace characters only,
 * with parallel columns read one after the other.
 */
export function htmlCharacters(html: string): string {
  // Without a parallel grid the order is the markup's: strip the tags (a DOM of a 20 MB page costs seconds).
  if (!html.includes('tk-parallel')) {
    const start = html.search(/<body[\s>]/i);
    const body = start === -1 ? html : html.slice(start);
    const visible = body.replace(/<(style|script|template)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '');
    return decodeReferences(visible).replace(/\s+/g, '');
  }
  const doc = new DOMParser({ onError: () => {} }).parseFromString(html, 'text/html');
  let out = '';
  const stack: Node[] = [doc.getElementsByTagName('body')[0] ?? (doc.documentElement as unknown as Node)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += (node.nodeValue ?? '').replace(/\s+/g, '');
    if (node.nodeType !== 1) continue;
    const name = (node as Element).localName?.toLowerCase();
    if (name === 'style' || name === 'script' || name === 'template') continue;
    const children = readingOrder(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** A readable excerpt around a position, for failure messages. */
export function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 40);
}
