/**
 * Node-only input: files and stdin as decoded text. Kept apart from the browser-safe core.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { TeiInputError } from '../errors.js';
import { decodeXml } from '../parse/decode.js';

/**
 * Text with the name it came from, for error messages.
 *
 * @example
 * const source: SourceText = { text: '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>', file: 'letter.xml' }
 */
export interface SourceText {
  text: string;
  file: string;
}

/**
 * Read and decode an XML file (BOM and declared encoding honoured).
 *
 * @throws {TeiInputError} when the file cannot be read; {@link TeiParseError} when its bytes are not valid text.
 * @example
 * const { text } = await readXmlFile('tei/darusenkov-1964-10-16.xml')
 */
export async function readXmlFile(path: string): Promise<SourceText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new TeiInputError(describeFsError(error, path), { file: path, cause: error });
  }
  return { text: decodeXml(bytes, path), file: path };
}

/**
 * Synchronous {@link readXmlFile}, for the synchronous API.
 *
 * @example
 * const { text, file } = readXmlFileSync('tei/darusenkov-1964-10-16.xml')
 */
export function readXmlFileSync(path: string): SourceText {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new TeiInputError(describeFsError(error, path), { file: path, cause: error });
  }
  return { text: decodeXml(bytes, path), file: path };
}

/** Read all of a stream (stdin) and decode it as XML. */
export async function readXmlStream(stream: AsyncIterable<Uint8Array | string>, name = '<stdin>'): Promise<SourceText> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  return { text: decodeXml(Buffer.concat(chunks), name), file: name };
}

function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file: ${path}`;
  if (code === 'EISDIR') return `${path} is a directory, not a file`;
  if (code === 'EACCES') return `permission denied: ${path}`;
  return `cannot read ${path}: ${(error as Error).message}`;
}
