/**
 * `importTranscription`: an archival transcription (an archive's text export: header block, OCR transcription of
 * the original, translation with bracketed editorial remarks) to a TEI P5 edition, for a scholar to refine.
 * The steps, each in its own module: record structure, citation, languages and sections, inline conventions,
 * text structure, alignment, header. Browser-safe.
 */
import { TeiUsageError } from '../errors.js';
import { el } from '../model/builders.js';
import { editionOf, type Edition } from '../model/edition.js';
import type { ElementChild, ElementNode, TeiDocument } from '../model/nodes.js';
import { walkElements } from '../model/traverse.js';
import { TEI_NS } from '../parse/prolog.js';
import { alignParagraphs } from './align.js';
import { parseCitation, type Citation } from './citation.js';
import { compileConventions, labelKey, languageNamed, type CompiledConventions } from './compiledConventions.js';
import { DEFAULT_CONVENTIONS, mergeConventions, type ConventionsInput, type LanguageConvention } from './conventions.js';
import { HandRegistry, MAIN_HAND } from './hands.js';
import { recoverPageFootNotes } from './pageFootNotes.js';
import { buildHeader, type EditionLanguage } from './header.js';
import { marked, parseRecordStructure, type RecordStructure } from './recordStructure.js';
import { detectLanguage } from './script.js';
import { splitSections, type DeclaredLanguages, type TextSection } from './sections.js';
import { readSource, textOf, type Block, type Source, type Span } from './source.js';
import { layout } from './sourceText.js';
import { buildTextStructure, type TextParts } from './textStructure.js';
import { TraceCollector, type ImportTrace } from './trace.js';

/**
 * Options of {@link importTranscription}.
 *
 * @example
 * const options: ImportOptions = { file: 'record.txt', conventions: { exportLabels: ['Digital Archive'] }, date: '2026-11-27' }
 */
export interface ImportOptions {
  /** The file name, for errors. */
  file?: string;
  /** Conventions that extend or override the shipped ones (see `mergeConventions`). */
  conventions?: ConventionsInput;
  /** The date of the import for `revisionDesc` (W3C, e.g. 2026-11-27). Left out when not given, so outputs are stable. */
  date?: string;
}

/**
 * An imported edition and its trace.
 *
 * @example
 * const { edition, trace }: ImportResult = importTranscriptionWithTrace(text, { file: 'record.txt' })
 */
export interface ImportResult {
  edition: Edition;
  trace: ImportTrace;
}

const W3C_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Import a transcription into a TEI edition.
 *
 * @throws {TeiInputError} (with line and column) when the text is empty, binary, or holds characters XML cannot.
 * @throws {TeiUsageError} when the options or conventions are malformed.
 * @example
 * const edition = importTranscription(readFileSync('record.txt', 'utf8'), { file: 'record.txt' })
 * writeTei(edition, { pretty: true })
 */
export function importTranscription(text: string, options: ImportOptions = {}): Edition {
  return importTranscriptionWithTrace(text, options).edition;
}

/**
 * {@link importTranscription}, with the trace: what each convention consumed and the review items. Every
 * produced element and text node carries its source `position`.
 *
 * @example
 * const { edition, trace } = importTranscriptionWithTrace(text)
 * trace.review.map((r) => `${r.line}: ${r.message}`)
 */
export function importTranscriptionWithTrace(text: string, options: ImportOptions = {}): ImportResult {
  if (options.date !== undefined && !W3C_DATE.test(options.date)) throw new TeiUsageError(`date must be a W3C date such as 2026-11-27, not "${options.date}"`);
  const conventions = compileConventions(mergeConventions(DEFAULT_CONVENTIONS, options.conventions));
  const source = readSource(text, options.file);
  const trace = new TraceCollector(source);
  const record = parseRecordStructure(source, conventions);
  if (!record.headerFound) trace.review('no recognisable header (Citation:, Summary:, Original Language:, Contents:): the header has only what could be found');
  const citationField = record.fields.find((f) => f.kind === 'citation' && f.values.length > 0);
  const citation = citationField ? parseCitation(source, spanOf(citationField.values), conventions) : undefined;
  const declared = declaredLanguages(source, record, conventions, trace);
  const { body, exportLabels } = separateExportLabels(source, record, citation, conventions);
  const sections = splitSections(source, body, declared, conventions.source.languages, trace);
  if (sections.length === 1 && !declared.originals.length && !declared.translations.length && hasTranslatorNotes(source, sections[0]!, conventions)) {
    sections[0]!.role = 'translation';
  }
  if (sections.length === 0) trace.review('the record has no transcription or translation after its header');

  const hands = new HandRegistry();
  const ids = new Set<string>();
  const built = sections.map((section) => {
    const id = uniqueId(section.language?.ident ?? 'text', ids);
    const parts = buildTextStructure({ source, conventions, trace, hands, role: section.role, textId: id }, section.blocks);
    return { section, id, parts };
  });
  const original = built.find((b) => b.section.role === 'original');
  if (original) for (const translation of built.filter((b) => b.section.role === 'translation')) recoverPageFootNotes(original, translation, conventions, trace);
  const alignment = alignTexts(trace, built);
  const texts = built.map(({ section, id, parts }) => textElement(section, id, parts, trace));
  const languages = editionLanguages(source, record, declared, sections, conventions);
  const header = buildHeader({
    source,
    trace,
    record,
    ...(citation ? { citation } : {}),
    languages: languages.list,
    handNotes: hands.handNotes(sections.some((s) => s.role === 'original')),
    uses: { translator: pointsTo(texts, '#translator'), archiveEditor: pointsTo(texts, '#archive-editor') },
    exportLabels,
    alignment,
    ...(options.date ? { date: options.date } : {}),
  });
  const outer =
    texts.length === 0
      ? el('text', {}, el('body', {}, el('p', {})))
      : texts.length === 1
        ? texts[0]!
        : trace.place(el('text', {}, layout('\n'), trace.place(el('group', {}, texts.flatMap((t) => [layout('\n'), t]), layout('\n')), firstBodyBlock(sections)), layout('\n')), firstBodyBlock(sections));
  const root = el('TEI', { xmlns: TEI_NS, lang: languages.root }, layout('\n'), header, layout('\n'), outer, layout('\n'));
  const document: TeiDocument = {
    type: 'document',
    declaration: { version: '1.0', encoding: 'UTF-8' },
    children: [layout('\n'), root, layout('\n')],
  };
  return { edition: editionOf(document), trace: trace.trace };
}

/** A text the header says nothing about is a translation when it has translator's notes. */
function hasTranslatorNotes(source: Source, section: TextSection, conventions: CompiledConventions): boolean {
  const translators = conventions.brackets.filter((c) => !c.texts && c.attributes?.type === 'translator');
  return section.blocks.some((block) =>
    [...textOf(source, block).matchAll(/\[([^\[\]]*)\]/g)].some((m) => translators.some((c) => c.regex.test(m[1]!.trim()))),
  );
}

function spanOf(spans: Span[]): Span {
  return { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
  taken.add(id);
  return id;
}

/** The languages the header declares: the original language(s) and those of the translations in the contents. */
function declaredLanguages(source: Source, record: RecordStructure, conventions: CompiledConventions, trace: TraceCollector): DeclaredLanguages {
  const declared: DeclaredLanguages = { originals: [], translations: [] };
  const add = (list: LanguageConvention[], name: string, span: Span) => {
    const language = languageNamed(conventions.source, name);
    if (!language) {
      trace.review(`language "${name}" is not among the conventions' languages: add it to "languages"`, span.start);
      return;
    }
    if (!list.includes(language)) list.push(language);
  };
  for (const field of record.fields.filter((f) => f.kind === 'originalLanguage')) {
    for (const value of field.values) {
      for (const part of splitNames(source, value)) add(declared.originals, textOf(source, part), part);
    }
  }
  for (const field of record.fields.filter((f) => f.kind === 'contents')) {
    for (const item of field.values.flatMap((v) => linesOf(source, v))) {
      const entry = conventions.contents.find((c) => c.regex.test(item.line.trim()));
      const language = entry ? entry.regex.exec(item.line.trim())?.groups?.language : undefined;
      if (!entry || !language) continue;
      add(entry.type === 'translation' ? declared.translations : declared.originals, language.trim(), { start: item.at, end: item.at });
    }
  }
  return declared;
}

/** The lines of a span with their offsets. */
function linesOf(source: Source, span: Span): Array<{ line: string; at: number }> {
  const lines: Array<{ line: string; at: number }> = [];
  let at = span.start;
  for (const line of textOf(source, span).split('\n')) {
    lines.push({ line, at });
    at += line.length + 1;
  }
  return lines;
}

/** "Russian, English" and "Russian and English": the parts, as spans. */
function splitNames(source: Source, value: Span): Span[] {
  const text = textOf(source, value);
  const parts: Span[] = [];
  const separator = /\s*(?:[,;/&]|\band\b|\bund\b|\bи\b)\s*/gu;
  let start = 0;
  for (const m of [...text.matchAll(separator), null]) {
    const end = m ? m.index! : text.length;
    if (text.slice(start, end).trim()) parts.push({ start: value.start + start, end: value.start + end });
    if (m) start = m.index! + m[0].length;
  }
  return parts;
}

/**
 * Body lines that belong to the export, not to the document: the contents items ("Original Scan"), the
 * publisher's name ("Wilson Center Digital Archive") and the conventions' export labels, each standing alone.
 */
function separateExportLabels(source: Source, record: RecordStructure, citation: Citation | undefined, conventions: CompiledConventions): { body: Block[]; exportLabels: Span[] } {
  const labels = new Set(conventions.exportLabels);
  for (const field of record.fields.filter((f) => f.kind === 'contents')) {
    for (const value of field.values) for (const line of textOf(source, value).split('\n')) if (line.trim()) labels.add(labelKey(line));
  }
  if (citation?.publisher) labels.add(labelKey(textOf(source, citation.publisher)));
  const body: Block[] = [];
  const exportLabels: Span[] = [];
  for (const block of record.body) {
    const isLabel = block.lines.length === 1 && labels.has(labelKey(textOf(source, marked(source, block).text)));
    if (isLabel) exportLabels.push({ start: block.start, end: block.end });
    else body.push(block);
  }
  return { body, exportLabels };
}

interface BuiltText {
  section: TextSection;
  id: string;
  parts: TextParts;
}

/** Pair the paragraphs of the original with those of each translation (`@corresp` both ways); note what stays unpaired. */
function alignTexts(trace: TraceCollector, built: BuiltText[]): string[] {
  const original = built.find((b) => b.section.role === 'original');
  if (!original) return [];
  const notes: string[] = [];
  for (const translation of built.filter((b) => b.section.role === 'translation')) {
    const left = original.parts.units;
    const right = translation.parts.units;
    const result = alignParagraphs(left.map((u) => u.text), right.map((u) => u.text));
    for (const [i, j] of result.pairs) {
      link(left[i]!.element, right[j]!.element);
      link(right[j]!.element, left[i]!.element);
    }
    trace.used('alignment');
    const unpaired = [...result.unpairedOriginal.map((i) => left[i]!), ...result.unpairedTranslation.map((j) => right[j]!)];
    if (unpaired.length === 0) continue;
    const named = unpaired.map((u) => `${u.element.attributes['xml:id']} (line ${u.element.position?.line ?? '?'})`).join(', ');
    notes.push(
      `Alignment of ${original.id} and ${translation.id}: ${result.pairs.length} pairs of paragraphs are linked with @corresp where their lengths and numbers match; these are left unpaired: ${named}.`,
    );
  }
  return notes;
}

function link(from: ElementNode, to: ElementNode): void {
  const target = `#${to.attributes['xml:id']}`;
  const current = from.attributes.corresp;
  from.attributes.corresp = current ? `${current} ${target}` : target;
}

function textElement(section: TextSection, id: string, parts: TextParts, trace: TraceCollector): ElementNode {
  const text = el(
    'text',
    { id, lang: section.language?.ident, type: section.role, hand: section.role === 'original' ? `#${MAIN_HAND}` : undefined },
    parts.front.length ? [layout('\n'), withPosition(el('front', {}, parts.front, layout('\n')), parts.front)] : null,
    layout('\n'),
    withPosition(el('body', {}, parts.body, layout('\n')), parts.body),
    layout('\n'),
  );
  return trace.place(text, section.blocks[0]?.start ?? 0);
}

/** A container starts where its first positioned child does. */
function withPosition(element: ElementNode, children: ElementChild[]): ElementNode {
  const first = children.find((c) => c.type === 'element' && c.position);
  if (first?.position) element.position = first.position;
  return element;
}

function firstBodyBlock(sections: TextSection[]): number {
  return sections[0]?.blocks[0]?.start ?? 0;
}

/** Does any element of the texts point to `target` with `@resp`? */
function pointsTo(texts: ElementNode[], target: string): boolean {
  let found = false;
  for (const text of texts) {
    walkElements(text, {
      enter(element) {
        if ((element.attributes.resp ?? '').split(/\s+/).includes(target)) found = true;
        return undefined;
      },
    });
  }
  return found;
}

/** The languages for `langUsage` (the header's, then each text's) and the language of the header itself. */
function editionLanguages(
  source: Source,
  record: RecordStructure,
  declared: DeclaredLanguages,
  sections: TextSection[],
  conventions: CompiledConventions,
): { list: EditionLanguage[]; root?: string } {
  const headerText = [record.title?.text, ...record.fields.filter((f) => f.kind === 'summary').flatMap((f) => f.values)]
    .filter((s): s is Span => s !== undefined)
    .map((s) => textOf(source, s))
    .join(' ');
  const root = detectLanguage(headerText, conventions.source.languages);
  const list: EditionLanguage[] = [];
  const add = (language: LanguageConvention | undefined) => {
    if (!language || list.some((l) => l.ident === language.ident)) return;
    list.push({ ident: language.ident, name: language.names[0] ?? language.ident });
  };
  for (const section of sections) add(section.language);
  for (const language of declared.originals) add(language);
  add(root);
  return { list, ...(root ? { root: root.ident } : {}) };
}

