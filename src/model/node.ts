/**
 * Node-only: read an edition from a file. This is the one Node-only file of src/model (it imports
 * ../node/readInput.js, which uses node:fs); everything else in src/model and src/serialize is browser-safe.
 * Export it from src/index.ts only, never from src/browser.ts.
 */
import { readXmlFile, readXmlFileSync } from '../node/readInput.js';
import { xincludeSettings, type NodeXIncludeOptions } from '../node/xinclude.js';
import type { Edition } from './edition.js';
import { readEdition, type ReadOptions } from './readEdition.js';

/**
 * Read and decode a TEI file (BOM and declared encoding honoured) and build its edition.
 *
 * @throws {TeiInputError} when the file cannot be read; {@link TeiParseError} when it is not well-formed TEI.
 * @example
 * const edition = await readEditionFile('tei/darusenkov-1964-10-16.xml')
 * edition.texts.length // 2
 */
export async function readEditionFile(path: string, options: NodeReadOptions = {}): Promise<Edition> {
  const { text, file } = await readXmlFile(path);
  return readEdition(text, { ...options, file, xinclude: xincludeSettings(options, file) });
}

/**
 * Options of {@link readEditionFile}: those of `readEdition`, with XInclude from the file system.
 * @example
 * readEditionFileSync('tei/notebook.xml', { xinclude: true, xincludeRoot: 'tei' })
 */
export type NodeReadOptions = Omit<ReadOptions, 'file' | 'xinclude'> & NodeXIncludeOptions;

/**
 * Synchronous {@link readEditionFile}.
 *
 * @example
 * const edition = readEditionFileSync('tei/darusenkov-1964-10-16.xml')
 */
export function readEditionFileSync(path: string, options: NodeReadOptions = {}): Edition {
  const { text, file } = readXmlFileSync(path);
  return readEdition(text, { ...options, file, xinclude: xincludeSettings(options, file) });
}
