/**
 * The TEI header of an imported record: the title, the translator's and the importer's `respStmt`s, the publisher
 * and URL, the citation verbatim (its parts tagged in place), `msIdentifier` from the archive's citation, the
 * summary as `abstract`, the record's date, `langUsage`, the hands, and notes for credits, contents, export
 * labels, alignment and review. Source text is kept where it stands (positioned); the parts copied elsewhere
 * (repository, shelfmark, translator) are copies and carry only the element's position. Browser-safe.
 */
import { el } from '../model/builders.js';
import type { ElementChild, ElementNode } from '../model/nodes.js';
import type { Citation } from './citation.js';
import type { HeaderField, MarkedText, RecordStructure } from './recordStructure.js';
import { textOf, type Source, type Span } from './source.js';
import { layout, sourceText } from './sourceText.js';
import type { TraceCollector } from './trace.js';

/** A language of the edition. */
export interface EditionLanguage {
  ident: string;
  name: string;
}

/** Everything the header is made of. */
export interface HeaderInput {
  source: Source;
  trace: TraceCollector;
  record: RecordStructure;
  citation?: Citation;
  languages: EditionLanguage[];
  handNotes: ElementNode[];
  /** Which respStmts the texts point to. */
  uses: { translator: boolean; archiveEditor: boolean };
  exportLabels: Span[];
  alignment: string[];
  /** W3C date for the revision entry (a fixed date keeps outputs stable). */
  date?: string;
}

/**
 * Build the `teiHeader`.
 *
 * @example
 * const header = buildHeader({ source, trace, record, citation, languages, handNotes, uses, exportLabels: [], alignment: [] })
 */
export function buildHeader(input: HeaderInput): ElementNode {
  const { record, citation, trace } = input;
  const fields = (kind: string) => record.fields.filter((f) => f.kind === kind);
  const ms = citation?.repository ? msDesc(input, citation) : undefined;
  // The title statement first: it may add review items, which the notes list.
  const titles = titleStmt(input);
  const notes = [
    ...fields('citation').slice(1).map((f) => fieldNote(input, f, 'citation')),
    ...fields('credits').map((f) => fieldNote(input, f, 'credits')),
    ...fields('originalLanguage').map((f) => fieldNote(input, f, 'originalLanguage')),
    ...fields('contents').map((f) => contentsNote(input, f)),
    ...fields('field').map((f) => fieldNote(input, f, 'field', f.label)),
    ...record.other.map((o) => markedNote(input, o)),
    exportNote(input),
    ...input.alignment.map((text) => el('note', { type: 'alignment' }, text)),
    ...reviewNotes(input),
  ].filter((n): n is ElementNode => n !== undefined);
  const header = el(
    'teiHeader',
    {},
    el(
      'fileDesc',
      {},
      titles,
      publicationStmt(input),
      notes.length ? el('notesStmt', {}, notes) : null,
      el('sourceDesc', {}, citationBibl(input, fields('citation')), ms ?? null, !citation && !ms ? el('p', {}, 'An archival transcription; the record gives no citation.') : null),
    ),
    el('encodingDesc', {}, el('editorialDecl', {}, el('p', {}, editorialDeclaration(input)))),
    profileDesc(input, fields, !ms),
    el('revisionDesc', {}, el('change', { when: input.date, who: '#teikit' }, 'Imported from the archive\u2019s text export by teikit; to be reviewed.')),
  );
  return trace.place(header, 0);
}

function titleStmt(input: HeaderInput): ElementNode {
  const { record, source, trace, citation, uses } = input;
  let title: ElementNode;
  if (record.title) {
    title = trace.place(el('title', {}, sourceText(source, record.title.text.start, record.title.text.end)), record.title.text.start);
    consumeMarkup(input, record.title, title, 'title');
  } else {
    title = el('title', {}, 'Untitled transcription');
    trace.review('the record has no title: "Untitled transcription" stands in for it');
  }
  const responsibilities: ElementNode[] = [];
  if (citation?.translation) {
    const { resp, name } = citation.translation;
    const statement = el('respStmt', { id: 'translator' }, el('resp', {}, textOf(source, resp)), el('persName', {}, textOf(source, name)));
    responsibilities.push(trace.place(statement, resp.start));
  } else if (uses.translator) {
    responsibilities.push(el('respStmt', { id: 'translator' }, el('resp', {}, 'translation'), el('name', {}, 'the translator (not named in the record)')));
    trace.review('the translation has notes of its translator, but the citation names no translator');
  }
  if (uses.archiveEditor) {
    const publisher = citation?.publisher ? textOf(source, citation.publisher) : 'the archive';
    responsibilities.push(el('respStmt', { id: 'archive-editor' }, el('resp', {}, 'editorial remarks in the archive\u2019s transcription'), el('orgName', {}, publisher)));
  }
  responsibilities.push(el('respStmt', { id: 'teikit' }, el('resp', {}, 'TEI encoding, imported automatically; to be reviewed'), el('name', {}, 'teikit')));
  return el('titleStmt', {}, title, responsibilities);
}

function publicationStmt(input: HeaderInput): ElementNode {
  const { citation, source, trace } = input;
  const url = citation?.url ? trace.place(el('idno', { type: 'URL' }, textOf(source, citation.url)), citation.url.start) : null;
  if (!citation?.publisher) {
    return el('publicationStmt', {}, el('p', {}, 'Not published: a draft imported by teikit from an archival transcription.', url && [' Source: ', url]));
  }
  return el(
    'publicationStmt',
    {},
    trace.place(el('publisher', {}, textOf(source, citation.publisher)), citation.publisher.start),
    url,
    el('availability', { status: 'unknown' }, el('p', {}, 'The record does not state its terms of use: check the archive\u2019s terms before any reuse.')),
  );
}

/** The citation verbatim, its title, date, publisher, repository, shelfmark, translator and URL tagged in place. */
function citationBibl(input: HeaderInput, fields: HeaderField[]): ElementNode | null {
  const { source, trace, citation } = input;
  const field = fields[0];
  if (!field || !citation) return null;
  const parts: Array<[Span, (children: ElementChild[]) => ElementNode]> = [];
  if (citation.title) parts.push([citation.title, (c) => el('title', {}, c)]);
  if (citation.date) parts.push([citation.date, (c) => el('date', { when: citation.date!.when }, c)]);
  if (citation.publisher) parts.push([citation.publisher, (c) => el('publisher', {}, c)]);
  if (citation.repository) parts.push([citation.repository, (c) => el('orgName', { role: 'repository' }, c)]);
  if (citation.shelfmark) parts.push([citation.shelfmark, (c) => el('citedRange', {}, c)]);
  if (citation.translation) {
    const { resp, name } = citation.translation;
    parts.push([{ start: resp.start, end: name.end }, () =>
      el('respStmt', {}, trace.place(el('resp', {}, sourceText(source, resp.start, resp.end)), resp.start), sourceText(source, resp.end, name.start), trace.place(el('persName', {}, sourceText(source, name.start, name.end)), name.start)),
    ]);
  }
  if (citation.url) parts.push([citation.url, (c) => el('idno', { type: 'URL' }, c)]);
  parts.sort((a, b) => a[0].start - b[0].start);
  const children: ElementChild[] = [];
  let cursor = citation.whole.start;
  // Text nodes are pushed one by one: push(...nodes) passes a node per line as arguments, which a long citation overflows.
  for (const [span, make] of parts) {
    if (span.start < cursor) continue;
    for (const node of sourceText(source, cursor, span.start)) children.push(node);
    children.push(trace.place(make(sourceText(source, span.start, span.end)), span.start));
    cursor = span.end;
  }
  for (const node of sourceText(source, cursor, citation.whole.end)) children.push(node);
  const bibl = trace.place(el('bibl', { type: 'citation' }, children), field.start);
  consumeMarkup(input, { markup: field.markup }, bibl, 'citation');
  return bibl;
}

function msDesc(input: HeaderInput, citation: Citation): ElementNode {
  const { source, trace, handNotes } = input;
  const identifier = el(
    'msIdentifier',
    {},
    trace.place(el('repository', {}, textOf(source, citation.repository!)), citation.repository!.start),
    citation.shelfmark ? trace.place(el('idno', { type: 'shelfmark' }, textOf(source, citation.shelfmark)), citation.shelfmark.start) : null,
  );
  return el('msDesc', {}, identifier, handNotes.length ? el('physDesc', {}, el('handDesc', { hands: handNotes.length }, handNotes)) : null);
}

function profileDesc(input: HeaderInput, fields: (kind: string) => HeaderField[], handsHere: boolean): ElementNode {
  const { record, source, trace, languages, handNotes } = input;
  const summaries = fields('summary');
  const abstract = summaries.length
    ? summaries.map((f) => {
        const element = trace.place(el('abstract', {}, f.values.map((v) => trace.place(el('p', {}, sourceText(source, v.start, v.end)), v.start))), f.start);
        consumeMarkup(input, { markup: f.markup }, element, 'summary');
        return element;
      })
    : null;
  let creation: ElementNode | null = null;
  if (record.date) {
    const date = trace.place(el('date', { when: record.date.when }, sourceText(source, record.date.text.start, record.date.text.end)), record.date.text.start);
    consumeMarkup(input, record.date, date, 'date line');
    creation = el('creation', {}, date);
  }
  const langUsage = el('langUsage', {}, languages.map((l) => el('language', { ident: l.ident }, l.name)));
  return el('profileDesc', {}, abstract, creation, languages.length ? langUsage : null, handsHere && handNotes.length ? el('handNotes', {}, handNotes) : null);
}

function fieldNote(input: HeaderInput, field: HeaderField, type: string, label?: string): ElementNode {
  const { source, trace } = input;
  const children = field.values.flatMap((v, i) => [...(i ? [layout('\n')] : []), ...sourceText(source, v.start, v.end)]);
  const note = trace.place(el('note', { type, n: label }, children), field.start);
  consumeMarkup(input, { markup: field.markup }, note, type);
  return note;
}

function contentsNote(input: HeaderInput, field: HeaderField): ElementNode {
  const { source, trace } = input;
  const items = field.values.flatMap((v) => lineSpans(source, v)).map((line) => trace.place(el('item', {}, sourceText(source, line.start, line.end)), line.start));
  const note = trace.place(el('note', { type: 'contents' }, items.length ? el('list', {}, items) : null), field.start);
  consumeMarkup(input, { markup: field.markup }, note, 'contents');
  return note;
}

function markedNote(input: HeaderInput, text: MarkedText): ElementNode {
  const note = input.trace.place(el('note', { type: 'header' }, sourceText(input.source, text.text.start, text.text.end)), text.text.start);
  consumeMarkup(input, text, note, 'header');
  return note;
}

/** The export's own labels ("Wilson Center Digital Archive", "Original Scan") found in the body: kept here, with their lines. */
function exportNote(input: HeaderInput): ElementNode | undefined {
  const { exportLabels, source, trace } = input;
  if (!exportLabels.length) return undefined;
  const items = exportLabels.map((span) => trace.place(el('item', { n: `line ${trace.at(span.start).line}` }, sourceText(source, span.start, span.end)), span.start));
  return el('note', { type: 'export' }, 'Labels of the archive\u2019s export found between the texts; they are not part of the document: ', el('list', {}, items));
}

function reviewNotes(input: HeaderInput): ElementNode[] {
  // Whole-record items first, then in the order of the text.
  const items = [...input.trace.trace.review].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return items.map((item, i) => {
    const where = item.line === undefined ? '' : `Line ${item.line}${item.column === undefined ? '' : `, column ${item.column}`}: `;
    return el('note', { type: 'review', n: i + 1, target: item.id ? `#${item.id}` : undefined }, `${where}${item.message}.`);
  });
}

function editorialDeclaration(input: HeaderInput): string {
  const used = Object.entries(input.trace.trace.conventionsUsed)
    .map(([name, count]) => `${name} (${count})`)
    .join(', ');
  return `Imported by teikit from an archive\u2019s text export. Bracketed remarks, labels and Markdown marks were turned into markup by conventions${used ? `: ${used}` : ''}. Remarks no convention matched are editorial notes of subtype "unrecognised"; the notes of type "review" list what a person should check.`;
}

function consumeMarkup(input: HeaderInput, text: { markup: Span[] }, element: ElementNode, convention: string): void {
  for (const span of text.markup) input.trace.consume(span.start, span.end, element, convention);
}

function lineSpans(source: Source, span: Span): Span[] {
  return source.lines
    .filter((line) => line.end > span.start && line.start < span.end)
    .map((line) => ({ start: Math.max(line.start, span.start), end: Math.min(line.end, span.end) }))
    .filter((line) => textOf(source, line).trim() !== '');
}
