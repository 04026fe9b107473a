// Each edition rule has a folder in test/fixtures/validate/<rule-id>/: fail.xml with the exact diagnostics the
// rules give it (expected.json: rule, severity, line, column, message), and pass.xml with none at all.
// Regenerate expected.json with UPDATE_FIXTURES=1 (then read the diff: it is the review).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinRules } from '../../src/validate/rules/index.js';
import { validate } from '../../src/validate/validate.js';
import { repoRoot } from '../helpers.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'validate');
const update = process.env.UPDATE_FIXTURES === '1';
const ruleIds = builtinRules.map((r) => r.id);

function diagnosticsOf(path: string, file: string) {
  return validate(readFileSync(path, 'utf8'), { file }).map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }));
}

test('every rule has its fixtures, and every fixture folder is a rule', () => {
  const folders = readdirSync(fixtures, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('schematron'))
    .map((e) => e.name);
  expect(folders.sort()).toEqual([...ruleIds].sort());
});

describe.each(ruleIds)('%s', (id) => {
  const dir = join(fixtures, id);

  test('fail.xml gives exactly the expected diagnostics', () => {
    const actual = diagnosticsOf(join(dir, 'fail.xml'), 'fail.xml');
    const expectedPath = join(dir, 'expected.json');
    if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    expect(actual.some((d) => d.ruleId === id)).toBe(true);
  });

  test('pass.xml gives no diagnostics', () => {
    expect(diagnosticsOf(join(dir, 'pass.xml'), 'pass.xml')).toEqual([]);
  });
});
