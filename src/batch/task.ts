/**
 * What the batch runner sends to a worker and gets back: plain data, so that it crosses the thread boundary as is.
 * Outputs are written by the worker itself; only their size comes back.
 */
import type { Diagnostic } from '../validate/diagnostic.js';
import type { NodeValidateOptions } from '../validate/node.js';
import type { NodeHtmlOptions, NodeTextOptions } from '../node/transform.js';

/**
 * The batch commands.
 *
 * @example
 * const command: BatchCommand = 'html'
 */
export type BatchCommand = 'html' | 'text' | 'validate';

/**
 * One document to process: a file, or a text (a corpus member, standard input) with the name to report.
 *
 * @example
 * const task: BatchTask = { command: 'html', file: 'letters/L001.xml', output: 'out/L001.html', options: { view: 'diplomatic' } }
 */
export interface BatchTask {
  command: BatchCommand;
  file: string;
  /** The document's text; when absent, the worker reads `file`. */
  text?: string;
  /** Where to write the result (html, text). */
  output?: string;
  options: NodeHtmlOptions | NodeTextOptions | SerializableValidateOptions;
}

/**
 * Validation options that survive structured cloning: no functions (custom validators) and no compiled schema.
 *
 * @example
 * const options: SerializableValidateOptions = { schema: 'tei_all', rules: { 'hand-unused': 'off' } }
 */
export type SerializableValidateOptions = Omit<NodeValidateOptions, 'validators' | 'schema' | 'xinclude'> & { schema?: string; xinclude?: boolean };

/**
 * A failure that stopped one document: where it is and what it says.
 *
 * @example
 * const failure: BatchFailure = { message: 'not well-formed', file: 'a.xml', line: 3, column: 7 }
 */
export interface BatchFailure {
  message: string;
  file: string;
  line?: number;
  column?: number;
  /** A TeiError's kind (`parse`, `input`, `transform`...), or `internal` for anything else. */
  kind: string;
}

/**
 * The outcome of one task.
 *
 * @example
 * if (!result.ok) console.error(`${result.failure.file}:${result.failure.line}: ${result.failure.message}`)
 */
export type BatchResult =
  | { ok: true; file: string; output?: string; bytesIn: number; bytesOut: number; ms: number; diagnostics?: Diagnostic[] }
  | { ok: false; file: string; failure: BatchFailure; ms: number };
