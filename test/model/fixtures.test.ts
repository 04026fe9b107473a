// Whole-output fixtures: test/fixtures/model/<case>/input.xml, optional options.json (writeTei options) and
// expected.xml. Regenerate the expected outputs with UPDATE_FIXTURES=1 npx vitest run test/model/fixtures.test.ts
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readEdition } from '../../src/model/readEdition.js';
import { writeTei, type WriteOptions } from '../../src/serialize/writeTei.js';
import { readText, repoRoot } from '../helpers.js';
import { canonicalize } from './c14n.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'model');
const update = process.env.UPDATE_FIXTURES === '1';

describe('model fixtures', () => {
  test.each(readdirSync(fixtures).sort())('%s', (name) => {
    const dir = join(fixtures, name);
    const input = readText(join(dir, 'input.xml'));
    const optionsFile = join(dir, 'options.json');
    const options = (existsSync(optionsFile) ? JSON.parse(readText(optionsFile)) : {}) as WriteOptions;
    const output = writeTei(readEdition(input, { file: `${name}/input.xml` }), options);
    const expectedFile = join(dir, 'expected.xml');
    if (update) writeFileSync(expectedFile, output);
    expect(output).toBe(readText(expectedFile));
    if (options.pretty) {
      // Idempotent, and only layout whitespace of element-only content changed.
      expect(writeTei(readEdition(output), options)).toBe(output);
      expect(canonicalize(output, { ignoreLayout: true })).toBe(canonicalize(input, { ignoreLayout: true }));
    } else {
      expect(canonicalize(output)).toBe(canonicalize(input));
    }
  });
});
