/** Shared by the RELAX NG tests: compiled schemas, fixture paths, and jing (when installed) as the reference. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Schema } from '../../src/validate/relaxng/index.js';
import { compileSchemaFile } from '../../src/validate/relaxng/node.js';
import { repoRoot, teiAllRng } from '../helpers.js';

export const fixturesDir = join(repoRoot, 'test', 'fixtures', 'relaxng');
export const specDir = join(fixturesDir, 'spec');
export const incorrectDir = join(fixturesDir, 'incorrect');
export const teiFixturesDir = join(fixturesDir, 'tei');
export const verdictsFile = join(fixturesDir, 'jing-verdicts.tsv');

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
}

// jing starts a JVM per run (about a second, several threads): never more than two at once.
const JING_SLOTS = 2;
let running = 0;
const waiting: (() => void)[] = [];

/**
 * jing's errors for each of `files` against `schema`, from one jing run (one JVM start for all of them).
 * jing prints `file:line:col: error: message`; errors in the schema itself have no file and are returned under ''.
 */
export async function runJing(schema: string, files: string[]): Promise<Map<string, JingError[]>> {
  if (running >= JING_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await spawnJing(schema, files);
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function spawnJing(schema: string, files: string[]): Promise<Map<string, JingError[]>> {
  return new Promise((resolve, reject) => {
    const child = spawn('jing', [schema, ...files], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const byFile = new Map<string, JingError[]>([['', []], ...files.map((f): [string, JingError[]] => [f, []])]);
      for (const line of out.split('\n')) {
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
