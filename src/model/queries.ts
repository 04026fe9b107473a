/**
 * Queries over an edition or any node: gaps, notes, hands, marginalia, register entries, aligned paragraphs.
 * Each is one iterative walk of the tree, computed when called (they always see the tree as it is now).
 * Over an edition or a document they look at the texts (header and `standOff` left out; corpus members
 * included); over an element, at that element and everything below it. Browser-safe.
 */
import { TEI_NS } from '../parse/prolog.js';
import { isMarginalPlace } from '../tei/conventions.js';
import { rootElement, textsOf, type Edition, type EditionText } from './edition.js';
import type { TeiElement, TeiName } from './elements.js';
import { headerOf, type EntityView, type HandView } from './header.js';
import type { ElementNode, ParentNode, TeiDocument } from './nodes.js';
import { SKIP, walkElements } from './traverse.js';

/** What a query looks at: an edition, a document, or an element and its descendants. @example const scope: QueryScope = edition.texts[0]!.body! */
export type QueryScope = Edition | TeiDocument | ElementNode;

/**
 * TEI elements named one of `names` in `scope`, in document order.
 *
 * @example
 * teiElements(edition, 'persName', 'placeName').length
 */
export function teiElements<N extends TeiName>(scope: QueryScope, ...names: N[]): Array<TeiElement<N>> {
  const found: Array<TeiElement<N>> = [];
  const wanted = new Set<string>(names);
  const root = rootOf(scope);
  const textsOnly = root.type === 'document';
  walkElements(root, {
    enter(element) {
      if (element.namespace !== TEI_NS) return undefined;
      if (textsOnly && (element.name === 'teiHeader' || element.name === 'standOff')) return SKIP;
      if (wanted.has(element.name)) found.push(element as TeiElement<N>);
      return undefined;
    },
  });
  return found;
}

function rootOf(scope: QueryScope): ParentNode {
  return 'document' in scope && !('type' in scope) ? scope.document : (scope as ParentNode);
}

/**
 * The `gap` elements of the texts (or of a node), in document order.
 *
 * @example
 * gaps(edition).map((g) => g.attributes.reason) // ['faded', 'faded', 'illegible']
 */
export function gaps(scope: QueryScope): Array<TeiElement<'gap'>> {
  return teiElements(scope, 'gap');
}

/**
 * The `note` elements of the texts (or of a node), optionally of one `type` (or several).
 *
 * @example
 * notes(edition, { type: 'translator' }).length // 2
 */
export function notes(scope: QueryScope, options: { type?: string | string[] } = {}): Array<TeiElement<'note'>> {
  const all = teiElements(scope, 'note');
  if (options.type === undefined) return all;
  const types = new Set(Array.isArray(options.type) ? options.type : [options.type]);
  return all.filter((n) => n.attributes.type !== undefined && types.has(n.attributes.type));
}

/**
 * Notes and additions written in the source outside the main text block: those with a `@hand`, or with a
 * marginal `@place` (margin, left, right, top, bottom... see `isMarginalPlace`).
 *
 * @example
 * marginalia(edition).map((m) => m.attributes['xml:id']) // ['ru-note-kalinin', 'en-note-kalinin', 'en-note-archivist']
 */
export function marginalia(scope: QueryScope): Array<TeiElement<'note' | 'add'>> {
  return teiElements(scope, 'note', 'add').filter((e) => e.attributes.hand !== undefined || isMarginalPlace(e.attributes.place));
}

/**
 * The hands (`handNote`s) declared in the headers of the document (a corpus's and its members'), as data.
 *
 * @example
 * hands(edition).map((h) => h.id) // ['h-typescript', 'h-kalinin', 'h-archivist']
 */
export function hands(edition: Edition | TeiDocument): HandView[] {
  return views(edition).flatMap((root) => headerOf(root).hands);
}

/**
 * The persons of the registers (`listPerson` in the header, `standOff` or a `back`; corpus members included).
 *
 * @example
 * persons(edition).find((p) => p.id === 'guevara')?.names[0]?.name // 'Ernesto Guevara Serna'
 */
export function persons(edition: Edition | TeiDocument): EntityView[] {
  return views(edition).flatMap((root) => headerOf(root).persons);
}

/**
 * The places of the registers.
 *
 * @example
 * places(edition).map((p) => p.id) // ['cuba', 'ussr', ...]
 */
export function places(edition: Edition | TeiDocument): EntityView[] {
  return views(edition).flatMap((root) => headerOf(root).places);
}

/**
 * The organisations of the registers.
 *
 * @example
 * orgs(edition).map((o) => o.id) // ['cpsu', 'cc-cpsu', ...]
 */
export function orgs(edition: Edition | TeiDocument): EntityView[] {
  return views(edition).flatMap((root) => headerOf(root).orgs);
}

/** The root and every corpus member below it, each read on its own (their registers do not overlap). */
function views(edition: Edition | TeiDocument): ElementNode[] {
  const roots: ElementNode[] = [];
  const pending: ElementNode[] = [rootElement(edition)];
  while (pending.length > 0) {
    const root = pending.shift()!;
    roots.push(root);
    for (const child of root.children) {
      if (child.type === 'element' && child.namespace === TEI_NS && (child.name === 'TEI' || child.name === 'teiCorpus')) pending.push(child);
    }
  }
  return roots;
}

/** An original paragraph and its translation. @example const pair: AlignedPair = { original, translation, originalText: 'ru', translationText: 'en' } */
export interface AlignedPair {
  original: TeiElement<'p'>;
  translation: TeiElement<'p'>;
  /** `xml:id` of the texts they belong to, when they have one. */
  originalText?: string;
  translationText?: string;
}

/** A paragraph without a counterpart. @example const u: UnpairedParagraph = { paragraph, role: 'translation', text: 'en' } */
export interface UnpairedParagraph {
  paragraph: TeiElement<'p'>;
  role: 'original' | 'translation';
  text?: string;
}

/** The result of {@link alignedParagraphs}. @example const { pairs, unpaired }: AlignedParagraphs = alignedParagraphs(edition) */
export interface AlignedParagraphs {
  pairs: AlignedPair[];
  unpaired: UnpairedParagraph[];
}

/**
 * Pair the paragraphs of the original texts (`text[@type="original"]`) with those of the translations
 * (`text[@type="translation"]`) by `@corresp` (either direction), in the original's order. Paragraphs inside
 * notes are left out. By default only `body` paragraphs take part; pass `parts` to add `front` or `back`.
 *
 * @example
 * const { pairs, unpaired } = alignedParagraphs(edition)
 * pairs.map((p) => [p.original.attributes['xml:id'], p.translation.attributes['xml:id']]) // [['ru-p1', 'en-p1'], ...]
 */
export function alignedParagraphs(edition: Edition | TeiDocument, options: { parts?: Array<'front' | 'body' | 'back'> } = {}): AlignedParagraphs {
  const parts = options.parts ?? ['body'];
  const texts = views(edition).flatMap((root) => textsOf(root));
  const originals = texts.filter((t) => t.type === 'original').flatMap((t) => paragraphsOf(t, parts));
  const translations = texts.filter((t) => t.type === 'translation').flatMap((t) => paragraphsOf(t, parts));
  const translationsById = new Map<string, (typeof translations)[number]>();
  for (const entry of translations) {
    const id = entry.paragraph.attributes['xml:id'];
    if (id !== undefined) translationsById.set(id, entry);
  }
  const pointingBack = new Map<string, Array<(typeof translations)[number]>>();
  for (const entry of translations) {
    for (const id of localTargets(entry.paragraph.attributes.corresp)) pointingBack.set(id, [...(pointingBack.get(id) ?? []), entry]);
  }
  const paired = new Set<ElementNode>();
  const pairs: AlignedPair[] = [];
  const unpaired: UnpairedParagraph[] = [];
  for (const original of originals) {
    const id = original.paragraph.attributes['xml:id'];
    const partners = [
      ...localTargets(original.paragraph.attributes.corresp).flatMap((target) => translationsById.get(target) ?? []),
      ...(id === undefined ? [] : (pointingBack.get(id) ?? [])),
    ].filter((partner, index, all) => all.indexOf(partner) === index);
    if (partners.length === 0) unpaired.push(unpairedOf(original, 'original'));
    for (const partner of partners) {
      paired.add(partner.paragraph);
      const pair: AlignedPair = { original: original.paragraph, translation: partner.paragraph };
      if (original.text !== undefined) pair.originalText = original.text;
      if (partner.text !== undefined) pair.translationText = partner.text;
      pairs.push(pair);
    }
  }
  for (const translation of translations) {
    if (!paired.has(translation.paragraph)) unpaired.push(unpairedOf(translation, 'translation'));
  }
  return { pairs, unpaired };
}

function unpairedOf(entry: { paragraph: TeiElement<'p'>; text: string | undefined }, role: UnpairedParagraph['role']): UnpairedParagraph {
  const result: UnpairedParagraph = { paragraph: entry.paragraph, role };
  if (entry.text !== undefined) result.text = entry.text;
  return result;
}

function paragraphsOf(text: EditionText, parts: Array<'front' | 'body' | 'back'>): Array<{ paragraph: TeiElement<'p'>; text: string | undefined }> {
  const found: Array<{ paragraph: TeiElement<'p'>; text: string | undefined }> = [];
  for (const part of parts) {
    const root = text[part];
    if (!root) continue;
    walkElements(root, {
      enter(element) {
        if (element.namespace !== TEI_NS) return undefined;
        if (element.name === 'note') return SKIP;
        if (element.name === 'p') found.push({ paragraph: element as TeiElement<'p'>, text: text.id });
        return undefined;
      },
    });
  }
  return found;
}

/** The ids of the local pointers (`#id`) in a pointer list. */
function localTargets(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .trim()
    .split(/[ \t\n\r]+/)
    .filter((token) => token.startsWith('#') && token.length > 1)
    .map((token) => token.slice(1));
}
