/**
 * The `edition` builder: a whole TEI document, valid against tei_all, from a few plain options. Browser-safe.
 *
 * The header has what TEI requires (title, publication statement, source description) and what the options
 * give: authors, responsibilities, publisher, identifiers and licence, languages (`langUsage`), hands
 * (`profileDesc/handNotes`), abstract, creation date, revisions. Persons, places and organisations go to
 * `standOff` registers. Several texts are wrapped in `text/group`. The tree has no layout whitespace: write it
 * with `writeTei(edition, { pretty: true })` for an indented file.
 */
import { TEI_NS } from '../parse/prolog.js';
import { el, type BuilderChild } from './builders.js';
import { editionOf, type Edition } from './edition.js';
import type { TeiElement } from './elements.js';
import { TeiModelError } from './errors.js';
import { isTeiElement } from './guards.js';
import type { ElementNode, TeiDocument } from './nodes.js';

/** A name with an optional pointer to a register entry. @example const n: NameSpec = { name: 'Gary Goldberg', ref: '#goldberg' } */
export interface NameSpec {
  name: string;
  ref?: string;
  /** The name element inside, when `ref` is given: persName (default) or orgName. */
  kind?: 'persName' | 'orgName';
}

/** A hand, for `handNotes`. @example const h: HandSpec = { id: 'h-kalinin', scribe: 'Kalinin', scope: 'minor', description: 'Handwritten note.' } */
export interface HandSpec {
  id: string;
  scribe?: string;
  scribeRef?: string;
  medium?: string;
  script?: string;
  scope?: 'sole' | 'major' | 'minor';
  description?: string;
}

/** A register entry. @example const e: EntitySpec = { id: 'guevara', names: ['Ernesto Guevara', { name: 'Эрнесто Гевара', lang: 'ru' }], description: 'Minister of Industry of Cuba' } */
export interface EntitySpec {
  id: string;
  names: string | Array<string | { name: string; lang?: string; type?: string }>;
  description?: string;
}

/**
 * Options of {@link edition}. Only `title` is required.
 *
 * @example
 * const options: EditionOptions = { title: 'A letter', languages: [{ ident: 'de', name: 'German' }] }
 */
export interface EditionOptions {
  title: string;
  subtitle?: string;
  author?: string | NameSpec | Array<string | NameSpec>;
  editor?: string | NameSpec | Array<string | NameSpec>;
  /** `respStmt`s: what was done, by whom; `id` makes it a target for `@resp`. */
  responsibilities?: Array<{ resp: string; name: string | NameSpec; id?: string }>;
  publisher?: string | NameSpec;
  pubPlace?: string;
  /** Publication date (W3C: 2026-11-27). */
  date?: string;
  idnos?: Array<{ type?: string; value: string }>;
  licence?: string | { text: string; target?: string };
  /** A prose source description (`sourceDesc/p`). Default "Born digital." */
  source?: string;
  abstract?: string;
  /** Creation date of the source: `{ when: '1964-10-16', text: '16 October 1964' }`. */
  creation?: { when?: string; notBefore?: string; notAfter?: string; text: string };
  languages?: Array<{ ident: string; name: string }>;
  hands?: Array<HandSpec | TeiElement<'handNote'>>;
  persons?: EntitySpec[];
  places?: EntitySpec[];
  orgs?: EntitySpec[];
  revisions?: Array<{ when: string; who?: string; text: string }>;
  /** The texts (`text` elements); several are wrapped in `text/group`. Default: one empty paragraph. */
  texts?: Array<TeiElement<'text'>>;
  /** `xml:lang` and `xml:id` of the `TEI` element. */
  lang?: string;
  id?: string;
}

/**
 * Build a whole edition.
 *
 * @throws {TeiModelError} naming the field: an empty title, a `texts` entry that is not a TEI `text`, an
 *   identifier or licence without a publisher, and everything the element builders check.
 * @example
 * const built = edition({
 *   title: 'Record of a conversation',
 *   author: { name: 'O. T. Darusenkov', ref: '#darusenkov' },
 *   languages: [{ ident: 'ru', name: 'Russian' }, { ident: 'en', name: 'English' }],
 *   hands: [{ id: 'h-kalinin', scribe: 'Kalinin', scope: 'minor', description: 'Handwritten note.' }],
 *   persons: [{ id: 'darusenkov', names: 'O. T. Darusenkov' }],
 *   texts: [text({ id: 'ru', lang: 'ru', type: 'original' }, body(p('...'))), text({ id: 'en', lang: 'en', type: 'translation' }, body(p('...')))],
 * })
 * writeTei(built, { pretty: true })
 */
export function edition(options: EditionOptions): Edition {
  if (typeof options?.title !== 'string' || options.title.trim() === '') throw new TeiModelError('title', 'an edition needs a title');
  const root = el(
    'TEI',
    { xmlns: TEI_NS, id: options.id, lang: options.lang },
    teiHeader(options),
    registers(options),
    texts(options.texts ?? []),
  );
  const document: TeiDocument = {
    type: 'document',
    declaration: { version: '1.0', encoding: 'UTF-8' },
    children: [{ type: 'text', value: '\n' }, root, { type: 'text', value: '\n' }],
  };
  return editionOf(document);
}

function teiHeader(options: EditionOptions): ElementNode {
  return el(
    'teiHeader',
    {},
    el(
      'fileDesc',
      {},
      el(
        'titleStmt',
        {},
        el('title', options.subtitle ? { type: 'main' } : {}, options.title),
        options.subtitle && el('title', { type: 'sub' }, options.subtitle),
        list(options.author).map((a) => named('author', a)),
        list(options.editor).map((e) => named('editor', e)),
        (options.responsibilities ?? []).map(({ resp, name, id }) => el('respStmt', { id }, el('resp', {}, resp), nameElement(name))),
      ),
      publicationStmt(options),
      el('sourceDesc', {}, el('p', {}, options.source ?? 'Born digital.')),
    ),
    profileDesc(options),
    options.revisions?.length
      ? el('revisionDesc', {}, options.revisions.map(({ when, who, text }) => el('change', { when, who }, text)))
      : null,
  );
}

function publicationStmt(options: EditionOptions): ElementNode {
  const { publisher, pubPlace, date, idnos = [], licence } = options;
  if (!publisher) {
    if (idnos.length || licence || pubPlace || date) {
      throw new TeiModelError('publisher', 'identifiers, a licence, a place or a date of publication need a publisher');
    }
    return el('publicationStmt', {}, el('p', {}, 'Unpublished.'));
  }
  const licenceSpec = typeof licence === 'string' ? { text: licence } : licence;
  return el(
    'publicationStmt',
    {},
    named('publisher', publisher),
    pubPlace && el('pubPlace', {}, pubPlace),
    date && el('date', { when: date }, date),
    idnos.map(({ type, value }) => el('idno', { type }, value)),
    licenceSpec && el('availability', {}, el('licence', { target: licenceSpec.target }, licenceSpec.text)),
  );
}

function profileDesc(options: EditionOptions): ElementNode | null {
  const { abstract, creation, languages = [], hands = [] } = options;
  if (!abstract && !creation && !languages.length && !hands.length) return null;
  return el(
    'profileDesc',
    {},
    abstract && el('abstract', {}, el('p', {}, abstract)),
    creation &&
      el(
        'creation',
        {},
        el('date', { when: creation.when, notBefore: creation.notBefore, notAfter: creation.notAfter }, creation.text),
      ),
    languages.length > 0 && el('langUsage', {}, languages.map(({ ident, name }) => el('language', { ident }, name))),
    hands.length > 0 && el('handNotes', {}, hands.map(handNote)),
  );
}

function handNote(hand: HandSpec | TeiElement<'handNote'>): ElementNode {
  if (isTeiElement(hand, 'handNote')) return hand;
  if (typeof hand !== 'object' || hand === null || typeof (hand as HandSpec).id !== 'string') {
    throw new TeiModelError('hands', 'each hand is a handNote element or { id, ... }');
  }
  const { description, ...attributes } = hand as HandSpec;
  return el('handNote', attributes, description);
}

function registers(options: EditionOptions): ElementNode | null {
  const lists: Array<[keyof EditionOptions & ('persons' | 'places' | 'orgs'), string, string, string]> = [
    ['persons', 'listPerson', 'person', 'persName'],
    ['places', 'listPlace', 'place', 'placeName'],
    ['orgs', 'listOrg', 'org', 'orgName'],
  ];
  const parts = lists
    .filter(([key]) => (options[key] ?? []).length > 0)
    .map(([key, listName, entryName, nameName]) =>
      el(
        listName,
        {},
        (options[key] ?? []).map((entry) => {
          if (typeof entry?.id !== 'string') throw new TeiModelError(key, 'each entry needs an id');
          const names = typeof entry.names === 'string' ? [entry.names] : entry.names;
          if (!Array.isArray(names) || names.length === 0) throw new TeiModelError(key, `entry "${entry.id}" needs at least one name`);
          return el(
            entryName,
            { id: entry.id },
            names.map((n) => (typeof n === 'string' ? el(nameName, {}, n) : el(nameName, { lang: n.lang, type: n.type }, n.name))),
            entry.description && el('note', {}, entry.description),
          );
        }),
      ),
    );
  return parts.length ? el('standOff', {}, parts) : null;
}

function texts(given: Array<TeiElement<'text'>>): ElementNode {
  if (!Array.isArray(given)) throw new TeiModelError('texts', 'texts is an array of text elements');
  given.forEach((t, index) => {
    if (!isTeiElement(t, 'text')) throw new TeiModelError('texts', `texts[${index}] is not a TEI <text> element (build it with text(...))`);
  });
  if (given.length === 0) return el('text', {}, el('body', {}, el('p', {})));
  if (given.length === 1) return given[0]!;
  return el('text', {}, el('group', {}, given));
}

function list<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** `<author>Name</author>`, or with a pointer `<author><persName ref="#x">Name</persName></author>`. */
function named(elementName: string, spec: string | NameSpec): ElementNode {
  return el(elementName, {}, nameElement(spec, false));
}

function nameElement(spec: string | NameSpec, bare = true): BuilderChild {
  if (typeof spec === 'string') return bare ? el('name', {}, spec) : spec;
  if (typeof spec !== 'object' || spec === null || typeof spec.name !== 'string') throw new TeiModelError('name', 'a name is a string or { name, ref? }');
  if (!spec.ref && !bare) return spec.name;
  return el(spec.kind ?? 'persName', { ref: spec.ref }, spec.name);
}
