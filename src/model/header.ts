/**
 * The header view: what a `teiHeader` says, as plain data (strings, no nodes). A snapshot computed from the tree
 * by `headerOf`; `editionOf` calls it for an edition and each corpus member. Browser-safe.
 */
import { TEI_NS } from '../parse/prolog.js';
import type { ElementNode } from './nodes.js';
import { assignDefined, teiChild, teiChildren, teiDescendants, textOrUndefined } from './select.js';
import { normalizedText, SKIP, walkElements } from './traverse.js';

/** A title of `titleStmt`. @example const t: TitleView = { text: 'From the Diary of O. T. Darusenkov', type: 'main' } */
export interface TitleView {
  text: string;
  type?: string;
  level?: string;
  lang?: string;
}

/** A name and the pointer it carries (its own `@ref`, else that of the name inside it). @example const n: NameView = { name: 'Gary Goldberg', ref: '#goldberg' } */
export interface NameView {
  name: string;
  ref?: string;
}

/**
 * A `respStmt`: what was done (`resp`) and by whom.
 *
 * @example
 * const r: ResponsibilityView = { id: 'teikit', resp: 'TEI encoding', names: [{ name: 'teikit project' }] }
 */
export interface ResponsibilityView {
  id?: string;
  resp: string;
  names: NameView[];
}

/** An `idno`. @example const i: IdnoView = { type: 'URL', value: 'https://example.org/117102' } */
export interface IdnoView {
  type?: string;
  value: string;
}

/** A `date`, with its normalised attributes. @example const d: DateView = { text: '16 October 1964', when: '1964-10-16', type: 'conversation' } */
export interface DateView {
  text: string;
  when?: string;
  notBefore?: string;
  notAfter?: string;
  from?: string;
  to?: string;
  type?: string;
}

/** A `licence`. @example const l: LicenceView = { target: 'https://creativecommons.org/licenses/by/4.0/', text: 'CC BY 4.0' } */
export interface LicenceView {
  target?: string;
  text: string;
}

/** `availability`: status, licences and the whole text. @example const a: AvailabilityView = { status: 'free', licences: [], text: 'Public domain.' } */
export interface AvailabilityView {
  status?: string;
  licences: LicenceView[];
  text: string;
}

/**
 * `publicationStmt`. `text` holds the prose of a statement made of paragraphs only.
 *
 * @example
 * const p: PublicationView = { publishers: [{ name: 'Wilson Center Digital Archive', ref: '#wilson-center' }], distributors: [], authorities: [], pubPlaces: [], dates: [], idnos: [{ type: 'document', value: '117102' }] }
 */
export interface PublicationView {
  publishers: NameView[];
  distributors: NameView[];
  authorities: NameView[];
  pubPlaces: string[];
  dates: DateView[];
  idnos: IdnoView[];
  availability?: AvailabilityView;
  text?: string;
}

/** An `altIdentifier` of a manuscript. @example const a: AltIdentifierView = { type: 'record', idnos: [{ type: 'record', value: 'No 375' }] } */
export interface AltIdentifierView {
  type?: string;
  idnos: IdnoView[];
  settlement?: string;
  repository?: string;
  collection?: string;
  note?: string;
}

/**
 * A manuscript (`msDesc`): where it is and how it is identified. `shelfmark` is the `idno[@type="shelfmark"]`,
 * else the first `idno`. `classification` holds `msItem/@class` values and the text of
 * `note[@type="classification"]` in the description.
 *
 * @example
 * const m: ManuscriptView = { settlement: 'Moscow', repository: 'TsKhSD', shelfmark: 'f. 5, op. 49, d. 758', idnos: [], altIdentifiers: [], classification: [] }
 */
export interface ManuscriptView {
  id?: string;
  country?: string;
  region?: string;
  settlement?: string;
  institution?: string;
  repository?: string;
  repositoryRef?: string;
  collection?: string;
  shelfmark?: string;
  idnos: IdnoView[];
  altIdentifiers: AltIdentifierView[];
  classification: string[];
}

/** `sourceDesc`: bibliographic descriptions (as text) and manuscripts. @example const s: SourceView = { bibls: ['Born digital.'], manuscripts: [] } */
export interface SourceView {
  bibls: string[];
  manuscripts: ManuscriptView[];
}

/**
 * A `handNote`.
 *
 * @example
 * const h: HandView = { id: 'h-kalinin', scribe: 'Kalinin', scribeRef: '#kalinin', scope: 'minor', description: 'Handwritten note ...' }
 */
export interface HandView {
  id?: string;
  scribe?: string;
  scribeRef?: string;
  medium?: string;
  script?: string;
  scope?: string;
  description: string;
}

/** A `language` of `langUsage`. @example const l: LanguageView = { ident: 'ru', name: 'Russian' } */
export interface LanguageView {
  ident: string;
  usage?: string;
  name: string;
}

/** A name of a register entry. @example const n: EntityName = { name: 'Ernesto Guevara Serna', lang: 'en' } */
export interface EntityName {
  name: string;
  lang?: string;
  type?: string;
}

/**
 * A register entry: a `person`, `place` or `org` in the header, in `standOff` or in a `back` (usually in a
 * `listPerson`/`listPlace`/`listOrg`). `description` is the text of its first `desc`, `note`, `occupation`, `trait` or
 * `state` child.
 *
 * @example
 * const e: EntityView = { kind: 'person', id: 'guevara', names: [{ name: 'Ernesto Guevara Serna', lang: 'en' }], idnos: [] }
 */
export interface EntityView {
  kind: 'person' | 'place' | 'org';
  id?: string;
  names: EntityName[];
  description?: string;
  idnos: IdnoView[];
}

/** `profileDesc/creation`. @example const c: CreationView = { text: '16 October 1964', dates: [{ text: '16 October 1964', when: '1964-10-16' }] } */
export interface CreationView {
  text?: string;
  dates: DateView[];
}

/** A `change` of `revisionDesc`. @example const c: ChangeView = { when: '2026-11-27', who: '#teikit', text: 'Created.' } */
export interface ChangeView {
  when?: string;
  who?: string;
  status?: string;
  text: string;
}

/** An entry of `textClass`. @example const c: TextClassView = { kind: 'catRef', scheme: '#security', target: '#security-secret' } */
export interface TextClassView {
  kind: 'catRef' | 'classCode' | 'term';
  scheme?: string;
  target?: string;
  text?: string;
}

/**
 * What a `teiHeader` says (plus the registers of its document), as plain data.
 *
 * @example
 * edition.header.title // 'From the Diary of O. T. Darusenkov, ...'
 * edition.header.hands.map((h) => h.id) // ['h-typescript', 'h-kalinin', 'h-archivist']
 */
export interface EditionHeader {
  /** The main title: `title[@type="main"]`, else the first untyped title, else the first. */
  title?: string;
  titles: TitleView[];
  authors: NameView[];
  editors: NameView[];
  responsibilities: ResponsibilityView[];
  publication: PublicationView;
  source: SourceView;
  hands: HandView[];
  languages: LanguageView[];
  persons: EntityView[];
  places: EntityView[];
  orgs: EntityView[];
  abstract?: string;
  creation: CreationView;
  revisions: ChangeView[];
  textClass: TextClassView[];
}

/**
 * The header view of a `TEI` or `teiCorpus` element (its own `teiHeader`, and the registers in its header,
 * `standOff` and `back`, not those of corpus members).
 *
 * @example
 * headerOf(rootElement(edition)).languages // [{ ident: 'ru', name: 'Russian' }, { ident: 'en', name: 'English' }]
 */
export function headerOf(root: ElementNode): EditionHeader {
  const header = teiChild(root, 'teiHeader');
  const fileDesc = teiChild(header, 'fileDesc');
  const titleStmt = teiChild(fileDesc, 'titleStmt');
  const profileDesc = teiChild(header, 'profileDesc');
  const titles = teiChildren(titleStmt, 'title').map(titleView);
  const view: EditionHeader = {
    titles: titles.map((t) => t.view),
    authors: teiChildren(titleStmt, 'author').map(nameView),
    editors: teiChildren(titleStmt, 'editor').map(nameView),
    responsibilities: [...teiChildren(titleStmt, 'respStmt'), ...teiChildren(teiChild(fileDesc, 'editionStmt'), 'respStmt')].map(responsibility),
    publication: publication(teiChild(fileDesc, 'publicationStmt')),
    source: { bibls: bibls(teiChild(fileDesc, 'sourceDesc')), manuscripts: [] },
    hands: [],
    languages: teiChildren(teiChild(profileDesc, 'langUsage'), 'language').map(language),
    persons: [],
    places: [],
    orgs: [],
    creation: creation(teiChild(profileDesc, 'creation')),
    revisions: [],
    textClass: textClass(teiChild(profileDesc, 'textClass')),
  };
  const main = titles.find((t) => t.type === 'main') ?? titles.find((t) => t.type === undefined) ?? titles[0];
  assignDefined(view, { title: main?.view.text, abstract: textOrUndefined(teiChild(profileDesc, 'abstract')) });
  collect(root, view);
  return view;
}

function titleView(title: ElementNode): { view: TitleView; type: string | undefined } {
  const a = title.attributes;
  return {
    view: assignDefined({ text: normalizedText(title) } as TitleView, { type: a.type, level: a.level, lang: a['xml:lang'] }),
    type: a.type,
  };
}

function nameView(element: ElementNode): NameView {
  const inner = teiDescendants(element, 'persName', 'orgName', 'name', 'placeName').find((n) => n.attributes.ref !== undefined);
  return assignDefined({ name: normalizedText(element) } as NameView, { ref: element.attributes.ref ?? inner?.attributes.ref });
}

function responsibility(respStmt: ElementNode): ResponsibilityView {
  const resp = teiChildren(respStmt, 'resp').map(normalizedText).join('; ');
  const names = teiChildren(respStmt, 'persName', 'orgName', 'name').map(nameView);
  return assignDefined({ resp, names } as ResponsibilityView, { id: respStmt.attributes['xml:id'] });
}

function publication(statement: ElementNode | undefined): PublicationView {
  const names = (name: string) => teiChildren(statement, name).map(nameView);
  const view: PublicationView = {
    publishers: names('publisher'),
    distributors: names('distributor'),
    authorities: names('authority'),
    pubPlaces: teiChildren(statement, 'pubPlace').map(normalizedText),
    dates: teiChildren(statement, 'date').map(date),
    idnos: teiChildren(statement, 'idno').map(idno),
  };
  const availability = teiChild(statement, 'availability');
  if (availability) {
    view.availability = assignDefined(
      {
        licences: teiDescendants(availability, 'licence').map((l) => assignDefined({ text: normalizedText(l) } as LicenceView, { target: l.attributes.target })),
        text: normalizedText(availability),
      } as AvailabilityView,
      { status: availability.attributes.status },
    );
  }
  const paragraphs = teiChildren(statement, 'p', 'ab');
  if (paragraphs.length > 0) view.text = paragraphs.map(normalizedText).join(' ');
  return view;
}

function bibls(sourceDesc: ElementNode | undefined): string[] {
  return teiChildren(sourceDesc, 'bibl', 'biblStruct', 'biblFull', 'p', 'ab', 'listBibl').map(normalizedText).filter(Boolean);
}

function manuscript(msDesc: ElementNode): ManuscriptView {
  const identifier = teiChild(msDesc, 'msIdentifier');
  const idnos = teiChildren(identifier, 'idno').map(idno);
  const repository = teiChild(identifier, 'repository');
  const classification: string[] = [];
  const place = (name: string) => textOrUndefined(teiChild(identifier, name));
  return assignDefined(
    {
      idnos,
      altIdentifiers: teiChildren(identifier, 'altIdentifier').map((alt) =>
        assignDefined(
          { idnos: teiChildren(alt, 'idno').map(idno) } as AltIdentifierView,
          {
            type: alt.attributes.type,
            settlement: textOrUndefined(teiChild(alt, 'settlement')),
            repository: textOrUndefined(teiChild(alt, 'repository')),
            collection: textOrUndefined(teiChild(alt, 'collection')),
            note: textOrUndefined(teiChild(alt, 'note')),
          },
        ),
      ),
      classification,
    } as ManuscriptView,
    {
      id: msDesc.attributes['xml:id'],
      country: place('country'),
      region: place('region'),
      settlement: place('settlement'),
      institution: place('institution'),
      repository: textOrUndefined(repository),
      repositoryRef: repository?.attributes.ref,
      collection: place('collection'),
      shelfmark: (idnos.find((i) => i.type === 'shelfmark') ?? idnos[0])?.value,
    },
  );
}

function hand(handNote: ElementNode): HandView {
  const a = handNote.attributes;
  return assignDefined(
    { description: normalizedText(handNote) } as HandView,
    { id: a['xml:id'], scribe: a.scribe, scribeRef: a.scribeRef, medium: a.medium, script: a.script, scope: a.scope },
  );
}

function language(element: ElementNode): LanguageView {
  return assignDefined({ ident: element.attributes.ident ?? '', name: normalizedText(element) } as LanguageView, { usage: element.attributes.usage });
}

function creation(element: ElementNode | undefined): CreationView {
  return assignDefined({ dates: teiDescendants(element, 'date').map(date) } as CreationView, { text: textOrUndefined(element) });
}

function date(element: ElementNode): DateView {
  const a = element.attributes;
  return assignDefined(
    { text: normalizedText(element) } as DateView,
    { when: a.when ?? a['when-iso'], notBefore: a.notBefore, notAfter: a.notAfter, from: a.from, to: a.to, type: a.type },
  );
}

function idno(element: ElementNode): IdnoView {
  return assignDefined({ value: normalizedText(element) } as IdnoView, { type: element.attributes.type });
}

function change(element: ElementNode): ChangeView {
  const a = element.attributes;
  return assignDefined({ text: normalizedText(element) } as ChangeView, { when: a.when, who: a.who, status: a.status });
}

function textClass(element: ElementNode | undefined): TextClassView[] {
  const views: TextClassView[] = [];
  for (const entry of teiChildren(element)) {
    const scheme = entry.attributes.scheme;
    if (entry.name === 'catRef') views.push(assignDefined({ kind: 'catRef' } as TextClassView, { scheme, target: entry.attributes.target }));
    else if (entry.name === 'classCode') views.push(assignDefined({ kind: 'classCode' } as TextClassView, { scheme, text: normalizedText(entry) }));
    else if (entry.name === 'keywords') {
      for (const term of teiDescendants(entry, 'term')) views.push(assignDefined({ kind: 'term' } as TextClassView, { scheme, text: normalizedText(term) }));
    }
  }
  return views;
}

const REGISTER_NAMES: Record<EntityView['kind'], string[]> = {
  person: ['persName', 'name'],
  place: ['placeName', 'geogName', 'settlement', 'name'],
  org: ['orgName', 'name'],
};
const DESCRIPTIONS = ['desc', 'note', 'occupation', 'trait', 'state'];

/**
 * One walk over `root` (skipping text bodies and corpus members) for what lies at any depth: hands and
 * revisions of the header, manuscripts of `sourceDesc` and their classification, register entries anywhere.
 */
function collect(root: ElementNode, view: EditionHeader): void {
  const inside = { teiHeader: 0, sourceDesc: 0, revisionDesc: 0 };
  const manuscripts: ManuscriptView[] = [];
  walkElements(root, {
    enter(element) {
      if (element === root || element.namespace !== TEI_NS) return undefined;
      const name = element.name;
      switch (name) {
        case 'TEI':
        case 'teiCorpus':
        case 'front':
        case 'body':
          return SKIP;
        case 'teiHeader':
        case 'sourceDesc':
        case 'revisionDesc':
          inside[name]++;
          return undefined;
        case 'person':
        case 'place':
        case 'org':
          view[`${name}s`].push(entity(element, name));
          return undefined;
        case 'handNote':
          if (inside.teiHeader) view.hands.push(hand(element));
          return undefined;
        case 'change':
          if (inside.revisionDesc) view.revisions.push(change(element));
          return undefined;
        case 'msDesc':
          if (inside.sourceDesc) {
            const manuscriptView = manuscript(element);
            view.source.manuscripts.push(manuscriptView);
            manuscripts.push(manuscriptView);
          }
          return undefined;
        case 'msItem':
          if (element.attributes.class) manuscripts[manuscripts.length - 1]?.classification.push(element.attributes.class);
          return undefined;
        case 'note':
          if (element.attributes.type === 'classification') manuscripts[manuscripts.length - 1]?.classification.push(normalizedText(element));
          return undefined;
        default:
          return undefined;
      }
    },
    leave(element) {
      if (element === root || element.namespace !== TEI_NS) return;
      const name = element.name;
      if (name === 'teiHeader' || name === 'sourceDesc' || name === 'revisionDesc') inside[name]--;
      else if (name === 'msDesc' && inside.sourceDesc) manuscripts.pop();
    },
  });
}

function entity(element: ElementNode, kind: EntityView['kind']): EntityView {
  const names = teiChildren(element, ...REGISTER_NAMES[kind]).map((name) =>
    assignDefined({ name: normalizedText(name) } as EntityName, { lang: name.attributes['xml:lang'], type: name.attributes.type }),
  );
  return assignDefined(
    { kind, names, idnos: teiChildren(element, 'idno').map(idno) } as EntityView,
    { id: element.attributes['xml:id'], description: textOrUndefined(teiChild(element, ...DESCRIPTIONS)) },
  );
}
