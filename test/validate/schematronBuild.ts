/**
 * The compiled Schematron the validation tests need (dist/xslt/schematron-*.sef.json), built by
 * scripts/compile-schematron.mjs when missing or older than its sources: `npm test` builds first, but these tests
 * also run alone (`npx vitest run test/validate`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers.js';

const sources = ['xslt/schematron/compile.xsl', 'xslt/schematron/tei-p5.sch', 'scripts/compile-schematron.mjs', 'scripts/compile-xslt.mjs'];
const outputs = ['dist/xslt/schematron-compile.sef.json', 'dist/xslt/schematron-tei-p5.sef.json'];

export function ensureSchematronBuilt(): void {
  const newest = Math.max(...sources.map((s) => statSync(join(repoRoot, s)).mtimeMs));
  const stale = outputs.some((o) => !existsSync(join(repoRoot, o)) || statSync(join(repoRoot, o)).mtimeMs < newest);
  if (stale) execFileSync(process.execPath, ['scripts/compile-schematron.mjs'], { cwd: repoRoot, stdio: 'pipe' });
}
