// The browser build must not import Node modules: a bundler for the web would fail on them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './helpers.js';

/** The modules `entry` imports, following its local chunks. */
function importsOf(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = readFileSync(join(repoRoot, 'dist', entry), 'utf8');
  const specifiers = [...code.matchAll(/(?:from|import)\s*["']([^"']+)["']|require\(["']([^"']+)["']\)/g)].map((m) => m[1] ?? m[2]!);
  return specifiers.flatMap((s) => (s.startsWith('./') ? importsOf(s.slice(2), seen) : [s]));
}

test.each(['browser.js', 'browser.cjs'])('dist/%s imports no Node built-ins', (entry) => {
  const imports = importsOf(entry);
  expect(imports.filter((s) => s.startsWith('node:') || ['fs', 'path', 'child_process', 'os', 'url', 'module'].includes(s))).toEqual([]);
  expect(imports).toContain('@xmldom/xmldom');
});
