/**
 * Read an edition from TEI text, bytes or an xmldom Document. Browser-safe; the Node file reader is in node.ts.
 */
import type { Document } from '@xmldom/xmldom';
import { TeiParseError } from '../errors.js';
import { decodeXml } from '../parse/decode.js';
import { parseTei } from '../parse/parseTei.js';
import { rootProblem } from '../parse/prolog.js';
import { documentToModel } from '../parse/toModel.js';
import { editionOf, type Edition } from './edition.js';
import type { ModelNode, TeiDocument } from './nodes.js';
import { assembleXIncludes, mayInclude, type XIncludeSettings } from '../xinclude/assemble.js';
import type { SourceMap } from '../xinclude/sourceMap.js';

/** Options of {@link readEdition}. @example readEdition(text, { file: 'letter.xml', positions: false }) */
export interface ReadOptions {
  /** The file name used in errors. */
  file?: string;
  /** Keep `position` (1-based line and column) on every node. Default true; false saves memory on large files. */
  positions?: boolean;
  /**
   * Resolve `xi:include`s first (off by default). The edition is the assembled document (what `writeTei` then
   * writes); nodes from included files carry that file in `position.file`.
   */
  xinclude?: XIncludeSettings;
}

/**
 * Read an edition: TEI text (strictly, with `parseTei`), its bytes (decoded with `decodeXml`: BOM and declared
 * encoding honoured), or an already parsed xmldom Document. One iterative walk builds the tree; then the views.
 *
 * @throws {TeiParseError} for malformed XML, forbidden characters, entity declarations, or a root that is not
 *   `TEI`/`teiCorpus` in the TEI namespace, with file, line and column (as `parseTei`).
 * @example
 * const edition = readEdition('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>...</teiHeader><text>...</text></TEI>')
 * edition.header.title
 */
export function readEdition(input: string | Uint8Array | Document, options: ReadOptions = {}): Edition {
  const { file, positions } = options;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const text = typeof input === 'string' ? input : decodeXml(input, file);
    const assembled = options.xinclude && mayInclude(text) ? assembleXIncludes(text, { ...options.xinclude, file }) : undefined;
    const source = assembled?.text ?? (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const document = documentToModel(parseTei(source, file === undefined ? {} : { file }), { positions: positions !== false, source });
    if (assembled && assembled.includes > 0 && positions !== false) placeInSources(document, assembled.map);
    return editionOf(document);
  }
  checkRoot(input, file);
  return editionOf(documentToModel(input, { positions: positions !== false }));
}

/** Positions in the assembled text become positions in the files the nodes came from. */
function placeInSources(document: TeiDocument, map: SourceMap): void {
  const top = map.parts[0]!.name;
  const pending: ModelNode[] = [document];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if ('position' in node && node.position) {
      const { file, line, column } = map.position(node.position.line, node.position.column);
      node.position = file === top ? { line, column } : { line, column, file };
    }
    if ('children' in node) for (const child of node.children) pending.push(child);
  }
}

/** A Document parsed elsewhere gets the root check `parseTei` makes on text. */
function checkRoot(document: Document, file: string | undefined): void {
  const root = document.documentElement;
  const problem = root ? rootProblem(root.nodeName, root.localName ?? root.nodeName, root.namespaceURI) : 'the document has no root element';
  if (!problem) return;
  const where = { file, line: (root as { lineNumber?: number } | null)?.lineNumber, column: (root as { columnNumber?: number } | null)?.columnNumber };
  throw new TeiParseError(problem, where);
}
