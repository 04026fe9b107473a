// Whole-output fixtures: test/fixtures/<case>/{input.xml, options.json, expected.html, expected.txt}.
// A change in rendering shows up as a diff of expected.* in review. Regenerate with UPDATE_FIXTURES=1 npm test.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toHtml, toText, type HtmlOptions, type TextOptions } from '../src/index.js';
import { editionPath, repoRoot } from './helpers.js';

const fixtures = join(repoRoot, 'test', 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(fixtures, entry.name, 'input.xml')))
  .map((entry) => entry.name);

interface FixtureOptions {
  html?: HtmlOptions | false;
  text?: TextOptions | false;
}

describe.each(cases)('%s', (name) => {
  const dir = join(fixtures, name);
  const optionsPath = join(dir, 'options.json');
  const options = (existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {}) as FixtureOptions;
  const input = readFileSync(join(dir, 'input.xml'), 'utf8');

  const check = (file: string, actual: string) => {
    const path = join(dir, file);
    if (update) writeFileSync(path, actual);
    expect(existsSync(path), `${name}/${file} is missing: run UPDATE_FIXTURES=1 npm test and review it`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  };

  // Each output is made twice: the second run must equal the first (generated ids must not depend on how many
  // documents the process has already transformed).
  const twice = (render: () => string) => {
    const first = render();
    expect(render(), 'a second run gives the same output').toBe(first);
    return first;
  };

  if (options.html !== false) {
    test('html', () => check('expected.html', twice(() => toHtml(input, { file: `${name}/input.xml`, ...options.html }))));
  }
  if (options.text !== false) {
    test('text', () => check('expected.txt', twice(() => toText(input, { file: `${name}/input.xml`, ...options.text }))));
  }
});

// The whole-edition fixtures are copies of tei/, so that a change to the edition shows in their expected output too.
test.each(cases.filter((name) => name.startsWith('darusenkov')))('%s/input.xml is the shipped edition', (name) => {
  expect(readFileSync(join(fixtures, name, 'input.xml'), 'utf8')).toBe(readFileSync(editionPath, 'utf8'));
});
