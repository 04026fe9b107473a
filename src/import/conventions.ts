/**
 * Import conventions as data: the pattern tables that say which bracketed remark, header label, page number or
 * stamp word becomes which TEI. The defaults ship as `conventions.json`; users extend or override them with
 * {@link mergeConventions} (the `conventions` option, `teikit import --conventions file.json`). Browser-safe.
 */
import { TeiUsageError } from '../errors.js';
import defaults from './conventions.json' with { type: 'json' };

/** Which kind of text a convention applies in. @example const role: TextRole = 'translation' */
export type TextRole = 'original' | 'translation';

/**
 * What a bracket convention does with the text it matched:
 * `desc` / `figDesc`: the bracket's wording becomes the element's `desc` / `figDesc` (gaps, signatures);
 * `inner`: the wording, converted in turn, becomes the content; `group:NAME`: the named group does;
 * `following`: the text after `[Label]:` (a quotation, or the rest of the line) does; `none`: nothing does
 * (the element says it all: `[Page 46]` → `pb n="46"`); `previousWord`: the word before the bracket (`[sic]`).
 *
 * @example
 * const content: BracketContent = 'desc' // [several words unreadable] → <gap><desc>several words unreadable</desc></gap>
 */
export type BracketContent = 'desc' | 'figDesc' | 'inner' | 'following' | 'none' | 'previousWord' | `group:${string}`;

/**
 * One bracket convention: a regular expression over the bracket's trimmed inner text and the element it makes.
 * Attribute values are templates: `{group}` is a named group's text, `{group|filter}` passes it through a filter
 * (`number`: "one" → 1; `count`: a singular unit → 1; `unit`: "words" → word; `place`: "lower" → bottom;
 * `reason`: the gap reason table; `stampType`: the stamp type table). `all` is the whole inner text, `content` the
 * text the element contains. A list gives alternatives: the first that resolves wins. An attribute whose template
 * does not resolve is left out.
 *
 * @example
 * const faded: BracketConvention = {
 *   name: 'gap-faded', match: '^faded$', element: 'gap', attributes: { reason: 'faded', extent: 'unknown' }, content: 'desc',
 * }
 */
export interface BracketConvention {
  /** Unique; a user convention with the name of a default one replaces it. */
  name: string;
  description?: string;
  /** A regular expression (JavaScript syntax) tested against the bracket's inner text, trimmed. */
  match: string;
  /** Regular expression flags. Default `iu`. */
  flags?: string;
  /** The kinds of text it applies in. Default: all. */
  texts?: TextRole[];
  /** The TEI element it makes. */
  element: string;
  attributes?: Record<string, string | string[]>;
  /** Default `inner`. */
  content?: BracketContent;
  /** A named group (or `all`) whose text describes a new hand: a `handNote` is declared and `@hand` points to it. */
  hand?: string;
  /**
   * A named group (or `all`) whose words the element keeps as its first child, a `<label>`: the archive's own
   * label ("Handwritten note at the bottom of the first page"), which renderings then show instead of their own.
   */
  label?: string;
}

/** A pattern with flags. @example const p: Pattern = { match: '^secret$', flags: 'i' } */
export interface Pattern {
  match: string;
  flags?: string;
}

/** A pattern that gives a type (gap reason, stamp type, contents item). @example const t: TypedPattern = { match: 'fad', type: 'faded' } */
export interface TypedPattern extends Pattern {
  type: string;
}

/** A standalone page number: a block that matches becomes `pb` + `fw`. Group `n` gives `@n`. @example const p: PageNumberPattern = { match: '^- (?<n>\\d+) -$' } */
export interface PageNumberPattern extends Pattern {
  /** A bare number ("266"): forme work of type `folio` when a decorated page number stands beside it. */
  bare?: boolean;
}

/** A line of OCR noise, marked `unclear` with this reason. No defaults: only what a project declares. @example const u: UnclearLinePattern = { match: '^[^\\p{L}]*$', reason: 'illegible' } */
export interface UnclearLinePattern extends Pattern {
  reason: string;
}

/** A language the importer can name and detect. @example const ru: LanguageConvention = { ident: 'ru', names: ['Russian'], scripts: ['Cyrillic'], stopwords: ['и'] } */
export interface LanguageConvention {
  /** BCP 47 tag. */
  ident: string;
  /** Names as the archive writes them ("Russian"); the first is used in `langUsage`. */
  names: string[];
  /** Unicode script names (`Latin`, `Cyrillic`, `Han`...). */
  scripts: string[];
  /** Frequent words, to tell languages of one script apart. */
  stopwords?: string[];
}

/**
 * All the conventions the importer reads.
 *
 * @example
 * DEFAULT_CONVENTIONS.brackets.map((b) => b.name) // ['translator-note', 'editor-note', 'marginal-note', ...]
 */
export interface Conventions {
  /** Header labels ("Original Language", lower case) → the field they start. */
  headerFields: Record<string, string>;
  /** In order: the first that matches a bracket wins. */
  brackets: BracketConvention[];
  gapReasons: TypedPattern[];
  /** Bold words (`**РАССЕКРЕЧЕНО**`) that are stamps; other bold text is `hi rend="bold"`. */
  stampWords: Pattern[];
  stampTypes: TypedPattern[];
  pageNumbers: PageNumberPattern[];
  unclearLines: UnclearLinePattern[];
  /** Lines of the export that are not part of the document (besides the contents items and the publisher). */
  exportLabels: string[];
  /** Contents items ("Translation - English") → `original` or `translation`, group `language`. */
  contents: TypedPattern[];
  /** In the citation: who translated. Groups `resp` and `name`. */
  translators: Pattern[];
  languages: LanguageConvention[];
  months: Record<string, number>;
  numbers: Record<string, number>;
  /** Ordinal words ("first" → 1) in labels that name a page; -1 is the last page. */
  ordinals: Record<string, number>;
  units: Record<string, string>;
  places: Record<string, string>;
}

/**
 * What a user gives: any part of {@link Conventions}, plus `disable` (names of default bracket conventions to drop).
 * Lists are put before the defaults (so that they win), bracket conventions with a default's name replace it, and
 * tables are merged key by key.
 *
 * @example
 * const mine: ConventionsInput = { brackets: [{ name: 'water', match: '^water damage$', element: 'gap', attributes: { reason: 'damage', extent: 'unknown' }, content: 'desc' }] }
 */
export interface ConventionsInput extends Partial<Conventions> {
  disable?: string[];
}

/**
 * The shipped conventions (a copy of `conventions.json`, typed).
 *
 * @example
 * DEFAULT_CONVENTIONS.headerFields['original language'] // 'originalLanguage'
 */
export const DEFAULT_CONVENTIONS: Conventions = defaults as Conventions;

const LIST_KEYS = ['gapReasons', 'stampWords', 'stampTypes', 'pageNumbers', 'unclearLines', 'exportLabels', 'contents', 'translators'] as const;
const TABLE_KEYS = ['headerFields', 'months', 'numbers', 'ordinals', 'units', 'places'] as const;

/**
 * Extend `base` with `input`. Checks `input` first.
 *
 * @throws {TeiUsageError} naming the entry when `input` is malformed (see {@link checkConventions}).
 * @example
 * const conventions = mergeConventions(DEFAULT_CONVENTIONS, { disable: ['addition-words'], exportLabels: ['Digital Archive'] })
 */
export function mergeConventions(base: Conventions, input: ConventionsInput | undefined): Conventions {
  if (input === undefined) return base;
  checkConventions(input);
  const merged: Conventions = { ...base };
  const disabled = new Set(input.disable ?? []);
  const replacements = new Map((input.brackets ?? []).map((b) => [b.name, b]));
  const kept = base.brackets.filter((b) => !disabled.has(b.name)).map((b) => replacements.get(b.name) ?? b);
  const added = (input.brackets ?? []).filter((b) => !base.brackets.some((d) => d.name === b.name));
  merged.brackets = [...added, ...kept];
  for (const key of LIST_KEYS) {
    const extra = input[key];
    if (extra) (merged as unknown as Record<string, unknown[]>)[key] = [...extra, ...base[key]];
  }
  for (const key of TABLE_KEYS) {
    const extra = input[key];
    if (extra) (merged as unknown as Record<string, object>)[key] = { ...base[key], ...normaliseKeys(key, extra) };
  }
  if (input.languages) {
    const byIdent = new Map(input.languages.map((l) => [l.ident, l]));
    merged.languages = [...input.languages, ...base.languages.filter((l) => !byIdent.has(l.ident))];
  }
  return merged;
}

/** Header labels and month names are matched in lower case. */
function normaliseKeys(key: string, table: object): object {
  if (key !== 'headerFields' && key !== 'months') return table;
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
}

/** The filters attribute templates know (see templates.ts). */
export const TEMPLATE_FILTERS: readonly string[] = ['number', 'count', 'unit', 'place', 'reason', 'stampType'];
const CONTENT = /^(?:desc|figDesc|inner|following|none|previousWord|group:[A-Za-z_]\w*)$/;
const ELEMENT = /^[A-Za-z_][\w.-]*$/;
const KNOWN_KEYS = new Set<string>(['brackets', 'languages', 'disable', '$schema', 'description', ...LIST_KEYS, ...TABLE_KEYS]);

/**
 * Check conventions given by a user: known keys, well-formed entries, regular expressions that compile.
 *
 * @throws {TeiUsageError} naming the entry and what is wrong with it.
 * @example
 * checkConventions(JSON.parse(readFileSync('conventions.json', 'utf8')))
 */
export function checkConventions(input: unknown): asserts input is ConventionsInput {
  const fail = (where: string, message: string): never => {
    throw new TeiUsageError(`conventions: ${where}: ${message}`);
  };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) fail('top level', 'expected an object');
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!KNOWN_KEYS.has(key)) fail(key, `unknown key (known: ${[...KNOWN_KEYS].filter((k) => !k.startsWith('$')).join(', ')})`);
  const list = (key: string): unknown[] => {
    const value = record[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) fail(key, 'expected a list');
    return value as unknown[];
  };
  const pattern = (where: string, entry: unknown, needs: string[] = []): void => {
    if (typeof entry !== 'object' || entry === null) fail(where, 'expected an object with "match"');
    const e = entry as Record<string, unknown>;
    if (typeof e.match !== 'string') fail(where, '"match" must be a regular expression as a string');
    for (const field of needs) if (typeof e[field] !== 'string' || e[field] === '') fail(where, `"${field}" must be a non-empty string`);
    compilePattern(e.match as string, e.flags as string | undefined, where);
  };
  list('brackets').forEach((entry, i) => {
    const where = `brackets[${i}]`;
    pattern(where, entry, ['name', 'element']);
    const e = entry as Record<string, unknown>;
    if (!ELEMENT.test(e.element as string)) fail(where, `"${String(e.element)}" is not an element name`);
    if (e.content !== undefined && (typeof e.content !== 'string' || !CONTENT.test(e.content))) {
      fail(where, '"content" must be desc, figDesc, inner, following, none, previousWord or group:NAME');
    }
    for (const field of ['hand', 'label'] as const) {
      if (e[field] !== undefined && (typeof e[field] !== 'string' || !/^[A-Za-z_]\w*$/.test(e[field] as string))) fail(where, `"${field}" must be the name of a group (or all)`);
    }
    if (e.texts !== undefined && (!Array.isArray(e.texts) || !e.texts.every((t) => t === 'original' || t === 'translation'))) {
      fail(where, '"texts" must be a list of "original" and "translation"');
    }
    if (e.attributes !== undefined) {
      if (typeof e.attributes !== 'object' || e.attributes === null || Array.isArray(e.attributes)) fail(where, '"attributes" must be an object');
      for (const [name, value] of Object.entries(e.attributes as object)) {
        const ok = typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
        if (!ok) fail(`${where}.attributes.${name}`, 'a template string or a list of them');
        for (const [, filter] of [value].flat().join(' ').matchAll(/\{\w+\|(\w+)\}/g)) {
          if (!TEMPLATE_FILTERS.includes(filter!)) fail(`${where}.attributes.${name}`, `unknown filter "${filter}" (known: ${TEMPLATE_FILTERS.join(', ')})`);
        }
      }
    }
  });
  for (const key of ['gapReasons', 'stampTypes', 'contents'] as const) list(key).forEach((e, i) => pattern(`${key}[${i}]`, e, ['type']));
  for (const key of ['stampWords', 'pageNumbers', 'translators'] as const) list(key).forEach((e, i) => pattern(`${key}[${i}]`, e));
  list('unclearLines').forEach((e, i) => pattern(`unclearLines[${i}]`, e, ['reason']));
  list('exportLabels').forEach((e, i) => typeof e === 'string' || fail(`exportLabels[${i}]`, 'expected a string'));
  list('disable').forEach((e, i) => typeof e === 'string' || fail(`disable[${i}]`, 'expected a convention name'));
  list('languages').forEach((e, i) => {
    const l = e as Record<string, unknown>;
    const where = `languages[${i}]`;
    if (typeof l !== 'object' || l === null || typeof l.ident !== 'string' || !/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(l.ident)) {
      fail(where, '"ident" must be a BCP 47 language tag');
    }
    for (const field of ['names', 'scripts'] as const) {
      if (!Array.isArray(l[field]) || !(l[field] as unknown[]).every((v) => typeof v === 'string')) fail(where, `"${field}" must be a list of strings`);
    }
    for (const script of l.scripts as string[]) compilePattern(`\\p{Script=${script}}`, 'u', `${where}: script "${script}"`);
  });
  for (const key of TABLE_KEYS) {
    const table = record[key];
    if (table !== undefined && (typeof table !== 'object' || table === null || Array.isArray(table))) fail(key, 'expected an object');
  }
}

/**
 * Compile a convention's regular expression (with indices, so that groups have positions).
 *
 * @throws {TeiUsageError} when it does not compile.
 * @example
 * compilePattern('^sic$', undefined, 'brackets[0]').test('SIC') // true
 */
export function compilePattern(source: string, flags: string | undefined, where: string): RegExp {
  const wanted = new Set([...(flags ?? 'iu'), 'd']);
  wanted.delete('g');
  wanted.delete('y');
  try {
    return new RegExp(source, [...wanted].join(''));
  } catch (error) {
    throw new TeiUsageError(`conventions: ${where}: invalid regular expression: ${(error as Error).message}`);
  }
}
