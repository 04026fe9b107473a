/**
 * Marginal notes the OCR kept as text. A translation often says what its original only shows: "[Handwritten note
 * at the bottom of the first page]: ...". Where the original has, at the foot of that page, a short line that
 * interrupts a sentence (a page-foot line, see textStructure.ts), that line is the OCR of the same note: it becomes
 * a marginal note in the translation's hand, linked to it with `@corresp` both ways, marked `cert="low"` and
 * listed for review. Nothing else is guessed: without a claiming note, or with more than one candidate line on the
 * page, the line stays text. Browser-safe.
 */
import { el } from '../model/builders.js';
import type { ElementChild, ElementNode } from '../model/nodes.js';
import { textOf } from '../model/textOf.js';
import { walkElements } from '../model/traverse.js';
import { ownLabel } from '../tei/conventions.js';
import type { CompiledConventions } from './compiledConventions.js';
import type { PageFootLine, TextParts } from './textStructure.js';
import type { TraceCollector } from './trace.js';

/** One text of the import, as far as this step needs it. */
export interface BuiltParts {
  id: string;
  parts: TextParts;
}

/**
 * Turn the original's page-foot lines that a translation's bottom-of-page marginal note claims into marginal notes.
 *
 * @example
 * recoverPageFootNotes(original, translation, conventions, trace)
 */
export function recoverPageFootNotes(original: BuiltParts, translation: BuiltParts, conventions: CompiledConventions, trace: TraceCollector): void {
  const unused = new Set(original.parts.pageFootLines);
  if (unused.size === 0) return;
  let count = 0;
  for (const claim of bottomNotes(translation.parts)) {
    const page = pageNamed(labelText(claim), conventions.source.ordinals);
    const candidates = [...unused].filter((line) => page === undefined || line.page === page);
    if (candidates.length !== 1) continue;
    const line = candidates[0]!;
    const parent = parentOf(original.parts, line.children[0]);
    const start = parent ? runStart(parent, line.children) : -1;
    if (!parent || start === -1) continue;
    unused.delete(line);
    count++;
    const claimId = (claim.attributes['xml:id'] ??= `${translation.id}-marginal${count}`);
    const id = `${original.id}-marginal${count}`;
    const note = trace.place(
      el('note', { id, type: 'marginal', place: 'bottom', hand: claim.attributes.hand, corresp: `#${claimId}`, cert: 'low' }, line.children),
      line.start,
    );
    claim.attributes.corresp = claim.attributes.corresp ? `${claim.attributes.corresp} #${id}` : `#${id}`;
    parent.children.splice(start, line.children.length, note);
    const at = trace.at(line.start);
    line.comment.value = ` line ${at.line} stands at the foot of page ${line.page} inside a sentence: taken as the original of the marginal note ${claimId} `;
    trace.review(
      `the short line at the foot of page ${line.page}, inside a sentence, is taken as the original of the translation's marginal note "${labelText(claim)}" (line ${claim.position?.line ?? '?'}): check the reading`,
      line.start,
    );
    trace.used('page-foot-note');
  }
}

/** The translation's marginal notes at the bottom of a page, in a hand, not yet linked to the original. */
function bottomNotes(parts: TextParts): ElementNode[] {
  const found: ElementNode[] = [];
  for (const child of [...parts.front, ...parts.body]) {
    if (child.type !== 'element') continue;
    walkElements(child, {
      enter(element) {
        const a = element.attributes;
        const places = (a.place ?? '').split(/\s+/);
        if (element.name === 'note' && a.type === 'marginal' && a.hand && !a.corresp && places.includes('bottom')) found.push(element);
        return undefined;
      },
    });
  }
  return found;
}

/** The note's label (its own `label` child), or its text when it has none. */
function labelText(note: ElementNode): string {
  const label = ownLabel(note);
  return label ? textOf(label) : textOf(note);
}

/** "the first page", "page 2", "2nd page": the page a label names, if any. */
function pageNamed(label: string, ordinals: Record<string, number>): number | undefined {
  const words = /\b(\p{L}+|\d+)(?:st|nd|rd|th)?\s+page\b|\bpage\s+(\d+)\b/iu.exec(label);
  if (!words) return undefined;
  const word = (words[1] ?? words[2])!.toLowerCase();
  const page = /^\d+$/.test(word) ? Number(word) : ordinals[word];
  return page !== undefined && page > 0 ? page : undefined;
}

/** The element whose children hold `child`. */
function parentOf(parts: TextParts, child: ElementChild | undefined): ElementNode | undefined {
  if (!child) return undefined;
  let parent: ElementNode | undefined;
  for (const top of [...parts.front, ...parts.body]) {
    if (top.type !== 'element' || parent) continue;
    walkElements(top, {
      enter(element) {
        if (element.children.includes(child)) parent = element;
        return undefined;
      },
    });
  }
  return parent;
}

/** Where the consecutive `run` starts among `parent`'s children, or -1. */
function runStart(parent: ElementNode, run: ElementChild[]): number {
  const start = parent.children.indexOf(run[0]!);
  return start !== -1 && run.every((child, i) => parent.children[start + i] === child) ? start : -1;
}
