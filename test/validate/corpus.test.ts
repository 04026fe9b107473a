// What validation reports on every file of the shared corpus (large/ included), recorded in one snapshot file per
// corpus file under __snapshots__/corpus/, so that any change in the rules shows in review. Real projects do have
// dangling pointers; the large teiCorpus files repeat xml:ids across their members and must say so. The edition
// rules and TEI's Schematron constraints run on every file. Long reports keep the counts per rule and the first
// 50 lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { countBySeverity, type Diagnostic } from '../../src/validate/diagnostic.js';
import { formatDiagnostic } from '../../src/validate/report/text.js';
import { teiSchematron } from '../../src/validate/schematron/node.js';
import type { Validator } from '../../src/validate/context.js';
import { validate } from '../../src/validate/validate.js';
import { corpusDir, corpusFiles } from '../helpers.js';
import { ensureSchematronBuilt } from './schematronBuild.js';

const LINES_KEPT = 50;
let validators: Validator[];

beforeAll(() => {
  ensureSchematronBuilt();
  validators = [teiSchematron()];
}, 120_000);

/** The readable record of one file's report. */
function corpusRecord(file: string, diagnostics: readonly Diagnostic[]): string {
  const counts = countBySeverity(diagnostics);
  const byRule = new Map<string, number>();
  for (const d of diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `  ${rule}: ${n}`);
  const lines = diagnostics.slice(0, LINES_KEPT).map(formatDiagnostic);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    `${file}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`,
    ...(rules.length ? ['by rule:', ...rules] : []),
    ...(diagnostics.length > LINES_KEPT ? [`first ${LINES_KEPT} of ${diagnostics.length}:`] : []),
    ...lines,
    '',
  ].join('\n');
}

describe('corpus', () => {
  test.each(corpusFiles({ large: true }))('%s', async (file) => {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const diagnostics = validate(text, { file, validators });
    await expect(corpusRecord(file, diagnostics)).toMatchFileSnapshot(join('__snapshots__', 'corpus', `${file.replace(/\//g, '__')}.txt`));
  }, 600_000);
});
