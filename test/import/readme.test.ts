// The README's import example is examples/import-transcription.mjs, and prints what the README says (needs dist).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from '../helpers.js';

test('README "Import transcriptions": the example runs and prints what is shown', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Import transcriptions'));
  const [, code, printed] = /```js\n([\s\S]*?)\n```\nprints\n```\n([\s\S]*?)\n```/.exec(section)!;
  const example = join(repoRoot, 'examples', 'import-transcription.mjs');
  expect(readFileSync(example, 'utf8').trimEnd()).toBe(code);
  expect(execFileSync(process.execPath, [example], { cwd: repoRoot, encoding: 'utf8' }).trimEnd()).toBe(printed);
});
