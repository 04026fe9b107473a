/**
 * The structure of one text: its blocks become paragraphs, a heading (`#` in the export) with the divisions it
 * starts (blocks before the first heading go to `front`), page breaks, a closing block with the signature
 * (`closer/signed`), and marginal notes standing on their own. Paragraphs that the export breaks in mid-sentence
 * are joined again (see `shouldJoin`). Browser-safe.
 */
import { comment, el } from '../model/builders.js';
import type { CommentNode, ElementChild, ElementNode } from '../model/nodes.js';
import { scanBrackets } from './brackets.js';
import type { CompiledConventions } from './compiledConventions.js';
import type { TextRole } from './conventions.js';
import type { HandRegistry } from './hands.js';
import { convertRange, type InlineContext } from './inline.js';
import { pageBreak, pageNumberOf, type PageLine } from './pageBreaks.js';
import { proseLength } from './script.js';
import { textOf, type Block, type Source, type Span } from './source.js';
import { layout } from './sourceText.js';
import type { TraceCollector } from './trace.js';

/** A paragraph-like element and its source text, for alignment. */
export interface AlignmentUnit {
  element: ElementNode;
  text: string;
}

/**
 * A short line that the export puts at the foot of a page inside a sentence (the sentence goes on after the page
 * break): not running text, but something written at the bottom of the page, often the OCR of a handwritten
 * note. It stays text of its paragraph unless a translation's marginal note claims it (see pageFootNotes.ts).
 */
export interface PageFootLine {
  /** Its converted content, as it stands in the paragraph. */
  children: ElementChild[];
  /** The comment that says the export broke the paragraph here. */
  comment: CommentNode;
  /** The page (1-based) at whose foot it stands. */
  page: number;
  start: number;
}

/** A text's parts, ready to go into `text`. */
export interface TextParts {
  front: ElementChild[];
  body: ElementChild[];
  units: AlignmentUnit[];
  pageFootLines: PageFootLine[];
}

/** What the structure builder needs. */
export interface StructureContext {
  source: Source;
  conventions: CompiledConventions;
  trace: TraceCollector;
  hands: HandRegistry;
  role: TextRole;
  /** The text's xml:id, the prefix of its paragraphs' ids. */
  textId: string;
}

type PlanKind = 'page' | 'heading' | 'paragraph' | 'floating' | 'closer';

interface Plan {
  kind: PlanKind;
  block: Block;
  children: ElementChild[];
  /** The block's text without Markdown heading marks, for join and alignment decisions. */
  raw: string;
  page?: PageLine;
  /** Heading marks, consumed by the `head`. */
  markup?: Span;
  /** Only elements (a stamp, a signature): never joined to a neighbour. */
  standalone: boolean;
}

type UnitKind = 'p' | 'head' | 'closer' | 'floating' | 'page';

interface Unit {
  kind: UnitKind;
  children: ElementChild[];
  /** The source text of its blocks (joined for alignment only at the end: joins stay linear). */
  raw: string[];
  /** Prose length of all its blocks. */
  length: number;
  start: number;
  markup?: Span;
  standalone: boolean;
  lines: number;
}

const HEADING = /^[ \t]*(#{1,6})[ \t]+/u;
/** A line this long or longer is prose, not a closing line. */
const CLOSER_LINE_MAX = 80;
const CLOSER_BLOCKS_MAX = 3;
/** A line at the foot of a page inside a sentence is at most this long (in letters) to count as a page-foot line. */
const PAGE_FOOT_LINE_MAX = 120;
/** A paragraph at least this long that stops without punctuation continues in the next block. */
const LONG_PARAGRAPH = 200;
/** A text has prose (and so may have a closing block) when a paragraph is at least this long. */
const PROSE_PARAGRAPH = 120;
const TERMINATED = /[.!?…:;。！？»"”’)\]*]$/u;

/**
 * Build a text's front and body from its blocks.
 *
 * @example
 * const parts = buildTextStructure(context, section.blocks)
 * el('text', { id: 'en' }, parts.front.length ? el('front', {}, parts.front) : null, el('body', {}, parts.body))
 */
export function buildTextStructure(context: StructureContext, blocks: Block[]): TextParts {
  const plans = markRunningHeads(context, blocks.map((block) => planBlock(context, block)));
  markCloser(plans);
  const pageFootLines: PageFootLine[] = [];
  const units = joinUnits(context, plans, pageFootLines);
  return { ...assemble(context, units), pageFootLines };
}

function planBlock(context: StructureContext, block: Block): Plan {
  const { source, conventions } = context;
  const text = textOf(source, block);
  if (block.lines.length === 1) {
    const number = pageNumberOf(text, conventions);
    if (number) return { kind: 'page', block, children: [], raw: text, page: { span: block, number }, standalone: true };
  }
  const heading = HEADING.exec(text);
  const start = heading ? block.start + heading[0].length : block.start;
  const inline: InlineContext = { ...context, brackets: scanBrackets(source.text, block) };
  const children = convertRange(inline, start, block.end);
  const meaningful = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const standalone = meaningful.length > 0 && meaningful.every((c) => c.type === 'element');
  const floating = standalone && meaningful.every((c) => c.type === 'element' && c.name === 'note' && c.attributes.type === 'marginal');
  const raw = source.text.slice(start, block.end);
  if (heading) return { kind: 'heading', block, children, raw, markup: { start: block.start, end: start }, standalone: false };
  return { kind: floating ? 'floating' : 'paragraph', block, children, raw, standalone };
}

/** Short lines repeated on the pages, at least once beside a page number, are running heads: forme work. */
function markRunningHeads(context: StructureContext, plans: Plan[]): Plan[] {
  const key = (p: Plan) => p.raw.replace(/\s+/g, ' ').trim().toLowerCase();
  const candidates = plans.filter((p) => p.kind === 'paragraph' && p.block.lines.length === 1 && p.raw.length <= 60);
  const index = new Map(plans.map((p, i) => [p, i]));
  const besidePage = (p: Plan) => {
    const i = index.get(p)!;
    return plans[i - 1]?.kind === 'page' || plans[i + 1]?.kind === 'page';
  };
  const groups = new Map<string, Plan[]>();
  for (const p of candidates) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some(besidePage)) continue;
    for (const plan of group) {
      plan.kind = 'page';
      plan.page = { span: plan.block, runningHead: plan.children };
      context.trace.used('running-head');
    }
  }
  return plans;
}

/**
 * The closing block: up to three short blocks at the end of a text (marginal notes and page breaks may follow),
 * after at least one long paragraph, none of them a sentence (an initial's full stop is allowed).
 */
function markCloser(plans: Plan[]): void {
  const picked: Plan[] = [];
  for (let i = plans.length - 1; i >= 0 && picked.length < CLOSER_BLOCKS_MAX; i--) {
    const plan = plans[i]!;
    if (plan.kind === 'floating' || plan.kind === 'page') continue;
    if (plan.kind !== 'paragraph' || !isClosingLine(plan)) break;
    picked.push(plan);
  }
  const rest = plans.filter((p) => p.kind === 'paragraph' && !picked.includes(p));
  if (picked.length === 0 || !rest.some((p) => proseLength(p.raw) >= PROSE_PARAGRAPH)) return;
  for (const plan of picked) plan.kind = 'closer';
}

function isClosingLine(plan: Plan): boolean {
  const lines = plan.raw.split('\n').map((l) => l.trim());
  if (lines.length > 4 || lines.some((l) => proseLength(l) > CLOSER_LINE_MAX)) return false;
  const signed = plan.children.some((c) => c.type === 'element' && c.name === 'figure' && c.attributes.type === 'signature');
  // Whether the last line ends a sentence, bracketed remarks after it left aside.
  const last = lines[lines.length - 1]!.replace(/\s*[[［〔【][^\]］〕】]*[\]］〕】]\s*$/u, '');
  return signed || !/[.!?。！？]$/u.test(last) || /(?:^|[\s(])\p{Lu}\.$/u.test(last);
}

/** Blocks to units: consecutive page lines become one break, broken paragraphs are joined. */
function joinUnits(context: StructureContext, plans: Plan[], pageFootLines: PageFootLine[]): Unit[] {
  const units: Unit[] = [];
  let pages: PageLine[] = [];
  let pageBreaks = 0;
  const pageElements = (): ElementNode[] => {
    const made = pages.length ? pageBreak(pages, context.source, context.trace) : [];
    if (pages.length) pageBreaks++;
    pages = [];
    return made;
  };
  const flushPages = () => {
    if (!pages.length) return;
    const start = pages[0]!.span.start;
    units.push({ kind: 'page', children: pageElements(), raw: [], length: 0, start, standalone: true, lines: 0 });
  };
  plans.forEach((plan, index) => {
    const { kind, block, children, raw } = plan;
    if (kind === 'page') {
      pages.push(plan.page!);
      return;
    }
    const previous = units[units.length - 1];
    if (kind === 'paragraph' && previous && (previous.kind === 'p' || previous.kind === 'head') && shouldJoin(previous, plan, pages.length > 0)) {
      const line = block.lines[0]!.number;
      const note = comment(` the export starts a new paragraph at line ${line}; it continues this one `);
      previous.children.push(layout('\n'), note, layout('\n'));
      if (pages.length === 0 && isPageFootLine(previous, plans, index)) {
        pageFootLines.push({ children, comment: note, page: pageBreaks + 1, start: block.start });
      }
      const breaks = pageElements();
      // Item by item, not push(...children): a paragraph of a hundred thousand remarks would overflow the stack.
      for (const b of breaks) previous.children.push(b, layout('\n'));
      for (const child of children) previous.children.push(child);
      previous.raw.push(raw);
      previous.length += proseLength(raw);
      previous.lines += block.lines.length;
      context.trace.used('paragraph-join');
      return;
    }
    flushPages();
    const unitKind: UnitKind = kind === 'heading' ? 'head' : kind === 'paragraph' ? 'p' : kind;
    const last = units[units.length - 1];
    if (unitKind === 'closer' && last?.kind === 'closer') {
      last.children.push(layout('\n'));
      for (const child of children) last.children.push(child);
      last.raw.push(raw);
      return;
    }
    units.push({
      kind: unitKind,
      children,
      raw: [raw],
      length: proseLength(raw),
      start: block.start,
      ...(plan.markup ? { markup: plan.markup } : {}),
      standalone: plan.standalone,
      lines: block.lines.length,
    });
  });
  flushPages();
  return units;
}

/**
 * Is `plans[index]`, joined to `previous`, a page-foot line? One short line after a paragraph that stops without
 * punctuation, followed by a page break and then by a block that starts in lower case: the sentence runs on
 * around it.
 */
function isPageFootLine(previous: Unit, plans: Plan[], index: number): boolean {
  const line = plans[index]!;
  if (previous.kind !== 'p' || line.block.lines.length !== 1 || proseLength(line.raw) > PAGE_FOOT_LINE_MAX) return false;
  if (TERMINATED.test(previous.raw[previous.raw.length - 1]!.trimEnd())) return false;
  let next = index + 1;
  while (plans[next]?.kind === 'page') next++;
  const after = plans[next];
  return next > index + 1 && after?.kind === 'paragraph' && /^\p{Ll}/u.test(after.raw.trimStart());
}

/**
 * Does block `next` continue paragraph `previous`? Yes when it starts in lower case after a paragraph that stops
 * without punctuation (or across a page break, where typed pages end mid-sentence), and when a long paragraph
 * stops without punctuation and the next block starts with a letter (OCR capitalises stray letters). A lower-case
 * start after a full stop is a new paragraph: OCR drops capitals too.
 */
function shouldJoin(previous: Unit, next: Plan, acrossPage: boolean): boolean {
  if (previous.standalone || next.standalone) return false;
  const end = previous.raw[previous.raw.length - 1]!.trimEnd();
  const start = next.raw.trimStart();
  const terminated = TERMINATED.test(end);
  if (/^\p{Ll}/u.test(start) && (!terminated || acrossPage)) return true;
  return previous.kind === 'p' && !terminated && previous.length >= LONG_PARAGRAPH && /^\p{L}/u.test(start);
}

function lineBreak(): ElementNode {
  return el('lb', {});
}

/** Units to elements: front (before the first heading), divisions (one per heading), ids and positions. */
function assemble(context: StructureContext, units: Unit[]): Omit<TextParts, 'pageFootLines'> {
  const firstHead = units.findIndex((u) => u.kind === 'head');
  const frontUnits = firstHead > 0 ? units.slice(0, firstHead) : [];
  const bodyUnits = firstHead > 0 ? units.slice(firstHead) : units;
  const divisions: Unit[][] = [];
  for (const unit of bodyUnits) {
    if (unit.kind === 'head' || divisions.length === 0) divisions.push([]);
    divisions[divisions.length - 1]!.push(unit);
  }
  for (const division of divisions) ensureParagraph(division);
  const counters: Record<string, number> = {};
  const units_: AlignmentUnit[] = [];
  const build = (unit: Unit): ElementChild[] => {
    const made = buildUnit(context, unit, counters);
    if (unit.kind === 'p' || unit.kind === 'head' || unit.kind === 'closer') units_.push({ element: made[0] as ElementNode, text: unit.raw.join('\n') });
    return made.flatMap((node) => [layout('\n'), node]);
  };
  const front = frontUnits.flatMap(build);
  const body = divisions.map((division) => {
    const div = el('div', {}, division.flatMap(build), layout('\n'));
    div.position = context.trace.at(division[0]?.start ?? 0);
    return div;
  });
  return { front, body: body.flatMap((d) => [layout('\n'), d]), units: units_ };
}

/** A division needs a paragraph: a lone heading or closing block becomes one; failing that, an empty one is added. */
function ensureParagraph(division: Unit[]): void {
  if (division.some((u) => u.kind === 'p')) return;
  const convertible = division.find((u) => u.kind === 'head') ?? division.find((u) => u.kind === 'closer');
  if (convertible) {
    convertible.kind = 'p';
    convertible.children = convertible.children.map((c) => (c.type === 'element' && c.name === 'lb' ? layout(' ') : c));
    return;
  }
  division.unshift({ kind: 'p', children: [], raw: [], length: 0, start: division[0]?.start ?? 0, standalone: true, lines: 0 });
}

function buildUnit(context: StructureContext, unit: Unit, counters: Record<string, number>): ElementChild[] {
  const { trace, textId } = context;
  const id = (kind: string) => `${textId}-${kind}${(counters[kind] = (counters[kind] ?? 0) + 1)}`;
  switch (unit.kind) {
    case 'page':
    case 'floating':
      return unit.children.filter((c) => !(c.type === 'text' && !c.position && c.value.trim() === ''));
    case 'head': {
      const head = trace.place(el('head', { id: id('head') }, unit.children), unit.start);
      if (unit.markup) trace.consume(unit.markup.start, unit.markup.end, head, 'heading');
      return [head];
    }
    case 'closer': {
      // A line break stands where the next line starts.
      const lines = unit.children.flatMap((c, i) => {
        if (c.type !== 'text' || c.position || c.value !== '\n') return [c];
        const next = unit.children.slice(i + 1).find((n) => n.position)?.position;
        const lb = lineBreak();
        if (next) lb.position = next;
        return [c, lb];
      });
      const signed = trace.place(el('signed', {}, lines), unit.start);
      return [trace.place(el('closer', { id: id('closer') }, signed), unit.start)];
    }
    case 'p': {
      const p = trace.place(el('p', { id: id('p') }, unit.children), unit.start);
      // A heading that had to become a paragraph keeps its marks' trace.
      if (unit.markup) trace.consume(unit.markup.start, unit.markup.end, p, 'heading');
      return [p];
    }
  }
}

