/**
 * The CLI side of batches: the shared options (`--out-dir`, `--jobs`, `--split`), inputs from patterns and
 * standard input, progress on standard error and the closing summary. Exit code 1 when any document failed.
 */
import { availableParallelism } from 'node:os';
import { TeiUsageError } from '../errors.js';
import { runBatch, type BatchOptions, type BatchSummary } from '../batch/runBatch.js';
import { expandFilePatterns } from '../node/files.js';
import type { OptionSpec, ParsedArguments } from './command.js';
import { readSource } from './input.js';
import type { CliIo } from './io.js';
import { createProgress, summaryOf } from './progress.js';

/**
 * Options every batch command takes.
 *
 * @example
 * options: { ...batchOptions, view: { type: 'string', description: '...' } }
 */
export const batchOptions: Record<string, OptionSpec> = {
  'out-dir': { type: 'string', description: 'write one output per input into this folder (mirroring the input folders)' },
  jobs: { type: 'string', short: 'j', description: `worker threads (default: the number of cores, here ${availableParallelism()})` },
  split: { type: 'boolean', description: 'convert each member of a teiCorpus on its own, into <out-dir>/<corpus>/<member>' },
};

/**
 * Run a batch for a command, with progress on stderr and a summary line at the end.
 *
 * @example
 * return runCliBatch('html', { view: 'reading' }, args, io, usage)
 */
export async function runCliBatch(
  command: BatchOptions['command'],
  options: BatchOptions['options'],
  args: ParsedArguments,
  io: CliIo,
  usage: string,
  onSummary?: (summary: BatchSummary) => void,
): Promise<number> {
  const { files, texts } = await batchInputs(args.positionals, io, usage);
  const outDir = args.values['out-dir'];
  if (command !== 'validate' && typeof outDir !== 'string') throw new TeiUsageError(`several inputs need --out-dir: usage: ${usage}`);
  const progress = createProgress(io.stderr, { log: command !== 'validate' });
  const summary = await runBatch({
    command,
    files,
    texts,
    outDir: typeof outDir === 'string' ? outDir : undefined,
    jobs: jobsOption(args.values.jobs),
    split: args.values.split === true,
    options,
    onResult: (result, done, total) => progress.update(result, done, total),
  });
  progress.finish();
  onSummary?.(summary);
  if (command !== 'validate') io.stderr.write(`${summaryOf(summary)}\n`);
  return summary.failed > 0 ? 1 : 0;
}

/** Files from paths, folders and globs; `-` read from standard input once. */
async function batchInputs(positionals: string[], io: CliIo, usage: string) {
  if (positionals.length === 0) throw new TeiUsageError(`missing argument: usage: ${usage}`);
  const expanded = expandFilePatterns(positionals);
  const files = expanded.filter((f) => f !== '-');
  const texts = expanded.includes('-') ? [await readSource('-', io)] : [];
  return { files, texts };
}

/**
 * `--jobs N`: a positive whole number.
 *
 * @example
 * jobsOption('2') // 2
 */
export function jobsOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new TeiUsageError(`--jobs takes a whole number of threads, at least 1, not "${String(value)}"`);
  return jobs;
}
