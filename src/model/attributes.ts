/**
 * Typed attributes of the TEI elements teikit models. Values are the strings of the XML (so nothing is lost:
 * `quantity="2.0"` stays `'2.0'`); the builders accept numbers and booleans and check them. Every attribute
 * interface is open (an index signature), so any other attribute of any namespace is kept and allowed.
 * Browser-safe: types, and one helper.
 */

/**
 * Attribute values keyed by qualified name as written: `reason`, `xml:id`, `xmlns:xi`, `xsi:schemaLocation`.
 * Absent attributes are absent keys (never stored as `undefined`).
 *
 * @example
 * const attributes: Attributes = { 'xml:id': 'en-p1', corresp: '#ru-p1' }
 */
export interface Attributes {
  [qualifiedName: string]: string | undefined;
}

/**
 * Attributes every TEI element may carry (att.global and friends).
 *
 * @example
 * const a: GlobalAttributes = { 'xml:id': 'ru-p1', 'xml:lang': 'ru', corresp: '#en-p1', n: '1', rend: 'italic' }
 */
export interface GlobalAttributes extends Attributes {
  'xml:id'?: string;
  'xml:lang'?: string;
  /** `preserve` or `default`. The pretty printer never touches a `preserve` region. */
  'xml:space'?: string;
  'xml:base'?: string;
  n?: string;
  rend?: string;
  rendition?: string;
  style?: string;
  /** Pointers (`#id` ...) to corresponding elements, e.g. the paragraph of the translation. */
  corresp?: string;
  sameAs?: string;
  copyOf?: string;
  next?: string;
  prev?: string;
  synch?: string;
  ana?: string;
  facs?: string;
  /** Pointers to who is responsible (a `person`, a `respStmt`). */
  resp?: string;
  cert?: string;
  source?: string;
  change?: string;
}

/** `@hand` of additions, deletions and other transcriptional elements: a pointer to a `handNote`. @example const a: HandAttributes = { hand: '#h-kalinin' } */
export interface HandAttributes extends GlobalAttributes {
  hand?: string;
}

/**
 * `<gap>`: an omission. `reason` (faded, illegible, lost...), `extent` as words, or `quantity` + `unit`, or
 * `atLeast`/`atMost`; `agent` for damage.
 *
 * @example
 * const a: GapAttributes = { reason: 'faded', unit: 'line', atLeast: '2', atMost: '3' }
 */
export interface GapAttributes extends HandAttributes {
  reason?: string;
  extent?: string;
  quantity?: string;
  unit?: string;
  atLeast?: string;
  atMost?: string;
  min?: string;
  max?: string;
  precision?: string;
  scope?: string;
  agent?: string;
}

/** `<unclear>`: text read with difficulty. @example const a: UnclearAttributes = { reason: 'faded', cert: 'low' } */
export interface UnclearAttributes extends HandAttributes {
  reason?: string;
  agent?: string;
}

/** `<damage>`: physically damaged text. @example const a: DamageAttributes = { agent: 'paperloss' } */
export interface DamageAttributes extends HandAttributes {
  agent?: string;
  degree?: string;
  group?: string;
  extent?: string;
  quantity?: string;
  unit?: string;
}

/** `<supplied>`: text the editor supplies. @example const a: SuppliedAttributes = { reason: 'lost' } */
export interface SuppliedAttributes extends GlobalAttributes {
  reason?: string;
  evidence?: string;
}

/**
 * `<note>`: `type` (translator, editorial, marginal...), `place` (tokens: inline, foot, margin, bottom...),
 * `resp`, `target`, `hand` for notes written in the source.
 *
 * @example
 * const a: NoteAttributes = { type: 'marginal', place: 'bottom', hand: '#h-kalinin' }
 */
export interface NoteAttributes extends HandAttributes {
  type?: string;
  subtype?: string;
  place?: string;
  target?: string;
  targetEnd?: string;
  /** `true` or `false`. */
  anchored?: string;
}

/** `<add>`: an addition in the source. @example const a: AddAttributes = { place: 'above', hand: '#h2' } */
export interface AddAttributes extends HandAttributes {
  place?: string;
  type?: string;
  seq?: string;
}

/** `<del>`: a deletion in the source. @example const a: DelAttributes = { rend: 'strikethrough' } */
export interface DelAttributes extends HandAttributes {
  type?: string;
  status?: string;
  seq?: string;
}

/** `<subst>`: a substitution (`del` + `add`). @example const a: SubstAttributes = { hand: '#h2' } */
export interface SubstAttributes extends HandAttributes {}

/** `<corr>`, `<reg>`, `<expan>`... with a `type`. @example const a: TypedAttributes = { type: 'ocr' } */
export interface TypedAttributes extends GlobalAttributes {
  type?: string;
  subtype?: string;
}

/**
 * `<handShift>`: the hand changes here. `new` points to the `handNote`.
 *
 * @example
 * const a: HandShiftAttributes = { new: '#h2', medium: 'pencil' }
 */
export interface HandShiftAttributes extends GlobalAttributes {
  new?: string;
  medium?: string;
  script?: string;
  scriptRef?: string;
  scribe?: string;
  scribeRef?: string;
}

/**
 * `<pb>`, `<lb>`, `<cb>`: breaks. `break="no"` joins the words on either side.
 *
 * @example
 * const a: BreakAttributes = { n: '2', break: 'no' }
 */
export interface BreakAttributes extends GlobalAttributes {
  break?: string;
  ed?: string;
  edRef?: string;
  type?: string;
}

/** `<fw>`: forme work (running head, folio, page number). @example const a: FwAttributes = { type: 'pageNum', place: 'top' } */
export interface FwAttributes extends GlobalAttributes {
  type?: string;
  place?: string;
}

/** `persName`, `placeName`, `orgName`: `ref` points to a register entry. @example const a: NameAttributes = { ref: '#guevara' } */
export interface NameAttributes extends GlobalAttributes {
  ref?: string;
  key?: string;
  type?: string;
  role?: string;
  nymRef?: string;
}

/**
 * `<date>`: `when` (ISO 8601), or `notBefore`/`notAfter`, or `from`/`to`.
 *
 * @example
 * const a: DateAttributes = { when: '1964-10-16' }
 */
export interface DateAttributes extends GlobalAttributes {
  when?: string;
  notBefore?: string;
  notAfter?: string;
  from?: string;
  to?: string;
  calendar?: string;
  datingMethod?: string;
  period?: string;
  type?: string;
}

/** `<ref>`: a reference; `target` is the pointer. @example const a: RefAttributes = { target: 'https://example.org/' } */
export interface RefAttributes extends GlobalAttributes {
  target?: string;
  type?: string;
  cRef?: string;
}

/** `<q>`, `<quote>`, `<said>`. @example const a: QuotationAttributes = { type: 'spoken', who: '#guevara' } */
export interface QuotationAttributes extends GlobalAttributes {
  type?: string;
  who?: string;
}

/** `<seg>`. @example const a: SegAttributes = { type: 'classification' } */
export interface SegAttributes extends GlobalAttributes {
  type?: string;
  subtype?: string;
  function?: string;
  part?: string;
}

/** `<div>`, `<p>`, `<head>` and other structural elements. @example const a: DivAttributes = { type: 'record' } */
export interface DivAttributes extends GlobalAttributes {
  type?: string;
  subtype?: string;
  org?: string;
  sample?: string;
  part?: string;
}

/** `<text>`: `type` such as `original` or `translation`. @example const a: TextAttributes = { 'xml:lang': 'ru', type: 'original' } */
export interface TextAttributes extends HandAttributes {
  type?: string;
  subtype?: string;
}

/** `<TEI>` and `<teiCorpus>`. @example const a: TeiRootAttributes = { version: '4.12.0' } */
export interface TeiRootAttributes extends GlobalAttributes {
  version?: string;
}

/**
 * `<handNote>`: a hand of the source.
 *
 * @example
 * const a: HandNoteAttributes = { 'xml:id': 'h-kalinin', scribe: 'Kalinin', scribeRef: '#kalinin', scope: 'minor' }
 */
export interface HandNoteAttributes extends GlobalAttributes {
  scribe?: string;
  scribeRef?: string;
  script?: string;
  scriptRef?: string;
  medium?: string;
  scope?: string;
}

/** `<person>`, `<place>`, `<org>`: register entries. @example const a: EntityAttributes = { 'xml:id': 'guevara' } */
export interface EntityAttributes extends GlobalAttributes {
  type?: string;
  role?: string;
  sex?: string;
  age?: string;
}

/**
 * Set an attribute, also one named `__proto__` (a legal XML name, which plain assignment would not store).
 *
 * @example
 * setAttribute(element.attributes, 'n', '2')
 */
export function setAttribute(attributes: Attributes, name: string, value: string): void {
  if (name === '__proto__') Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
  else attributes[name] = value;
}
