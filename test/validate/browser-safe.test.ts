// The validation core runs in browsers: no module of it reaches Node's built-ins, directly or through its imports.
// Node-only code lives in the files that say NODE-ONLY (src/validate/node.ts, schematron/node.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';

const src = join(repoRoot, 'src');
const NODE_ONLY = ['validate/node.ts', 'validate/schematron/node.ts'];

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'relaxng' ? [] : coreFiles(path);
    return entry.name.endsWith('.ts') && !NODE_ONLY.includes(relative(src, path)) ? [path] : [];
  });
}

/** Every file a module imports, transitively, with the Node built-ins it names. */
function reach(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)].map((m) => m[1]!);
  seen.set(file, specifiers.filter((s) => s.startsWith('node:')));
  for (const s of specifiers.filter((s) => s.startsWith('.'))) reach(resolve(dirname(file), s.replace(/\.js$/, '.ts')), seen);
  return seen;
}

test('the validation core imports nothing from Node', () => {
  const offenders: string[] = [];
  for (const file of coreFiles(join(src, 'validate'))) {
    for (const [module, builtins] of reach(file)) {
      if (builtins.length) offenders.push(`${relative(src, file)} -> ${relative(src, module)}: ${builtins.join(', ')}`);
    }
  }
  expect(offenders).toEqual([]);
});

test('the Node-only files say so', () => {
  for (const file of NODE_ONLY) expect(readFileSync(join(src, file), 'utf8')).toMatch(/^\/\*\*\n \* NODE-ONLY\./);
});
