/** What the importer tests share: the nothing-lost check, counts of an edition, fixture paths. */
import { join } from 'node:path';
import { readEdition, writeTei, type ElementNode, type ModelNode, type TeiDocument } from '../../src/index.js';
import type { ImportResult } from '../../src/import/index.js';
import { repoRoot } from '../helpers.js';

export const importFixtures = join(repoRoot, 'test', 'fixtures', 'import');

const nonSpace = (text: string) => text.replace(/\s+/g, '');

/** Every node of a document, in document order (iterative). */
export function allNodes(document: TeiDocument | ElementNode): ModelNode[] {
  const found: ModelNode[] = [];
  const stack: ModelNode[] = [document];
  while (stack.length) {
    const node = stack.pop()!;
    found.push(node);
    if (node.type === 'document' || node.type === 'element') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/**
 * The nothing-lost property. Returns the problems found (none when it holds):
 * 1. line by line, the non-whitespace characters of the input are exactly those of the positioned text nodes on
 *    that line and of the spans conventions consumed there, in column order (nothing dropped, nothing doubled);
 * 2. every consumed span names an element (by name and position) that is in the edition;
 * 3. the written TEI, read back, holds the same text as the edition (the writer loses nothing);
 * 4. every element of the texts carries its source position (the trace of where it comes from).
 */
export function nothingLostProblems(input: string, { edition, trace }: ImportResult): string[] {
  const problems: string[] = [];
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const pieces = new Map<number, Array<{ column: number; text: string }>>();
  const add = (line: number, column: number, text: string) => pieces.set(line, [...(pieces.get(line) ?? []), { column, text }]);
  const elements = new Set<string>();
  const nodes = allNodes(edition.document);
  for (const node of nodes) {
    if (node.type === 'text' && node.position) add(node.position.line, node.position.column, node.value);
    if (node.type === 'element' && node.position) elements.add(`${node.name}@${node.position.line}:${node.position.column}`);
  }
  for (const span of trace.consumed) {
    add(span.line, span.column, span.text);
    if (!elements.has(`${span.element}@${span.at.line}:${span.at.column}`)) {
      problems.push(`line ${span.line}: "${span.text}" was consumed by <${span.element}> at ${span.at.line}:${span.at.column}, which is not in the edition`);
    }
  }
  lines.forEach((line, i) => {
    const expected = nonSpace(line);
    const found = nonSpace((pieces.get(i + 1) ?? []).sort((a, b) => a.column - b.column).map((p) => p.text).join(''));
    if (found !== expected) problems.push(`line ${i + 1}: expected "${expected.slice(0, 80)}", found "${found.slice(0, 80)}"`);
  });
  for (const line of pieces.keys()) if (line > lines.length) problems.push(`text traced to line ${line}, beyond the input's ${lines.length} lines`);
  // 4. Every element of the texts says where it comes from.
  for (const root of nodes) {
    if (root.type !== 'element' || root.name !== 'text' || !root.position) continue;
    for (const node of allNodes(root)) {
      if (node.type === 'element' && !node.position) problems.push(`<${node.name}> in the text at ${root.position.line} has no source position`);
    }
  }
  const text = (document: TeiDocument) => nonSpace(allNodes(document).map((n) => (n.type === 'text' ? n.value : '')).join(''));
  const reread = readEdition(writeTei(edition, { pretty: true }));
  if (text(reread.document) !== text(edition.document)) problems.push('the written TEI does not hold the text of the edition');
  return problems;
}

/** Elements of the texts (not the header) by name, optionally within the text with this xml:id. */
export function textElements(result: ImportResult, name: string, textId?: string): ElementNode[] {
  const roots = result.edition.texts.filter((t) => textId === undefined || t.id === textId);
  const found: ElementNode[] = [];
  for (const t of roots) {
    for (const part of [t.front, t.body, t.back]) {
      if (!part) continue;
      for (const node of allNodes(part)) if (node.type === 'element' && node.name === name) found.push(node);
    }
  }
  return found;
}
