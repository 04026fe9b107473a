/**
 * The TEI elements teikit models, by name, with their attribute types. Extend it by module augmentation to type
 * your own customisation's elements. Browser-safe: types, plus the list of modelled names.
 */
import type { TEI_NS } from '../parse/prolog.js';
import type {
  AddAttributes,
  BreakAttributes,
  DamageAttributes,
  DateAttributes,
  DelAttributes,
  DivAttributes,
  EntityAttributes,
  FwAttributes,
  GapAttributes,
  GlobalAttributes,
  HandNoteAttributes,
  HandShiftAttributes,
  NameAttributes,
  NoteAttributes,
  QuotationAttributes,
  RefAttributes,
  SegAttributes,
  SubstAttributes,
  SuppliedAttributes,
  TeiRootAttributes,
  TextAttributes,
  TypedAttributes,
  UnclearAttributes,
} from './attributes.js';
import type { ElementFields } from './nodes.js';

/** The TEI namespace URI as a type. @example const ns: TeiNamespace = 'http://www.tei-c.org/ns/1.0' */
export type TeiNamespace = typeof TEI_NS;

/**
 * TEI element name → attribute type, for the elements teikit models. Every other element is a
 * {@link GenericElement}. Add your own by module augmentation:
 *
 * @example
 * declare module 'teikit' {
 *   interface TeiElementMap {
 *     persPronouns: GlobalAttributes & { evidence?: string }
 *   }
 * }
 */
export interface TeiElementMap {
  TEI: TeiRootAttributes;
  teiCorpus: TeiRootAttributes;
  teiHeader: TypedAttributes;
  standOff: TypedAttributes;
  // Transcription: omissions, damage, editorial intervention.
  gap: GapAttributes;
  unclear: UnclearAttributes;
  damage: DamageAttributes;
  supplied: SuppliedAttributes;
  note: NoteAttributes;
  add: AddAttributes;
  del: DelAttributes;
  subst: SubstAttributes;
  choice: GlobalAttributes;
  sic: TypedAttributes;
  corr: TypedAttributes;
  abbr: TypedAttributes;
  expan: TypedAttributes;
  orig: TypedAttributes;
  reg: TypedAttributes;
  handShift: HandShiftAttributes;
  // Page, line and column; forme work.
  pb: BreakAttributes;
  lb: BreakAttributes;
  cb: BreakAttributes;
  fw: FwAttributes;
  // Letters and documents.
  stamp: TypedAttributes;
  signed: GlobalAttributes;
  closer: GlobalAttributes;
  opener: GlobalAttributes;
  salute: GlobalAttributes;
  // Names and dates.
  persName: NameAttributes;
  placeName: NameAttributes;
  orgName: NameAttributes;
  date: DateAttributes;
  // Phrases.
  hi: GlobalAttributes;
  foreign: GlobalAttributes;
  q: QuotationAttributes;
  quote: QuotationAttributes;
  ref: RefAttributes;
  seg: SegAttributes;
  desc: TypedAttributes;
  // Structure.
  head: DivAttributes;
  p: DivAttributes;
  div: DivAttributes;
  text: TextAttributes;
  group: GlobalAttributes;
  body: GlobalAttributes;
  front: GlobalAttributes;
  back: GlobalAttributes;
  // Header parts the header view reads.
  handNote: HandNoteAttributes;
  person: EntityAttributes;
  place: EntityAttributes;
  org: EntityAttributes;
}

/** The names of the modelled TEI elements. @example const name: TeiName = 'handShift' */
export type TeiName = keyof TeiElementMap & string;

/** One modelled element: `name` is the literal name, `namespace` the TEI namespace, `attributes` typed. @example type Gap = TeiElementOf<'gap', GapAttributes> */
export interface TeiElementOf<N extends string, A> extends ElementFields {
  name: N;
  namespace: TeiNamespace;
  attributes: A & GlobalAttributes;
}

/**
 * A modelled TEI element named `N` (any modelled element when `N` is omitted: a union discriminated on `name`).
 *
 * @example
 * function describe(gap: TeiElement<'gap'>): string {
 *   return `${gap.attributes.reason ?? 'unspecified'} (${gap.attributes.extent ?? '?'})`
 * }
 */
export type TeiElement<N extends TeiName = TeiName> = N extends TeiName ? TeiElementOf<N, TeiElementMap[N]> : never;

/**
 * The element names teikit models at run time (what `readEdition` types as {@link TeiElement}; the builders
 * exist for these). Module augmentation adds types only: at run time every element is plain data anyway.
 *
 * @example
 * MODELLED_ELEMENTS.has('gap') // true
 */
export const MODELLED_ELEMENTS: ReadonlySet<string> = new Set<TeiName>([
  'TEI', 'teiCorpus', 'teiHeader', 'standOff',
  'gap', 'unclear', 'damage', 'supplied', 'note', 'add', 'del', 'subst', 'choice', 'sic', 'corr', 'abbr', 'expan',
  'orig', 'reg', 'handShift', 'pb', 'lb', 'cb', 'fw', 'stamp', 'signed', 'closer', 'opener', 'salute',
  'persName', 'placeName', 'orgName', 'date', 'hi', 'foreign', 'q', 'quote', 'ref', 'seg', 'desc',
  'head', 'p', 'div', 'text', 'group', 'body', 'front', 'back', 'handNote', 'person', 'place', 'org',
]);
