/**
 * The options of toHtml/toText, their defaults, and how they become stylesheet parameters.
 * One table per output so that the CLI, the docs and the checks read the same values.
 */
import { TeiUsageError } from '../errors.js';

/**
 * Which reading of the source the output shows: `reading` (corrections, expansions, regularisations) or
 * `diplomatic` (the source as written, with its line and page breaks).
 * @example
 * toHtml(path, { view: 'diplomatic' })
 */
export type View = 'reading' | 'diplomatic';
/**
 * How gaps read: `leiden` (`[…]`) or `descriptive` (the archive's wording, `[several words unreadable due to faded text]`).
 * In text output, `descriptive` also writes stamps and marginal notes as archives do: `[Stamp]: …`, `[label]: …`.
 * @example
 * toText(path, { gapStyle: 'descriptive' })
 */
export type GapStyle = 'leiden' | 'descriptive';

/**
 * Options both outputs share.
 * @example
 * const options: CommonOptions = { view: 'reading', gapStyle: 'leiden', file: 'letter.xml' }
 */
export interface CommonOptions {
  /** `reading` (corrections, expansions, regularisations) or `diplomatic` (the source as written). Default `reading`. */
  view?: View;
  /**
   * How gaps read: `leiden` (`[…]`) or `descriptive` (the archive's wording, e.g. `[several words unreadable]`; in
   * text output also `[Stamp]: …` and `[label]: …` for marginal notes).
   */
  gapStyle?: GapStyle;
  /** Extra stylesheet parameters, by name, for customised stylesheets. teikit's own options win on a clash. */
  params?: Record<string, string | number | boolean>;
  /**
   * The file name used in errors. Its base name is also the title of a fragment (a document whose root is, say, a
   * `div` or `surface`) that has no `head`, `@n` or `@xml:id`.
   */
  file?: string;
}

/**
 * Options of `toHtml`.
 * @example
 * toHtml(path, { view: 'diplomatic', layout: 'sequential', notes: 'inline', fragment: true })
 */
export interface HtmlOptions extends CommonOptions {
  /**
   * Original and translation `parallel` (side by side, paired by `@corresp`), `sequential`, or `facsimile`: each page
   * of the text (from one `pb` to the next) beside its image (`pb/@facs` pointing at a `surface`, `graphic` or `zone`
   * of the `<facsimile>`, or holding an image URL), with regions of the image for elements whose `@facs` points at a
   * `zone`. A document without page images renders as `sequential`. Default `parallel`.
   */
  layout?: 'parallel' | 'sequential' | 'facsimile';
  /** Notes as numbered `foot`notes (default), `inline` in brackets, or `none`. */
  notes?: 'foot' | 'inline' | 'none';
  /** An `<article>` to embed in a page instead of a standalone HTML5 document. Default false. */
  fragment?: boolean;
}

/**
 * Options of `toText`.
 * @example
 * toText(path, { notes: 'inline', gapStyle: 'descriptive' })
 */
export interface TextOptions extends CommonOptions {
  /** Notes as numbered `end`notes (default), `inline` in brackets (the archive convention), or `none`. */
  notes?: 'end' | 'inline' | 'none';
}

const CHOICES = {
  view: ['reading', 'diplomatic'],
  gapStyle: ['leiden', 'descriptive'],
  layout: ['parallel', 'sequential', 'facsimile'],
  htmlNotes: ['foot', 'inline', 'none'],
  textNotes: ['end', 'inline', 'none'],
} as const;

export const HTML_CHOICES = { view: CHOICES.view, layout: CHOICES.layout, notes: CHOICES.htmlNotes, gapStyle: CHOICES.gapStyle };
export const TEXT_CHOICES = { view: CHOICES.view, notes: CHOICES.textNotes, gapStyle: CHOICES.gapStyle };

/** Stylesheet parameters for the HTML stylesheet. */
export function htmlParameters(options: HtmlOptions): Record<string, unknown> {
  return {
    ...options.params,
    view: choose('view', options.view, HTML_CHOICES.view),
    layout: choose('layout', options.layout, HTML_CHOICES.layout),
    notes: choose('notes', options.notes, HTML_CHOICES.notes),
    'gap-style': choose('gapStyle', options.gapStyle, HTML_CHOICES.gapStyle),
    fragment: options.fragment === true,
    'source-name': sourceName(options.file),
  };
}

/** Stylesheet parameters for the text stylesheet. */
export function textParameters(options: TextOptions): Record<string, unknown> {
  return {
    ...options.params,
    view: choose('view', options.view, TEXT_CHOICES.view),
    notes: choose('notes', options.notes, TEXT_CHOICES.notes),
    'gap-style': choose('gapStyle', options.gapStyle, TEXT_CHOICES.gapStyle),
    'source-name': sourceName(options.file),
  };
}

/** The stylesheets' `source-name`: the file's name without its folder ('' when there is no file). */
function sourceName(file: string | undefined): string {
  return file?.split(/[\\/]/).pop() ?? '';
}

/** The value if it is one of `allowed`, the first of them when undefined, else a usage error naming the field. */
function choose<T extends string>(field: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0]!;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new TeiUsageError(`${field} must be ${allowed.map((a) => `"${a}"`).join(' or ')}, not "${value}"`);
}
