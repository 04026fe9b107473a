/**
 * `teikit import <file.txt|-> [-o out.xml] [--conventions conventions.json]`: an archival transcription to a TEI
 * edition (pretty-printed), with the review items on standard error as `file:line:column: review: message`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { TeiInputError, TeiParseError, TeiUsageError } from '../../errors.js';
import { checkConventions, importTranscriptionWithTrace, type ConventionsInput } from '../../import/index.js';
import { writeTei } from '../../serialize/writeTei.js';
import { expectPositionals, type Command } from '../command.js';
import { readSource } from '../input.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'an archival transcription (text export with bracketed remarks) to a TEI edition',
  usage: 'teikit import <file.txt|-> [-o out.xml] [--conventions conventions.json] [--date YYYY-MM-DD]',
  options: {
    output: { type: 'string', short: 'o', description: 'write to this file instead of standard output' },
    conventions: { type: 'string', description: 'a JSON file of conventions that extend or override the shipped ones' },
    date: { type: 'string', description: 'the date of the import, for revisionDesc (default: none)' },
  },
  async run({ positionals, values }, io) {
    const [argument] = expectPositionals(positionals, 1, this.usage);
    const conventions = typeof values.conventions === 'string' ? await readConventions(values.conventions) : undefined;
    const { text, file } = await readTranscription(argument, io);
    const { edition, trace } = importTranscriptionWithTrace(text, {
      file,
      ...(conventions ? { conventions } : {}),
      ...(typeof values.date === 'string' ? { date: values.date } : {}),
    });
    const xml = writeTei(edition, { pretty: true });
    if (typeof values.output === 'string') await writeFile(values.output, xml);
    else io.stdout.write(xml);
    for (const item of trace.review) {
      const where = [file, item.line, item.line === undefined ? undefined : item.column].filter((part) => part !== undefined).join(':');
      io.stderr.write(`${where}: review: ${item.message}\n`);
    }
    return 0;
  },
};

/** The transcription's text: a file or stdin, BOM honoured; bytes that are not text are an input error. */
async function readTranscription(argument: string, io: Parameters<Command['run']>[1]) {
  try {
    return await readSource(argument, io);
  } catch (error) {
    if (!(error instanceof TeiParseError)) throw error;
    throw new TeiInputError(`not a text file (UTF-8 or UTF-16 with a byte-order mark): ${error.message}`, {
      file: error.file,
      line: error.line,
      column: error.column,
    });
  }
}

/** A conventions file: JSON whose errors point at their line, checked before use. */
async function readConventions(path: string): Promise<ConventionsInput> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new TeiInputError(`cannot read the conventions file ${path}: ${(error as Error).message}`, { file: path, cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    const offset = at ? Number(at[1]) : 0;
    const before = text.slice(0, offset).split('\n');
    throw new TeiInputError(`the conventions file is not JSON: ${(error as Error).message}`, {
      file: path,
      line: before.length,
      column: before[before.length - 1]!.length + 1,
      source: text,
    });
  }
  try {
    checkConventions(value);
  } catch (error) {
    if (error instanceof TeiUsageError) throw new TeiInputError(error.message, { file: path });
    throw error;
  }
  return value;
}
