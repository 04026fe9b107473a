/** Inputs of the model tests: the shared corpus (TEI ODDs included) and the shipped editions. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { corpusDir, corpusFiles, repoRoot } from '../helpers.js';

/** Every XML file of the corpus (and the TEI ODDs of tei-stylesheets/validation) and of tei/, relative to the corpus. */
export function modelInputs({ large }: { large: boolean }): string[] {
  const odds = readdirSync(join(corpusDir, 'tei-stylesheets', 'validation'))
    .filter((f) => f.endsWith('.odd'))
    .map((f) => join('tei-stylesheets', 'validation', f));
  const shipped = readdirSync(join(repoRoot, 'tei'))
    .filter((f) => f.endsWith('.xml'))
    .map((f) => relative(corpusDir, join(repoRoot, 'tei', f)));
  return [...corpusFiles({ large }), ...odds, ...shipped].sort();
}

/** The path of a file returned by {@link modelInputs}. */
export const inputPath = (file: string): string => join(corpusDir, file);
