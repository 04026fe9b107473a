/**
 * Page breaks: lines that stand alone and are page numbers ("266", "2.", "- 46 -", "[Page 46]") or running heads
 * (a short line repeated beside page numbers) become one `pb` per run of them, with each line kept as `fw`.
 * Browser-safe.
 */
import { el } from '../model/builders.js';
import type { ElementChild, ElementNode } from '../model/nodes.js';
import type { CompiledConventions } from './compiledConventions.js';
import { sourceText } from './sourceText.js';
import type { Source, Span } from './source.js';
import type { TraceCollector } from './trace.js';

/** A standalone page number. */
export interface PageNumber {
  n?: string;
  /** A bare number, as archives foliate ("266"), rather than a typed page number ("2.", "- 2 -"). */
  bare: boolean;
}

/** A line of a page break run: a page number, or a running head (its converted content). */
export interface PageLine {
  span: Span;
  number?: PageNumber;
  runningHead?: ElementChild[];
}

/**
 * The page number a standalone line is, if any.
 *
 * @example
 * pageNumberOf('- 46 -', compiled) // { n: '46', bare: false }
 */
export function pageNumberOf(text: string, conventions: CompiledConventions): PageNumber | undefined {
  const trimmed = text.trim();
  for (const pattern of conventions.pageNumbers) {
    const m = pattern.regex.exec(trimmed);
    if (m) return { ...(m.groups?.n ? { n: m.groups.n } : {}), bare: pattern.bare };
  }
  return undefined;
}

/**
 * The elements of one run of page lines: a `pb` (its `@n` from the first typed page number, else the last bare
 * one), then an `fw` per line: `pageNum`, `folio` (a bare number beside a typed one) or `header`.
 *
 * @example
 * pageBreak(lines, source, trace) // [<pb n="2"/>, <fw type="folio">266</fw>, <fw type="pageNum">2.</fw>]
 */
export function pageBreak(lines: PageLine[], source: Source, trace: TraceCollector): ElementNode[] {
  const numbers = lines.map((l) => l.number).filter((n): n is PageNumber => n !== undefined);
  const typed = numbers.find((n) => !n.bare);
  const n = (typed ?? numbers[numbers.length - 1])?.n;
  const pb = trace.place(el('pb', { n }), lines[0]!.span.start);
  const forme = lines.map((line) => {
    const type = line.runningHead ? 'header' : line.number?.bare && typed ? 'folio' : 'pageNum';
    const content = line.runningHead ?? sourceText(source, line.span.start, line.span.end);
    return trace.place(el('fw', { type }, content), line.span.start);
  });
  trace.used('page-break');
  return [pb, ...forme];
}
