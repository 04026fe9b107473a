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

/** Options of {@link readEdition}. @example readEdition(text, { file: 'letter.xml', positions: false }) */
export interface ReadOptions {
  /** The file name used in errors. */
  file?: string;
  /** Keep `position` (1-based line and column) on every node. Default true; false saves memory on large files. */
  positions?: boolean;
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
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return editionOf(documentToModel(parseTei(source, file === undefined ? {} : { file }), { positions: positions !== false, source }));
  }
  checkRoot(input, file);
  return editionOf(documentToModel(input, { positions: positions !== false }));
}

/** A Document parsed elsewhere gets the root check `parseTei` makes on text. */
function checkRoot(document: Document, file: string | undefined): void {
  const root = document.documentElement;
  const problem = root ? rootProblem(root.nodeName, root.localName ?? root.nodeName, root.namespaceURI) : 'the document has no root element';
  if (!problem) return;
  const where = { file, line: (root as { lineNumber?: number } | null)?.lineNumber, column: (root as { columnNumber?: number } | null)?.columnNumber };
  throw new TeiParseError(problem, where);
}
