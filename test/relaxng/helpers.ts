/** Shared by the RELAX NG tests: compiled schemas, fixture paths, and jing (when installed) as the reference. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Schema } from '../../src/validate/relaxng/index.js';
import { compileSchemaFile } from '../../src/validate/relaxng/node.js';
import { corpusDir, repoRoot, teiAllRng } from '../helpers.js';

export const fixturesDir = join(repoRoot, 'test', 'fixtures', 'relaxng');
export const specDir = join(fixturesDir, 'spec');
export const incorrectDir = join(fixturesDir, 'incorrect');
export const teiFixturesDir = join(fixturesDir, 'tei');
export const verdictsFile = join(fixturesDir, 'jing-verdicts.tsv');

/** The Shelley-Godwin Archive in the shared corpus: a notebook that XIncludes its pages, and the pages' own schema. */
export const sgaDir = join(corpusDir, 'sga');
/** The project's page schema (ODD-generated, start element `surface`), which each page names in `<?xml-model?>`. */
export const sgaPageRng = join(sgaDir, 'schemata', 'shelley-godwin-page.rng');
/** The folder of the notebook's 93 page files (root `surface`). */
export const sgaPagesDir = join(sgaDir, 'tei', 'ox', 'ox-ms_shelley_e1');
/** The notebook (a `TEI` that XIncludes the pages). */
export const sgaNotebook = join(sgaDir, 'tei', 'ox', 'ox-ms_shelley_e1.xml');
/** jing's verdicts on the pages against the page schema (same columns as `verdictsFile`). */
export const sgaPageVerdictsFile = join(fixturesDir, 'jing-verdicts-sga-page.tsv');

/** tei_all compiled from the .rng through teikit's own compiler (once per test file; about half a second). */
export function teiAll(): Schema {
  return compileSchemaFile(teiAllRng);
}

/**
 * Is jing installed? (CI installs it; without it, tests fall back to the recorded verdicts.) TEIKIT_NO_JING=1 tests
 * the fallback on a machine that has jing.
 */
export const hasJing = process.env.TEIKIT_NO_JING !== '1' && spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;

/** One line of jing's report. */
export interface JingError {
  line: number;
  column: number;
  message: string;
  fatal: boolean;
  /**
   * The document the error is in when it is not the one validated: a document it XIncludes (jing, through Xerces,
   * names the included document and its own line).
   */
  file?: string;
}

// jing starts a JVM per run (about a second, several threads): never more than two at once.
const JING_SLOTS = 2;
let running = 0;
const waiting: (() => void)[] = [];

/**
 * jing's errors for each of `files` against `schema`, from one jing run (one JVM start for all of them), except
 * that a document using XInclude gets a run of its own: jing reports errors in an included document under that
 * document's name, so only a run of one document tells whose errors they are (they get `file`).
 * jing prints `file:line:col: error: message`; errors in the schema itself have no file and are returned under ''.
 */
export async function runJing(schema: string, files: string[]): Promise<Map<string, JingError[]>> {
  const including = files.filter(usesXInclude);
  const plain = files.filter((f) => !including.includes(f));
  const runs = [...(plain.length > 0 || including.length === 0 ? [plain] : []), ...including.map((f) => [f])];
  const results = await Promise.all(runs.map((batch) => inSlot(() => spawnJing(schema, batch))));
  const merged = new Map<string, JingError[]>(results[0]!);
  for (const result of results.slice(1)) for (const [file, errors] of result) if (file) merged.set(file, errors);
  return merged;
}

const usesXInclude = (path: string) => readFileSync(path, 'utf8').includes('http://www.w3.org/2001/XInclude');

async function inSlot<T>(run: () => Promise<T>): Promise<T> {
  if (running >= JING_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await run();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnJing(schema: string, files: string[]): Promise<Map<string, JingError[]>> {
  // A run of one document that uses XInclude: errors naming another document (not a schema file) are in a
  // document it includes.
  const including = files.length === 1 && usesXInclude(files[0]!) ? files[0] : undefined;
  return new Promise((resolve, reject) => {
    const child = spawn('jing', [schema, ...files], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const byFile = new Map<string, JingError[]>([['', []], ...files.map((f): [string, JingError[]] => [f, []])]);
      for (const line of out.split('\n')) {
        const other = including ? /^(.+?):(\d+):(\d+): (error|fatal): (.*)$/.exec(line) : null;
        if (other && other[1] !== including && other[1] !== schema && !/\.rn[gc]$/.test(other[1]!)) {
          byFile.get(including!)!.push({ line: Number(other[2]), column: Number(other[3]), message: other[5]!, fatal: other[4] === 'fatal', file: other[1]! });
          continue;
        }
        const file = files.find((f) => line.startsWith(`${f}:`));
        // Errors in the schema name the schema (with a position) or nothing.
        const m = file ? /^:(\d+):(\d+): (error|fatal): (.*)$/.exec(line.slice(file.length)) : /^(?:.*?:(\d+):(\d+): )?(error|fatal): (.*)$/.exec(line);
        if (!m) continue;
        byFile.get(file ?? '')!.push({ line: Number(m[1] || 0), column: Number(m[2] || 0), message: m[4]!, fatal: m[3] === 'fatal' });
      }
      resolve(byFile);
    });
  });
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
