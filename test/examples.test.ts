// The README cannot lie: every ```js block in it is a file in examples/ (verbatim), every example is in the README,
// and each runs against the build (`import ... from 'teikit'` resolves to this package) printing exactly the
// ```text block that follows it in the README.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './helpers.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const examplesDir = join(repoRoot, 'examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.mjs')).sort();

/** The README's fenced blocks in order: language and content. */
function fencedBlocks(markdown: string): { lang: string; content: string }[] {
  const blocks: { lang: string; content: string }[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) blocks.push({ lang: match[1]!, content: match[2]! });
  return blocks;
}

const blocks = fencedBlocks(readme);
const documented = blocks.flatMap((block, i) =>
  block.lang === 'js' ? [{ code: block.content, output: blocks[i + 1]?.lang === 'text' ? blocks[i + 1]!.content : undefined }] : [],
);

test('every js block of the README is an example file, and every example is in the README', () => {
  const files = new Map(examples.map((f) => [readFileSync(join(examplesDir, f), 'utf8'), f]));
  expect(documented.filter((d) => !files.has(d.code)).map((d) => d.code.split('\n')[0])).toEqual([]);
  const shown = new Set(documented.map((d) => d.code));
  expect(examples.filter((f) => !shown.has(readFileSync(join(examplesDir, f), 'utf8')))).toEqual([]);
});

describe('each example runs and prints what the README shows', () => {
  test.each(examples)('%s', async (file) => {
    const code = readFileSync(join(examplesDir, file), 'utf8');
    const { stdout } = await promisify(execFile)(process.execPath, [join(examplesDir, file)], { cwd: repoRoot, timeout: 120_000 });
    const expected = documented.find((d) => d.code === code)?.output;
    expect(expected, `${file}: the README shows no output block after it`).toBeDefined();
    expect(stdout).toBe(expected);
  }, 180_000);
});
