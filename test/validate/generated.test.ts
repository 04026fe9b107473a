// The files extracted from TEI's schema and committed (a checkout has no schema beside it) match the schema in
// ../shared: xslt/schematron/tei-p5.sch (TEI's Schematron) and src/validate/tei/attributeTypes.ts (pointer and
// date attributes). When this fails after a TEI upgrade, run the two scripts named in the files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot, teiAllRng } from '../helpers.js';

test.each([
  ['scripts/extract-schematron.mjs', 'xslt/schematron/tei-p5.sch'],
  ['scripts/extract-attribute-types.mjs', 'src/validate/tei/attributeTypes.ts'],
])('%s output is current', (script, committed) => {
  const out = join(mkdtempSync(join(tmpdir(), 'teikit-extract-')), 'out');
  execFileSync(process.execPath, [script, teiAllRng, out], { cwd: repoRoot, stdio: 'pipe' });
  expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(repoRoot, committed), 'utf8'));
});

test("the extracted Schematron keeps all of TEI's patterns", () => {
  const sch = readFileSync(join(repoRoot, 'xslt/schematron/tei-p5.sch'), 'utf8');
  const rng = readFileSync(teiAllRng, 'utf8');
  const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
  expect(count(sch, /<pattern /g)).toBe(count(rng, /<(sch:)?pattern xmlns="http:\/\/purl\.oclc\.org\/dsdl\/schematron"|<sch:pattern[\s>]/g));
  expect(count(sch, /<(assert|report) /g)).toBe(count(rng, /<(sch:)?(assert|report) /g));
});
