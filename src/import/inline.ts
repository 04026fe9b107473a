/**
 * Inline conversion: a stretch of a block to model nodes. Text stays text (one positioned node per line);
 * each balanced bracket is matched against the bracket conventions in order, and the first that matches makes
 * its element (a gap, a note, a stamp, a signature...); a bracket no convention matches becomes an editorial
 * note flagged for review. `**bold**` becomes a stamp (stamp words) or `hi`. Unbalanced brackets stay as text,
 * with an anchor for the review note. Browser-safe.
 */
import { el } from '../model/builders.js';
import { TeiModelError } from '../model/errors.js';
import type { ElementChild, TextNode } from '../model/nodes.js';
import { nextPair, type BracketScan } from './brackets.js';
import { appliesIn, type CompiledBracket, type CompiledConventions } from './compiledConventions.js';
import type { TextRole } from './conventions.js';
import type { HandRegistry } from './hands.js';
import { newlineIn, trimSpan, type Source, type Span } from './source.js';
import { sourceText } from './sourceText.js';
import { fillAttributes } from './templates.js';
import type { TraceCollector } from './trace.js';

/** What inline conversion needs to know about where it works. */
export interface InlineContext {
  source: Source;
  conventions: CompiledConventions;
  role: TextRole;
  trace: TraceCollector;
  hands: HandRegistry;
  /** The brackets of the block being converted. */
  brackets: BracketScan;
  /** How deep conversion is in nested brackets (see MAX_NESTING). */
  depth?: number;
}

/** Brackets nested deeper than this are kept as text (and reported): no remark needs more, and the stack is finite. */
const MAX_NESTING = 100;

const OPENING_QUOTES: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', '„': '“', '‘': '’', '‹': '›' };
const BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*/gu;

/**
 * Convert `[start, end)` of the source.
 *
 * @example
 * convertRange(context, block.start, block.end) // [text, gap, text, note, ...]
 */
export function convertRange(context: InlineContext, start: number, end: number): ElementChild[] {
  const out: ElementChild[] = [];
  const depth = context.depth ?? 0;
  if (depth >= MAX_NESTING) {
    context.trace.review(`brackets nested more than ${MAX_NESTING} deep: the inner ones are kept as text`, start);
    emitText(context, start, end, out);
    return out;
  }
  context.depth = depth + 1;
  try {
    convertPieces(context, start, end, out);
  } finally {
    context.depth = depth;
  }
  return out;
}

function convertPieces(context: InlineContext, start: number, end: number, out: ElementChild[]): void {
  let cursor = start;
  while (cursor < end) {
    const pair = nextPair(context.brackets, cursor, end);
    if (!pair) {
      emitText(context, cursor, end, out);
      break;
    }
    emitText(context, cursor, pair.start, out);
    cursor = convertBracket(context, pair, end, out);
  }
}

/** Plain text, with bold marks and unbalanced brackets handled, one positioned node per line. */
function emitText(context: InlineContext, start: number, end: number, out: ElementChild[]): void {
  const { source, trace } = context;
  let from = start;
  const unbalanced = context.brackets.unbalanced;
  let i = firstAtOrAfter(unbalanced, start);
  for (; i < unbalanced.length && unbalanced[i]! < end; i++) {
    const offset = unbalanced[i]!;
    emitMarked(context, from, offset, out);
    const char = source.text[offset]!;
    const id = trace.review(`unbalanced "${char}": no matching bracket in this paragraph; kept as text`, offset, true);
    out.push(trace.place(el('anchor', { id }), offset));
    from = offset;
  }
  emitMarked(context, from, end, out);
}

/** The index of the first offset at or after `from` in a sorted list. */
function firstAtOrAfter(sorted: number[], from: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Text with `**bold**` marks made into stamps or `hi`, and lines the conventions call noise made `unclear`. */
function emitMarked(context: InlineContext, start: number, end: number, out: ElementChild[]): void {
  const { source, trace, conventions } = context;
  let from = start;
  const text = source.text.slice(start, end);
  for (const m of text.matchAll(BOLD)) {
    const open = start + m.index!;
    const close = open + m[0].length;
    if (m[1]!.includes('\n')) continue;
    pushLines(context, from, open, out);
    const inner = m[1]!;
    const isStamp = conventions.stampWords.some((word) => word.test(inner.trim()));
    const type = isStamp ? conventionsStampType(context, inner) : undefined;
    const element = isStamp ? el('stamp', { type }, sourceText(source, open + 2, close - 2)) : el('hi', { rend: 'bold' }, sourceText(source, open + 2, close - 2));
    trace.place(element, open);
    trace.consume(open, open + 2, element, isStamp ? 'bold-stamp' : 'bold');
    trace.consume(close - 2, close, element, isStamp ? 'bold-stamp' : 'bold');
    trace.used(isStamp ? 'bold-stamp' : 'bold');
    out.push(element);
    from = close;
  }
  pushLines(context, from, end, out);
}

function conventionsStampType(context: InlineContext, text: string): string | undefined {
  return context.conventions.stampTypes.find((t) => t.regex.test(text))?.type;
}

/** Source text, line by line; a line that an `unclearLines` convention matches is wrapped in `unclear`. */
function pushLines(context: InlineContext, start: number, end: number, out: ElementChild[]): void {
  const { source, conventions, trace } = context;
  for (const node of sourceText(source, start, end)) {
    const line = node.position ? source.lines[node.position.line - 1] : undefined;
    const noise = line && node.value.trim() !== '' ? conventions.unclearLines.find((u) => u.regex.test(source.text.slice(line.start, line.end))) : undefined;
    if (!noise) {
      out.push(node);
      continue;
    }
    const unclear = el('unclear', { reason: noise.reason }, node);
    unclear.position = node.position;
    trace.used('unclear-line');
    out.push(unclear);
  }
}

/** Convert one bracket; returns the offset where conversion continues. */
function convertBracket(context: InlineContext, pair: Span, rangeEnd: number, out: ElementChild[]): number {
  const inner = trimSpan(context.source, { start: pair.start + 1, end: pair.end - 1 });
  const innerText = context.source.text.slice(inner.start, inner.end);
  for (const convention of context.conventions.brackets) {
    if (!appliesIn(convention, context.role)) continue;
    const m = convention.regex.exec(innerText);
    if (!m) continue;
    const next = applyConvention(context, convention, m, pair, inner, rangeEnd, out);
    if (next !== undefined) {
      context.trace.used(convention.name);
      return next;
    }
  }
  return unrecognised(context, pair, inner, out);
}

/** Make the element of a matched convention; undefined when it cannot apply here (then the next one is tried). */
function applyConvention(
  context: InlineContext,
  convention: CompiledBracket,
  m: RegExpExecArray,
  pair: Span,
  inner: Span,
  rangeEnd: number,
  out: ElementChild[],
): number | undefined {
  const { source, trace } = context;
  const group = (name: string): Span | undefined => {
    if (name === 'all') return inner;
    const at = m.indices?.groups?.[name];
    return at ? { start: inner.start + at[0], end: inner.start + at[1] } : undefined;
  };
  const mode = convention.content ?? 'inner';
  if (mode === 'previousWord') return wrapPreviousWord(context, convention, pair, out);

  let content: Span | undefined;
  let consumedTo = pair.end;
  if (mode === 'following') {
    const following = followingContent(context, pair.end, rangeEnd);
    consumedTo = following.colonEnd;
    content = following.content;
  } else if (mode === 'inner') {
    content = inner;
  } else if (mode.startsWith('group:')) {
    content = group(mode.slice('group:'.length));
  }
  const values: Record<string, string | undefined> = { all: source.text.slice(inner.start, inner.end) };
  for (const [name, text] of Object.entries(m.groups ?? {})) values[name] = text;
  if (content) values.content = source.text.slice(content.start, content.end);
  const attributes: Record<string, string> = fillAttributes(convention.attributes, values, context.conventions);
  const label = convention.hand === undefined ? undefined : (group(convention.hand) ?? inner);
  // Check the attributes before converting anything, so that a convention that cannot apply leaves no trace.
  try {
    el(convention.element, label ? { ...attributes, hand: '#hand' } : attributes);
  } catch (error) {
    if (!(error instanceof TeiModelError)) throw error;
    trace.review(`convention "${convention.name}" matched but could not make <${convention.element}>: ${error.message}`, pair.start);
    return undefined;
  }
  const kept: Span[] = [];
  let children: ElementChild[] = [];
  if (content) {
    children = convertRange(context, content.start, content.end);
    kept.push(content);
  } else if (mode === 'desc' || mode === 'figDesc') {
    children = [trace.place(el(mode, {}, sourceText(source, inner.start, inner.end)), inner.start)];
    kept.push(inner);
  }
  const ownLabel = convention.label === undefined ? undefined : group(convention.label);
  if (ownLabel) {
    children = [trace.place(el('label', {}, sourceText(source, ownLabel.start, ownLabel.end)), ownLabel.start), ...children];
    kept.push(ownLabel);
  }
  if (label) {
    // The label's words describe the hand; if the element also contains them, the hand gets a copy.
    const shared = kept.some((span) => span.start < label.end && label.start < span.end);
    const description = shared ? [source.text.slice(label.start, label.end)] : sourceText(source, label.start, label.end);
    attributes.hand = `#${context.hands.add(description, trace.at(label.start))}`;
    if (!shared) kept.push(label);
  }
  const element = el(convention.element, attributes, children);
  trace.place(element, pair.start);
  kept.sort((a, b) => a.start - b.start);
  let from = pair.start;
  for (const span of kept) {
    if (span.start > from) trace.consume(from, span.start, element, convention.name);
    from = Math.max(from, span.end);
  }
  if (consumedTo > from) trace.consume(from, consumedTo, element, convention.name);
  out.push(element);
  return Math.max(consumedTo, content?.end ?? 0, pair.end);
}

/**
 * What follows `[Label]`: a colon, then a quotation (to its closing mark, brackets inside allowed) or the rest of
 * the line (up to the next `[Label]:` on it). Without a colon, nothing follows.
 */
function followingContent(context: InlineContext, after: number, rangeEnd: number): { colonEnd: number; content?: Span } {
  const text = context.source.text;
  let i = after;
  while (i < rangeEnd && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= rangeEnd || (text[i] !== ':' && text[i] !== '：')) return { colonEnd: after };
  let start = i + 1;
  while (start < rangeEnd && /\s/.test(text[start]!)) start++;
  if (start >= rangeEnd) return { colonEnd: start };
  const closing = OPENING_QUOTES[text[start]!];
  let end = lineEnd(text, start, rangeEnd);
  if (closing) {
    const close = findOutsideBrackets(context, start + 1, rangeEnd, (k) => text[k] === closing);
    if (close !== -1) return { colonEnd: start, content: { start, end: close + 1 } };
  } else {
    // Another labelled remark on the same line ends this one.
    for (let cursor = start; ; ) {
      const pair = nextPair(context.brackets, cursor, rangeEnd);
      if (!pair || pair.start >= end) break;
      if (pair.end > end) end = pair.end;
      else if (startsLabel(context, pair)) {
        end = pair.start;
        break;
      }
      cursor = pair.end;
    }
  }
  const content = trimSpan(context.source, { start, end });
  return { colonEnd: start, content };
}

function lineEnd(text: string, from: number, limit: number): number {
  const newline = newlineIn(text, from, limit);
  return newline === -1 ? limit : newline;
}

/** The first offset in `[from, to)` outside any bracket pair that satisfies `test`, or -1. */
function findOutsideBrackets(context: InlineContext, from: number, to: number, test: (offset: number) => boolean): number {
  for (let k = from; k < to; k++) {
    const close = context.brackets.pairs.get(k);
    if (close !== undefined) {
      k = close;
      continue;
    }
    if (test(k)) return k;
  }
  return -1;
}

/** Is this bracket a `[Label]` that takes the text after its colon? */
function startsLabel(context: InlineContext, pair: Span): boolean {
  const text = context.source.text;
  const inner = text.slice(pair.start + 1, pair.end - 1).trim();
  let i = pair.end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== ':' && text[i] !== '：') return false;
  return context.conventions.brackets.some((c) => c.content === 'following' && appliesIn(c, context.role) && c.regex.test(inner));
}

/** `word [sic]`: the word before the bracket becomes the element. */
function wrapPreviousWord(context: InlineContext, convention: CompiledBracket, pair: Span, out: ElementChild[]): number | undefined {
  let index = out.length - 1;
  while (index >= 0 && out[index]!.type === 'text' && (out[index] as TextNode).value.trim() === '') index--;
  const node = out[index];
  if (!node || node.type !== 'text' || !node.position) return undefined;
  const m = /([\p{L}\p{M}\p{N}'’-]+)([^\p{L}\p{M}\p{N}]*)$/u.exec(node.value);
  if (!m) return undefined;
  const before = node.value.slice(0, m.index);
  const after = m[2]!;
  const at = (offset: number) => ({ line: node.position!.line, column: node.position!.column + offset });
  const word: TextNode = { type: 'text', value: m[1]!, position: at(m.index) };
  const element = el(convention.element, fillAttributes(convention.attributes, { all: m[1] }, context.conventions), word);
  element.position = word.position;
  const replacement: ElementChild[] = [];
  if (before) replacement.push({ type: 'text', value: before, position: node.position });
  replacement.push(element);
  if (after) replacement.push({ type: 'text', value: after, position: at(m.index + m[1]!.length) });
  out.splice(index, 1, ...replacement);
  context.trace.consume(pair.start, pair.end, element, convention.name);
  return pair.end;
}

/** A bracket no convention matched: an editorial note, flagged for review, with the remark as its content. */
function unrecognised(context: InlineContext, pair: Span, inner: Span, out: ElementChild[]): number {
  const { source, trace } = context;
  const shown = source.text.slice(pair.start, pair.end).replace(/\s+/g, ' ');
  const id = trace.review(
    `bracketed remark ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown} matches no convention: kept as an editorial note to review`,
    pair.start,
    true,
  );
  const element = el('note', { id, type: 'editorial', subtype: 'unrecognised', place: 'inline' }, convertRange(context, inner.start, inner.end));
  trace.place(element, pair.start);
  trace.consume(pair.start, inner.start, element, 'unrecognised');
  trace.consume(inner.end, pair.end, element, 'unrecognised');
  trace.used('unrecognised');
  out.push(element);
  return pair.end;
}

