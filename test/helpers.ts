/** Paths and inputs shared by the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = join(repoRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus');
export const editionPath = join(repoRoot, 'tei', 'darusenkov-1964-10-16.xml');
export const seedPath = join(sharedDir, 'seed', '000_df219adfe65aa221.txt');
export const teiAllRng = join(sharedDir, 'schemas', 'tei_all.rng');
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
