/** The CLI's one way to turn a file argument (or `-` for stdin) into a parsed TEI document. */
import type { Document } from '@xmldom/xmldom';
import { parseTei } from '../parse/parseTei.js';
import { readXmlFile, readXmlStream, type SourceText } from '../node/readInput.js';
import type { CliIo } from './io.js';

export async function readSource(argument: string, io: CliIo): Promise<SourceText> {
  return argument === '-' ? readXmlStream(io.stdin) : readXmlFile(argument);
}

export async function readTeiArgument(argument: string, io: CliIo): Promise<{ doc: Document; source: SourceText }> {
  const source = await readSource(argument, io);
  return { doc: parseTei(source.text, { file: source.file }), source };
}
