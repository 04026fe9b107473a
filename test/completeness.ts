/**
 * The oracle for "no text is lost": the characters a view must show, computed from the TEI with the DOM,
 * independently of the stylesheets, and an in-order check against an output's characters.
 *
 * What a view deliberately replaces is left out: in the reading view the sic, abbr and orig of a choice, del,
 * am (the abbreviation marker an expansion replaces), surplus, and in the reading text forme work (running heads,
 * folio numbers); in the diplomatic view the corr, expan and reg of a choice, supplied and ex. A gap's desc is
 * replaced by the gap sign and kept in its tooltip. Notes, figure descriptions and the parts of index entries may
 * stand elsewhere (notes list, caption, sorted index): each is checked on its own.
 *
 * What must be kept: every outermost `text`; every `sourceDoc` (rendered after the texts, so checked on its own);
 * and, for a fragment (a root other than `TEI` or `teiCorpus`, such as a `div` or a `surface` page) with no `text`
 * inside, the root itself.
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

/** Is there an ancestor of `node` named `name`? */
function hasAncestor(node: Node, name: string): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if ((p as Element).localName === name) return true;
  return false;
}

/**
 * The elements whose content a rendering must keep: the running ones (every outermost `text`, or the root of a
 * fragment without a `text`) and the ones checked on their own (every `sourceDoc` of a document, shown after its
 * texts).
 */
export function keptElements(doc: Document): { running: Element[]; units: Element[] } {
  const root = doc.documentElement as unknown as Element;
  const texts: Element[] = [];
  const all = doc.getElementsByTagNameNS(TEI_NS, 'text');
  for (let i = 0; i < all.length; i++) if (!hasAncestor(all[i] as Element, 'text')) texts.push(all[i] as Element);
  const fragment = root.namespaceURI === TEI_NS && root.localName !== 'TEI' && root.localName !== 'teiCorpus';
  if (fragment && texts.length === 0) return { running: [root], units: [] };
  const units: Element[] = [];
  const sourceDocs = doc.getElementsByTagNameNS(TEI_NS, 'sourceDoc');
  for (let i = 0; i < sourceDocs.length; i++) if (!hasAncestor(sourceDocs[i] as Element, 'text')) units.push(sourceDocs[i] as Element);
  return { running: texts, units };
}

/**
 * The non-whitespace characters of what `doc` must keep (see {@link keptElements}), split into the running text
 * and the moved units, leaving out what `view` replaces. Moved units are what a rendering may show elsewhere: notes
 * (a notes list), figure descriptions (a caption or tooltip), each part of an index entry (the HTML index sorts the
 * entries by name and puts the preferred name first), and each `sourceDoc`; each unit must appear in order
 * somewhere in the output.
 */
export function expectedCharacters(doc: Document, view: View, output: Output = 'html'): { running: string; notes: string[] } {
  const notes: string[] = [];
  let running = '';
  // Iterative walk: corpus files nest deeply enough to make recursion a risk.
  type Frame = { node: Node; sink: 'running' | number };
  const kept = keptElements(doc);
  const stack: Frame[] = [...kept.running].reverse().map((node) => ({ node, sink: 'running' as const }));
  for (const node of kept.units) {
    notes.push('');
    stack.push({ node, sink: notes.length - 1 });
  }
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

// Elements whose start and end separate words in the source (lines, blocks, breaks): the renderings put a line
// break, a block boundary or a space there.
const SEPARATING = new Set([
  'line', 'zone', 'surface', 'surfaceGrp', 'sourceDoc', 'lb', 'pb', 'cb', 'space', 'graphic', 'p', 'ab', 'l', 'lg',
  'head', 'item', 'label', 'list', 'cell', 'row', 'table', 'div', 'body', 'front', 'back', 'text', 'note', 'desc',
  'figDesc', 'figure', 'sp', 'speaker', 'stage', 'fw', 'category', 'catDesc', 'taxonomy',
]);

/**
 * Whitespace-only text directly inside a `mod` or `subst` that stands inside a word (non-space text right before
 * and right after it), not under xml:space="preserve": layout that the reading view drops.
 */
function isLayoutInChange(node: Node): boolean {
  const parent = node.parentNode as Element | null;
  if (!parent || (parent.localName !== 'mod' && parent.localName !== 'subst') || (node.nodeValue ?? '').trim() !== '') return false;
  const before = parent.previousSibling;
  const after = parent.nextSibling;
  if (!(before?.nodeType === 3 && /\S$/.test(before.nodeValue ?? '') && after?.nodeType === 3 && /^\S/.test(after.nodeValue ?? ''))) return false;
  for (let e: Element | null = parent; e && e.nodeType === 1; e = e.parentNode as Element | null) {
    const space = e.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'space');
    if (space) return space !== 'preserve';
  }
  return true;
}

/** The words of a text: runs of letters (with their marks) and digits. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The words a view of `doc` shows: those of the elements {@link expectedCharacters} checks, leaving out what the
 * view replaces (in the reading view `del`, `am`, the `sic` of a choice...); lines and blocks separate words.
 */
export function sourceWords(doc: Document, view: View, output: Output = 'html'): string[] {
  const kept = keptElements(doc);
  let text = '';
  type Frame = Node | ' ';
  const stack: Frame[] = [...kept.running, ...kept.units].reverse();
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame === ' ') {
      text += ' ';
      continue;
    }
    if (frame.nodeType === 3 || frame.nodeType === 4) {
      // Reading view: indentation inside a change within a word is layout ("de<mod> <del>e</del> <add>p</add> </mod>ths").
      if (!(view === 'reading' && isLayoutInChange(frame))) text += frame.nodeValue ?? '';
      continue;
    }
    if (frame.nodeType !== 1) continue;
    const element = frame as Element;
    if (element.namespaceURI !== TEI_NS && element.namespaceURI !== null) continue;
    if (replacedInView(element, view, output)) continue;
    const separates = SEPARATING.has(element.localName ?? '');
    if (separates) {
      text += ' ';
      stack.push(' ');
    }
    for (let c = element.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return words(text);
}

/**
 * The fraction of `sourceWords` found in `outputText`, as a multiset (a word the source has twice must be there
 * twice) and case-sensitive; 1 when the source has no words.
 */
export function wordsKept(sourceWords: readonly string[], outputText: string): number {
  if (sourceWords.length === 0) return 1;
  const available = new Map<string, number>();
  for (const word of words(outputText)) available.set(word, (available.get(word) ?? 0) + 1);
  let kept = 0;
  for (const word of sourceWords) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      kept++;
      available.set(word, left - 1);
    }
  }
  return kept / sourceWords.length;
}

// HTML elements that end a line or a block (and sup: a footnote number must not join the word before it).
const HTML_SEPARATING = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p', 'section',
  'sup', 'sub', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/**
 * The text a reader sees in an HTML page (body only), with words kept apart where the page separates them: at
 * block and line boundaries and around `span.tk-b` (displayed as blocks), never inside a phrase (`b<span>y</span>`
 * is "by"). Text only for screen readers (`span.tk-sr`) is left out.
 */
export function htmlVisibleText(html: string): string {
  const start = html.search(/<body[\s>]/i);
  const body = (start === -1 ? html : html.slice(start))
    .replace(/<(style|script|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<span class="tk-sr">[^<]*<\/span>/g, '');
  const text = body.replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g, (_tag, name: string, rest: string) =>
    HTML_SEPARATING.has(name.toLowerCase()) || /\bclass="[^"]*\btk-b\b/.test(rest) ? ' ' : '',
  );
  return decodeReferences(text);
}

/** A readable excerpt around a position, for failure messages. */
export function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 40);
}
