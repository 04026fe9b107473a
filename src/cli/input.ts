/** The CLI's one way to read a file argument (or `-` for stdin) as decoded text. */
import { readXmlFile, readXmlStream, type SourceText } from '../node/readInput.js';
import type { CliIo } from './io.js';

export async function readSource(argument: string, io: CliIo): Promise<SourceText> {
  return argument === '-' ? readXmlStream(io.stdin) : readXmlFile(argument);
}
