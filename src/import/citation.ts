/**
 * The archive's citation, read into its parts: `"Title", Date, Publisher, Repository, shelfmark. Translated for X
 * by Name. URL`. Every part is optional; each is a span of the source, so that the header can tag the citation
 * in place and copy the parts where they belong (msIdentifier, respStmt, publicationStmt). Browser-safe.
 */
import type { CompiledConventions } from './compiledConventions.js';
import { findDate } from './dates.js';
import { textOf, trimSpan, type Source, type Span } from './source.js';

/** The parts of a citation, as spans of the source. */
export interface Citation {
  whole: Span;
  title?: Span;
  date?: Span & { when: string };
  publisher?: Span;
  repository?: Span;
  shelfmark?: Span;
  translation?: { resp: Span; name: Span };
  url?: Span;
}

const QUOTED_TITLE = /^\s*(["“«„])(.+?)(["”»“])\s*,?/u;
const URL = /https?:\/\/[^\s<>"]+[^\s<>".,;:)]/u;

/**
 * Read a citation.
 *
 * @example
 * const c = parseCitation(source, span, compiled)
 * textOf(source, c.repository!) // 'TsKhSD'
 */
export function parseCitation(source: Source, whole: Span, conventions: CompiledConventions): Citation {
  const text = textOf(source, whole);
  const at = (start: number, end: number): Span => ({ start: whole.start + start, end: whole.start + end });
  const citation: Citation = { whole };
  let cursor = 0;
  let stop = text.length;
  const title = QUOTED_TITLE.exec(text);
  if (title) {
    const open = title.index + title[0].indexOf(title[1]!) + 1;
    citation.title = at(open, open + title[2]!.length);
    cursor = title.index + title[0].length;
  }
  const url = URL.exec(text);
  if (url && url.index >= cursor) {
    citation.url = at(url.index, url.index + url[0].length);
    stop = Math.min(stop, url.index);
  }
  for (const pattern of conventions.translators) {
    const m = pattern.exec(text.slice(cursor, stop));
    const resp = m?.indices?.groups?.resp;
    const name = m?.indices?.groups?.name;
    if (!m || !resp || !name) continue;
    citation.translation = { resp: at(cursor + resp[0], cursor + resp[1]), name: at(cursor + name[0], cursor + name[1]) };
    stop = cursor + m.index;
    break;
  }
  // What is left between the title and the translator/URL: date, publisher, repository, shelfmark.
  const rest = text.slice(cursor, stop);
  let offset = cursor;
  const date = findDate(rest, conventions.source.months);
  if (date && rest.slice(0, date.index).trim().replace(/^,/, '').trim() === '') {
    citation.date = { ...at(cursor + date.index, cursor + date.index + date.length), when: date.when };
    offset = cursor + date.index + date.length;
  }
  const parts = splitParts(text, offset, stop);
  const [publisher, repository, ...shelfmark] = parts;
  if (publisher) citation.publisher = at(publisher.start, publisher.end);
  if (repository) citation.repository = at(repository.start, repository.end);
  if (shelfmark.length) citation.shelfmark = at(shelfmark[0]!.start, shelfmark[shelfmark.length - 1]!.end);
  for (const key of ['publisher', 'repository', 'shelfmark'] as const) {
    const span = citation[key];
    if (span) citation[key] = trimSpan(source, span);
  }
  return citation;
}

/** The comma-separated parts of `text[from, to)`, trimmed, without a final full stop. */
function splitParts(text: string, from: number, to: number): Span[] {
  const parts: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === ',') {
      let s = start;
      let e = i;
      while (s < e && /[\s,]/.test(text[s]!)) s++;
      while (e > s && /[\s.]/.test(text[e - 1]!)) e--;
      if (e > s) parts.push({ start: s, end: e });
      start = i + 1;
    }
  }
  return parts;
}
