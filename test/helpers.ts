/** Paths, inputs and the built CLI, shared by the tests. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = join(repoRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus');
export const editionPath = join(repoRoot, 'tei', 'darusenkov-1964-10-16.xml');
export const seedPath = join(sharedDir, 'seed', '000_df219adfe65aa221.txt');
export const teiAllRng = join(repoRoot, 'schemas', 'tei_all.rng');
export const builtCli = join(repoRoot, 'dist', 'cli', 'bin.js');

/** Every XML file of the shared corpus, `large/` included when asked, as paths relative to the corpus. */
export function corpusFiles({ large = false } = {}): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'large' || large) visit(path);
      } else if (entry.name.endsWith('.xml')) {
        found.push(relative(corpusDir, path));
      }
    }
  };
  visit(corpusDir);
  return found.sort();
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/**
 * Run the built CLI (dist/cli/bin.js) as users do, with a time limit: exit code, stdout and stderr.
 * A run killed by the limit has code null and `signal` set.
 */
export function runCli(args: string[], { input, cwd = repoRoot, timeout = 60_000 }: { input?: string | Buffer; cwd?: string; timeout?: number } = {}) {
  return new Promise<{ code: number | null; signal?: string; stdout: string; stderr: string }>((resolvePromise) => {
    const child = execFile(process.execPath, [builtCli, ...args], { cwd, timeout, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const failure = error as (Error & { code?: number | string; signal?: string }) | null;
      const code = failure ? (typeof failure.code === 'number' ? failure.code : null) : 0;
      resolvePromise({ code, ...(failure?.signal ? { signal: failure.signal } : {}), stdout, stderr });
    });
    child.stdin?.end(input);
  });
}
