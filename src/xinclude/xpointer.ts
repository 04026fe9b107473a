/**
 * XPointer for XInclude: the shorthand pointer (a bare `xml:id`) and the `element()` scheme (`element(p1)`,
 * `element(/1/2)`, `element(p1/3)`), tried part by part as the XPointer framework says; parts in other schemes
 * (`xmlns()`, `xpointer()`) identify nothing here, so the next part is tried. Browser-safe.
 */
import { elementTag, type ElementTag } from './scan.js';
import { readXml } from '../validate/relaxng/xml/reader.js';
import { XML_NAMESPACE } from '../validate/relaxng/xml/namespaces.js';

/** One part of a pointer: a shorthand id, or an `element()` location (an id and/or a child sequence). */
type Part = { id?: string; steps: number[] } | { unsupported: string };

const NCNAME = /^[A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*$/;

/**
 * The parts of `pointer`, or a message saying why it is not a pointer.
 *
 * @example
 * parsePointer('element(/1/2)') // [{ steps: [1, 2] }]
 */
export function parsePointer(pointer: string): Part[] | string {
  const text = pointer.trim();
  if (NCNAME.test(text)) return [{ id: text, steps: [] }];
  const parts: Part[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('(', i);
    if (open === -1) return `"${pointer}" is not an XPointer: expected a bare id or scheme(data) parts`;
    const scheme = text.slice(i, open).trim();
    let depth = 1;
    let data = '';
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      const c = text[j]!;
      if (c === '^') {
        data += text[++j] ?? '';
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
      data += c;
    }
    if (depth !== 0) return `"${pointer}" is not an XPointer: unbalanced parentheses`;
    parts.push(scheme === 'element' ? elementScheme(data) ?? { unsupported: `element(${data})` } : { unsupported: scheme });
    i = j + 1;
  }
  return parts.length ? parts : `"${pointer}" is not an XPointer`;
}

function elementScheme(data: string): Part | undefined {
  const [first, ...rest] = data.trim().split('/');
  if (first !== '' && !NCNAME.test(first!)) return undefined;
  const steps = rest.map(Number);
  if (steps.some((n) => !Number.isInteger(n) || n < 1) || (first === '' && steps.length === 0)) return undefined;
  return first === '' ? { steps } : { id: first, steps };
}

/** Every element of a document, in document order, with its parent: enough to follow ids and child sequences. */
interface ElementTable {
  tags: ElementTag[];
  parents: number[];
  ids: Map<string, number>;
}

function elementTable(text: string): ElementTable {
  const tags: ElementTag[] = [];
  const parents: number[] = [];
  const ids = new Map<string, number>();
  const open: number[] = [];
  readXml(text, {
    startElement(tag) {
      const parent = open.length ? open[open.length - 1]! : -1;
      const index = tags.length;
      tags.push(elementTag(text, tag, parent === -1 ? undefined : tags[parent]));
      parents.push(parent);
      const id = tag.attributes.find((a) => a.ns === XML_NAMESPACE && a.local === 'id')?.value;
      if (id !== undefined && !ids.has(id)) ids.set(id, index);
      open.push(index);
    },
    endElement(_start, end) {
      tags[open.pop()!]!.end = end;
    },
    text() {},
  });
  return { tags, parents, ids };
}

/**
 * Evaluates pointers against one document; the element table is built on first use and kept.
 *
 * @example
 * new PointerTarget(text).find('element(/1/2)') // the second child of the root, or a reason it is not there
 */
export class PointerTarget {
  private table: ElementTable | undefined;

  constructor(private readonly text: string) {}

  /** The element `pointer` identifies, or a message saying why none is. */
  find(pointer: string): ElementTag | { reason: string } {
    const parts = parsePointer(pointer);
    if (typeof parts === 'string') return { reason: parts };
    this.table ??= elementTable(this.text);
    for (const part of parts) {
      if ('unsupported' in part) continue;
      const found = this.follow(part);
      if (found !== -1) return this.table.tags[found]!;
    }
    const unsupported = parts.filter((p): p is { unsupported: string } => 'unsupported' in p).map((p) => p.unsupported);
    const why = unsupported.length === parts.length ? `teikit supports bare ids and element() pointers, not ${unsupported.join(', ')}` : 'no element matches it';
    return { reason: `xpointer="${pointer}" identifies no element: ${why}` };
  }

  private follow(part: { id?: string; steps: number[] }): number {
    const { tags, parents, ids } = this.table!;
    let current = part.id === undefined ? -1 : (ids.get(part.id) ?? -2);
    if (current === -2) return -1;
    for (const step of part.steps) {
      current = this.child(current, step, tags.length, parents);
      if (current === -1) return -1;
    }
    return current;
  }

  /** The `n`th element child of `parent` (-1: the document), or -1. Children follow their parent in the table. */
  private child(parent: number, n: number, count: number, parents: readonly number[]): number {
    let seen = 0;
    for (let i = parent + 1; i < count; i++) {
      if (parents[i] === parent && ++seen === n) return i;
      if (parent !== -1 && this.table!.tags[i]!.start >= this.table!.tags[parent]!.end) break;
    }
    return -1;
  }
}
