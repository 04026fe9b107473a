/**
 * An edition at a glance: what `teikit info` prints. One walk over the document, no XPath.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { descendantElements, isTei, normalizedText, teiChildren, teiPath, walkElements } from '../dom/walk.js';
import { TEI_NS, XML_NS } from '../parse/parseTei.js';
import { isDocumentRoot } from '../parse/prolog.js';
import { isMarginalPlace } from '../tei/conventions.js';

/**
 * What {@link editionInfo} tells about an edition: the figures `teikit info` prints.
 * @example
 * const info: EditionInfo = editionInfo(parseTei(text))
 * console.log(info.title, info.gaps.total, info.hands.map((h) => `${h.id}: ${h.uses}`))
 */
export interface EditionInfo {
  /** The root element's name: `TEI` for one document, `teiCorpus` for a bundle, another TEI element for a fragment. */
  root: string;
  /** True when the root is neither `TEI` nor `teiCorpus`: a part of a document kept in its own file. */
  fragment: boolean;
  /** Member documents of a teiCorpus (0 for a TEI document). */
  members: number;
  title: string | null;
  /** Creation dates (`profileDesc/creation/date`), else the publication date. */
  dates: Array<{ type: string | null; when: string | null; text: string }>;
  /** Languages declared in `langUsage` or used as `xml:lang` on a `text`. */
  languages: Array<{ ident: string; name: string | null; declared: boolean }>;
  /** The `text` elements that hold no other `text`: language and `@type` (original, translation...). */
  texts: Array<{ lang: string | null; type: string | null }>;
  /** Declared hands with the number of `@hand`/`@new` pointers to each. */
  hands: Array<{ id: string | null; description: string; uses: number }>;
  gaps: { total: number; byReason: Record<string, number> };
  notes: { total: number; byType: Record<string, number> };
  /** Notes and additions with a `@hand` or a marginal `@place`. */
  marginalia: number;
  /** `pb` elements in the texts, and the pages (`surface`) of an embedded transcription. */
  pages: number;
  /** Mentions in the texts (`persName`, `placeName`, `orgName`) and entries in the registers (`person`, `place`, `org`). */
  names: { persName: number; placeName: number; orgName: number };
  registers: { person: number; place: number; org: number };
  /**
   * The facsimile and the embedded transcription: `surface` and `zone` elements, images (`graphic` elements in a
   * `facsimile`, `sourceDoc`, `surface` or `surfaceGrp`, not figures of the text) and `line` elements.
   */
  facsimile: { surfaces: number; zones: number; images: number; lines: number };
}

const UNSPECIFIED = '(unspecified)';

/**
 * Summarise a parsed TEI document (or fragment: `file` is then the last resort for its title).
 *
 * @example
 * const info = editionInfo(parseTei(text))
 * info.gaps.byReason // { faded: 2, illegible: 1 }
 */
export function editionInfo(doc: Document, file?: string): EditionInfo {
  const root = doc.documentElement!;
  const header = teiChildren(root, 'teiHeader')[0];
  const fragment = !isDocumentRoot(root.localName ?? '');
  const info: EditionInfo = {
    root: root.localName ?? root.nodeName,
    fragment,
    members: 0,
    title: fragment ? fragmentTitle(root, file) : header ? mainTitle(header) : null,
    dates: header ? creationDates(header) : [],
    languages: header ? declaredLanguages(header) : [],
    texts: [],
    hands: [],
    gaps: { total: 0, byReason: {} },
    notes: { total: 0, byType: {} },
    marginalia: 0,
    pages: 0,
    names: { persName: 0, placeName: 0, orgName: 0 },
    registers: { person: 0, place: 0, org: 0 },
    facsimile: { surfaces: 0, zones: 0, images: 0, lines: 0 },
  };
  const handUses = new Map<string, number>();
  const handNotes: Element[] = [];
  // Counts are of the transcription: texts, embedded transcriptions (sourceDoc) and a fragment's own content.
  let textDepth = fragment ? 1 : 0;
  // Open facsimile, sourceDoc, surface and surfaceGrp elements: a graphic inside one is an image of the source.
  let facsimileDepth = 0;

  walkElements(
    root,
    (element) => {
      if (isTei(element, 'sourceDoc')) textDepth++;
      if (element.localName === 'text' && isTei(element, 'text')) {
        textDepth++;
        if (!teiChildren(element, 'group').length) {
          info.texts.push({ lang: langOf(element), type: element.getAttribute('type') });
        }
      }
      if (element !== root && isTei(element, 'TEI')) info.members++;
      countPointers(element, handUses);
      if (!isTeiElement(element)) return;
      if (FACSIMILE_CONTAINERS.has(element.localName ?? '')) facsimileDepth++;
      countFacsimile(element, info.facsimile, facsimileDepth > 0);
      switch (element.localName) {
        case 'handNote':
          handNotes.push(element);
          return;
        case 'person':
        case 'place':
        case 'org':
          info.registers[element.localName]++;
          return;
      }
      if (textDepth > 0) countInText(element, info);
    },
    (element) => {
      if (isTei(element, 'text') || isTei(element, 'sourceDoc')) textDepth--;
      if (isTeiElement(element) && FACSIMILE_CONTAINERS.has(element.localName ?? '')) facsimileDepth--;
    },
  );

  info.hands = handNotes.map((handNote) => {
    const id = handNote.getAttributeNS(XML_NS, 'id') || null;
    return { id, description: normalizedText(handNote), uses: id ? (handUses.get(id) ?? 0) : 0 };
  });
  addTextLanguages(info);
  return info;
}

function countInText(element: Element, info: EditionInfo): void {
  switch (element.localName) {
    case 'gap':
      info.gaps.total++;
      increment(info.gaps.byReason, element.getAttribute('reason') || UNSPECIFIED);
      break;
    case 'note':
      info.notes.total++;
      increment(info.notes.byType, element.getAttribute('type') || UNSPECIFIED);
      if (isMarginal(element)) info.marginalia++;
      break;
    case 'add':
      if (isMarginal(element)) info.marginalia++;
      break;
    case 'pb':
      info.pages++;
      break;
    case 'surface':
      // A page of an embedded transcription (sourceDoc, or a page kept in its own file); not its inner surfaces.
      if (!isTei(element.parentNode, 'surface')) info.pages++;
      break;
    case 'persName':
    case 'placeName':
    case 'orgName':
      info.names[element.localName]++;
      break;
  }
}

const FACSIMILE_CONTAINERS = new Set(['facsimile', 'sourceDoc', 'surface', 'surfaceGrp']);

function countFacsimile(element: Element, counts: EditionInfo['facsimile'], inFacsimile: boolean): void {
  switch (element.localName) {
    case 'surface':
      counts.surfaces++;
      break;
    case 'zone':
      counts.zones++;
      break;
    case 'line':
      counts.lines++;
      break;
    case 'graphic':
      if (inFacsimile) counts.images++;
      break;
  }
}

function isMarginal(element: Element): boolean {
  return element.hasAttribute('hand') || isMarginalPlace(element.getAttribute('place'));
}

/** Count local `#id` pointers in `@hand` and `@new` (handShift). */
function countPointers(element: Element, uses: Map<string, number>): void {
  for (const name of ['hand', 'new']) {
    const value = element.getAttribute(name);
    if (!value) continue;
    for (const token of value.trim().split(/\s+/)) {
      if (token.startsWith('#')) uses.set(token.slice(1), (uses.get(token.slice(1)) ?? 0) + 1);
    }
  }
}

/**
 * A fragment's title, as the stylesheets give it: its own `head` (a child, else the first below it), `@n`,
 * `@xml:id`, the file name.
 */
function fragmentTitle(root: Element, file: string | undefined): string | null {
  let head = teiChildren(root, 'head')[0];
  if (!head) for (const element of descendantElements(root)) if (isTei(element, 'head')) { head = element; break; }
  const text = head ? normalizedText(head) : '';
  return text || root.getAttribute('n') || root.getAttributeNS(XML_NS, 'id') || (file ? file.replace(/^.*[\\/]/, '') : null);
}

function mainTitle(header: Element): string | null {
  const titleStmt = teiPath(header, ['fileDesc', 'titleStmt']);
  if (!titleStmt) return null;
  const titles = teiChildren(titleStmt, 'title');
  const main = titles.find((t) => t.getAttribute('type') === 'main') ?? titles.find((t) => !t.hasAttribute('type')) ?? titles[0];
  return main ? normalizedText(main) || null : null;
}

function creationDates(header: Element): EditionInfo['dates'] {
  const creation = teiPath(header, ['profileDesc', 'creation']);
  const fromCreation = creation ? [...descendantElements(creation)].filter((e) => isTei(e, 'date')) : [];
  const dates = fromCreation.length ? fromCreation : teiChildren(teiPath(header, ['fileDesc', 'publicationStmt']) ?? header, 'date');
  return dates.map((date) => ({
    type: date.getAttribute('type'),
    when: date.getAttribute('when') || null,
    text: normalizedText(date),
  }));
}

function declaredLanguages(header: Element): EditionInfo['languages'] {
  const langUsage = teiPath(header, ['profileDesc', 'langUsage']);
  if (!langUsage) return [];
  return teiChildren(langUsage, 'language').map((language) => ({
    ident: language.getAttribute('ident') ?? '',
    name: normalizedText(language) || null,
    declared: true,
  }));
}

function addTextLanguages(info: EditionInfo): void {
  for (const { lang } of info.texts) {
    if (lang && !info.languages.some((l) => l.ident === lang)) info.languages.push({ ident: lang, name: null, declared: false });
  }
}

/** The `xml:lang` in force on an element (its own or its nearest ancestor's). */
function langOf(element: Element): string | null {
  for (let e: Element | null = element; e; e = e.parentNode as Element | null) {
    if (e.nodeType !== 1) break;
    const lang = e.getAttributeNS(XML_NS, 'lang');
    if (lang) return lang;
  }
  return null;
}

function isTeiElement(element: Element): boolean {
  return element.namespaceURI === TEI_NS;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
