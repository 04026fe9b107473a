/**
 * The record structure of an archive's text export: a date line, a title, labelled header fields (`Citation:`,
 * `Summary:`, `Credits:`, `Original Language:`, `Contents:` and others, in any order, any of them missing,
 * Markdown marks allowed), then the body (the transcription and the translation). Browser-safe.
 */
import type { CompiledConventions } from './compiledConventions.js';
import { parseDate } from './dates.js';
import { splitBlocks, textOf, trimSpan, type Block, type Source, type Span } from './source.js';

/** A labelled header field. `markup` is the label with its Markdown marks and colon (consumed by the field's element). */
export interface HeaderField {
  /** What the conventions call it (`citation`, `originalLanguage`...), or `field` for a label they do not know. */
  kind: string;
  label: string;
  markup: Span[];
  /** Its value: the rest of the label line and/or the blocks that follow, each trimmed. */
  values: Span[];
  /** Where the label starts. */
  start: number;
}

/** A header line with its Markdown marks split off. */
export interface MarkedText {
  text: Span;
  markup: Span[];
}

/** What the record parser found. */
export interface RecordStructure {
  date?: MarkedText & { when?: string };
  title?: MarkedText;
  fields: HeaderField[];
  /** Header blocks that are neither date, title nor field. */
  other: MarkedText[];
  /** The blocks after the header. */
  body: Block[];
  /** Whether any header field was recognised. */
  headerFound: boolean;
}

// "## **Original Language:** Russian", "Citation:", "**Summary**:".
const LABEL_LINE =
  /^\s*(?<hashes>#{1,6}\s+)?(?<bold>\*\*|__)?\s*(?<label>\p{L}[\p{L}\p{N} &'’/().-]{0,48}?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?<value>.*?)\s*(?:\*\*|__)?\s*$/du;
const HEADING = /^\s*(?<hashes>#{1,6})\s+(?<text>.*?)\s*#*\s*$/du;
const BOLD_LINE = /^\s*(?:\*\*|__)(?<text>.*?)(?:\*\*|__)\s*$/du;
/** How far (in blocks) a field's value may run before the next label; further away, the next label is not the header's. */
const FIELD_REACH = 4;

/**
 * Split a transcription into header and body.
 *
 * @example
 * const record = parseRecordStructure(readSource(text), compiled)
 * record.fields.map((f) => f.kind) // ['citation', 'summary', 'credits', 'originalLanguage', 'contents']
 */
export function parseRecordStructure(source: Source, conventions: CompiledConventions): RecordStructure {
  const blocks = splitBlocks(source);
  const labels = blocks.map((block) => labelOf(source, block, conventions));
  const first = labels.findIndex((label) => label !== undefined && label.kind !== 'field');
  const record: RecordStructure = { fields: [], other: [], body: [], headerFound: first !== -1 };
  const months = conventions.source.months;
  if (first === -1) {
    // No recognisable header: a leading date line and Markdown title are still taken, the rest is body.
    let i = 0;
    for (; i < Math.min(2, blocks.length); i++) {
      const block = blocks[i]!;
      if (block.lines.length !== 1) break;
      const date = !record.date && dateOf(source, block, months);
      if (date) record.date = date;
      else if (!record.title && HEADING.test(textOf(source, block))) record.title = marked(source, block);
      else break;
    }
    record.body = blocks.slice(i);
    return record;
  }
  for (const block of blocks.slice(0, first)) {
    const date = !record.date && block.lines.length === 1 ? dateOf(source, block, months) : undefined;
    if (date) record.date = date;
    else if (!record.title) record.title = marked(source, block);
    else record.other.push(marked(source, block));
  }
  let i = first;
  while (i < blocks.length && labels[i]) {
    const field = labels[i]!;
    record.fields.push(field);
    let next = -1;
    for (let k = i + 1; k < Math.min(blocks.length, i + 2 + FIELD_REACH); k++) {
      if (labels[k]) {
        next = k;
        break;
      }
    }
    if (next !== -1) {
      field.values.push(...blocks.slice(i + 1, next));
      i = next;
    } else {
      // The last field: its value is on its line or in the one block that follows.
      if (field.values.length === 0 && i + 1 < blocks.length) {
        field.values.push(blocks[i + 1]!);
        i += 2;
      } else {
        i += 1;
      }
      break;
    }
  }
  record.body = blocks.slice(i);
  return record;
}

/** The field a block starts, if its first line is a header label. */
function labelOf(source: Source, block: Block, conventions: CompiledConventions): HeaderField | undefined {
  const line = block.lines[0]!;
  const m = LABEL_LINE.exec(textOf(source, line));
  if (!m?.groups || !m.indices?.groups) return undefined;
  const label = m.groups.label!.trim();
  const kind = conventions.headerFields.get(label.toLowerCase());
  const value = m.groups.value!;
  const marked = m.groups.hashes !== undefined || m.groups.bold !== undefined;
  // An unknown label counts only when the export marks it as one, so that "Note: ..." in a text stays text.
  if (!kind && !(marked && value === '' && block.lines.length === 1)) return undefined;
  const [valueStart, valueEnd] = m.indices.groups.value!;
  const values: Span[] = [];
  const markup: Span[] = [];
  if (value !== '') {
    values.push({ start: line.start + valueStart, end: line.start + valueEnd });
    markup.push({ start: line.start, end: line.start + valueStart }, { start: line.start + valueEnd, end: line.end });
  } else {
    markup.push({ start: line.start, end: line.end });
  }
  if (block.lines.length > 1) values.push(trimSpan(source, { start: block.lines[1]!.start, end: block.end }));
  return { kind: kind ?? 'field', label, markup, values, start: line.start };
}

/** A one-line block that is a date, with its Markdown marks split off. */
function dateOf(source: Source, block: Block, months: Record<string, number>): (MarkedText & { when?: string }) | undefined {
  const text = marked(source, block);
  const when = parseDate(textOf(source, text.text), months);
  return when ? { ...text, when } : undefined;
}

/** A block with leading `#`s and wrapping `**` split off (only for one-line blocks). */
export function marked(source: Source, block: Span & { lines?: unknown[] }): MarkedText {
  let text = trimSpan(source, block);
  const markup: Span[] = [];
  if (block.lines && block.lines.length !== 1) return { text, markup };
  // Layer by layer in a loop, outermost first: recursion would overflow the stack on a line of 20,000 `**`.
  for (let layer = 0; layer < MAX_MARK_LAYERS; layer++) {
    const inner = innerMarked(source, text);
    if (!inner) break;
    markup.push({ start: text.start, end: inner.start }, { start: inner.end, end: text.end });
    text = inner;
  }
  return { text, markup };
}

/** Marks nested deeper than this stay in the text: no title needs more, and each layer costs a scan of the line. */
const MAX_MARK_LAYERS = 100;

/** The text inside one layer of `#` heading or `**` bold marks around `whole`, or undefined when it has none. */
function innerMarked(source: Source, whole: Span): Span | undefined {
  for (const pattern of [HEADING, BOLD_LINE]) {
    const m = pattern.exec(textOf(source, whole));
    const inner = m?.indices?.groups?.text;
    if (!m || !inner || m.groups!.text === '') continue;
    return trimSpan(source, { start: whole.start + inner[0], end: whole.start + inner[1] });
  }
  return undefined;
}
