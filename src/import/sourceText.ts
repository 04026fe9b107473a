/**
 * Text nodes cut from the source: one per line, each with the position of its first character, so that every
 * character of the output text can be traced to its line; the line ends between them are layout (unpositioned).
 * Browser-safe.
 */
import type { TextNode } from '../model/nodes.js';
import { newlineIn, positionAt, type Source } from './source.js';

/**
 * The source text of `[start, end)` as text nodes.
 *
 * @example
 * sourceText(readSource('a\nb'), 0, 3) // [{ type: 'text', value: 'a', position: { line: 1, column: 1 } }, { type: 'text', value: '\n' }, { ... 'b' ... }]
 */
export function sourceText(source: Source, start: number, end: number): TextNode[] {
  const nodes: TextNode[] = [];
  let from = start;
  while (from < end) {
    const newline = newlineIn(source.text, from, end);
    const stop = newline === -1 ? end : newline;
    if (stop > from) nodes.push({ type: 'text', value: source.text.slice(from, stop), position: positionAt(source, from) });
    if (stop < end) nodes.push(layout('\n'));
    from = stop + 1;
  }
  return nodes;
}

/** Whitespace the importer adds for layout: no position, so it is never mistaken for source text. */
export function layout(value: string): TextNode {
  return { type: 'text', value };
}
