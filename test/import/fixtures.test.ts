// Whole-output fixtures of the importer: test/fixtures/import/<case>/{input.txt, options.json, expected.xml}.
// input-path.txt instead of input.txt names a shared file (the seed). A change in the output shows up as a diff of
// expected.xml in review. Regenerate with UPDATE_FIXTURES=1 npx vitest run test/import.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readEdition, validate, writeTei } from '../../src/index.js';
import { importTranscriptionWithTrace, type ImportOptions } from '../../src/import/index.js';
import { repoRoot } from '../helpers.js';
import { importFixtures, nothingLostProblems } from './support.js';

const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(importFixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe.each(cases)('%s', (name) => {
  const dir = join(importFixtures, name);
  const pathFile = join(dir, 'input-path.txt');
  const inputPath = existsSync(pathFile) ? join(repoRoot, readFileSync(pathFile, 'utf8').trim()) : join(dir, 'input.txt');
  const input = readFileSync(inputPath, 'utf8');
  const optionsPath = join(dir, 'options.json');
  const options = (existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {}) as ImportOptions;
  const result = importTranscriptionWithTrace(input, { file: `${name}/input.txt`, ...options });
  const output = writeTei(result.edition, { pretty: true });

  test('expected.xml', () => {
    const path = join(dir, 'expected.xml');
    if (update) writeFileSync(path, output);
    expect(existsSync(path), `${name}/expected.xml is missing: run UPDATE_FIXTURES=1 npx vitest run test/import and review it`).toBe(true);
    expect(output).toBe(readFileSync(path, 'utf8'));
  });

  test('the same input gives the same output, and the output reads back to itself', () => {
    expect(writeTei(importTranscriptionWithTrace(input, { file: `${name}/input.txt`, ...options }).edition, { pretty: true })).toBe(output);
    expect(writeTei(readEdition(output), { pretty: true })).toBe(output);
  });

  test('valid against tei_all, no errors from the edition rules', () => {
    const diagnostics = validate({ text: output, file: `${name}/expected.xml` }, { schema: 'tei_all' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('nothing lost', () => {
    expect(nothingLostProblems(input, result)).toEqual([]);
  });
});
