/**
 * NODE-ONLY. Many documents through a pool of worker threads (Tinypool): each worker compiles the stylesheets
 * and schemas once, a bad file becomes a failed result and the batch goes on, and results come back in input order.
 */
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { Tinypool } from 'tinypool';
import { TeiError, TeiInputError } from '../errors.js';
import { packagePath } from '../node/packageFiles.js';
import { readXmlFile } from '../node/readInput.js';
import { xincludeSettings } from '../node/xinclude.js';
import { assembleXIncludes } from '../xinclude/assemble.js';
import { corpusMembers } from './splitCorpus.js';
import type { BatchCommand, BatchFailure, BatchResult, BatchTask } from './task.js';

/**
 * Options of {@link runBatch}.
 *
 * @example
 * const options: BatchOptions = { command: 'html', files: ['letters/a.xml', 'letters/b.xml'], outDir: 'site', jobs: 2 }
 */
export interface BatchOptions {
  command: BatchCommand;
  /** Input files (expand globs first, e.g. with the CLI's patterns). */
  files: readonly string[];
  /** Texts already read (standard input), converted like files with these names. */
  texts?: readonly { file: string; text: string }[];
  /** Where html/text outputs go, mirroring the inputs' folders below their common folder. Required for html/text. */
  outDir?: string;
  /** Worker threads. Default: the number of cores. */
  jobs?: number;
  /** Convert each member of a `teiCorpus` input on its own (`<outDir>/<corpus name>/<member id or number>.html`). */
  split?: boolean;
  /** The command's options (`toHtml`'s, `toText`'s, or serialisable `validate` options). */
  options?: BatchTask['options'];
  /** Called as each document finishes (in completion order). */
  onResult?: (result: BatchResult, done: number, total: number) => void;
}

/**
 * What a batch did. `results` are in input order (corpus members in document order).
 *
 * @example
 * const summary = await runBatch({ command: 'text', files, outDir: 'txt' })
 * process.exitCode = summary.failed > 0 ? 1 : 0
 */
export interface BatchSummary {
  total: number;
  succeeded: number;
  failed: number;
  /** Wall-clock time of the whole batch. */
  ms: number;
  bytesIn: number;
  results: BatchResult[];
}

const EXTENSIONS: Record<BatchCommand, string> = { html: '.html', text: '.txt', validate: '' };

/**
 * Convert or validate many documents in parallel.
 *
 * @throws {TeiInputError} when html/text has no `outDir`, or the compiled worker is missing (run `npm run build`).
 * @example
 * import { runBatch } from 'teikit'
 * const { failed, results } = await runBatch({ command: 'html', files: ['a.xml', 'b.xml'], outDir: 'site', options: { view: 'diplomatic' } })
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  if (options.command !== 'validate' && !options.outDir) throw new TeiInputError(`a batch of ${options.command} needs an output folder (outDir)`);
  const planned = await planTasks(options);
  const total = planned.length;
  const results: BatchResult[] = new Array(total);
  let done = 0;
  const finish = (index: number, result: BatchResult) => {
    results[index] = result;
    options.onResult?.(result, ++done, total);
  };
  const tasks: [BatchTask, number][] = [];
  planned.forEach((p, index) => ('failure' in p ? finish(index, { ok: false, file: p.failure.file, failure: p.failure, ms: 0 }) : tasks.push([p, index])));
  if (tasks.length > 0) {
    const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), tasks.length));
    const pool = new Tinypool({ filename: workerFile(), minThreads: jobs, maxThreads: jobs });
    try {
      await Promise.all(tasks.map(async ([task, index]) => finish(index, (await pool.run(task)) as BatchResult)));
    } finally {
      await pool.destroy();
    }
  }
  const failed = results.filter((r) => !r.ok).length;
  const bytesIn = results.reduce((sum, r) => sum + (r.ok ? r.bytesIn : 0), 0);
  return { total, succeeded: total - failed, failed, ms: Math.round(performance.now() - started), bytesIn, results };
}

type Planned = BatchTask | { failure: BatchFailure };

/** Tasks in input order: one per file, or one per corpus member when splitting. */
async function planTasks(options: BatchOptions): Promise<Planned[]> {
  const taskOptions = options.options ?? {};
  const inputs = [...options.files.map((file) => ({ file, text: undefined as string | undefined })), ...(options.texts ?? [])];
  const base = commonFolder(inputs.map((i) => i.file));
  const planned: Planned[] = [];
  for (const input of inputs) {
    const output = (name: string) => (options.outDir ? join(options.outDir, name + EXTENSIONS[options.command]) : undefined);
    const stem = withoutExtension(relative(base, resolve(input.file)));
    const whole: BatchTask = { command: options.command, file: input.file, text: input.text, output: output(stem), options: taskOptions };
    if (!options.split || options.command === 'validate') {
      planned.push(whole);
      continue;
    }
    try {
      let text = input.text ?? (await readXmlFile(input.file)).text;
      // Includes are resolved before splitting: a member's text no longer knows the file it came from.
      const includes = xincludeSettings(taskOptions, input.file);
      if (includes) text = assembleXIncludes(text, { ...includes, file: input.file }).text;
      const members = corpusMembers(text, input.file);
      if (!members) {
        planned.push({ ...whole, text });
        continue;
      }
      const width = String(members.length).length;
      for (const member of members) {
        const name = member.id ? safeFileName(member.id) : String(member.index).padStart(width, '0');
        const file = `${input.file}#${member.id ?? member.index}`;
        planned.push({ command: options.command, file, text: member.text, output: output(join(stem, name)), options: { ...taskOptions, xinclude: false } });
      }
    } catch (error) {
      if (!(error instanceof TeiError)) throw error;
      planned.push({ failure: { message: error.message, file: error.file ?? input.file, line: error.line, column: error.column, kind: error.kind } });
    }
  }
  return planned;
}

/** The deepest folder that holds every input, so that outputs mirror the inputs' layout below it. */
function commonFolder(files: readonly string[]): string {
  const folders = files.map((f) => dirname(resolve(f)).split(sep));
  if (folders.length === 0) return process.cwd();
  let shared = folders[0]!;
  for (const folder of folders) {
    let i = 0;
    while (i < shared.length && i < folder.length && shared[i] === folder[i]) i++;
    shared = shared.slice(0, i);
  }
  return shared.join(sep) || sep;
}

function withoutExtension(path: string): string {
  return path.slice(0, path.length - extname(path).length) || basename(path);
}

function safeFileName(id: string): string {
  return id.replace(/[^\p{L}\p{N}._-]/gu, '_');
}

/** The compiled worker, beside the built library (tsup entry `batch/worker`). */
function workerFile(): string {
  return packagePath('dist', 'batch', 'worker.js');
}
