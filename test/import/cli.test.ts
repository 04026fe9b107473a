// `teikit import`: in process through main(), and once as users run it, the built CLI in a child process.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { builtCli, repoRoot, seedPath } from '../helpers.js';
import { importFixtures } from './support.js';

async function teikit(args: string[], stdin: string | Uint8Array = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: (async function* () {
      yield typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
    })(),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const temporary = () => mkdtempSync(join(tmpdir(), 'teikit-import-'));

describe('teikit import', () => {
  test('a record to TEI on standard output, the review items on standard error', async () => {
    const input = join(importFixtures, 'no-header', 'input.txt');
    const { code, stdout, stderr } = await teikit(['import', input]);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(importFixtures, 'no-header', 'expected.xml'), 'utf8'));
    expect(stderr.split('\n')[1]).toBe(`${input}:1:37: review: unbalanced "[": no matching bracket in this paragraph; kept as text`);
  });

  test('-o writes the file; --conventions extends the shipped conventions; --date dates the revision', async () => {
    const dir = temporary();
    const fixture = join(importFixtures, 'ukrainian-pages');
    const options = JSON.parse(readFileSync(join(fixture, 'options.json'), 'utf8'));
    writeFileSync(join(dir, 'conventions.json'), JSON.stringify(options.conventions));
    const out = join(dir, 'out.xml');
    const args = ['import', join(fixture, 'input.txt'), '-o', out, '--conventions', join(dir, 'conventions.json'), '--date', options.date];
    expect(await teikit(args)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(fixture, 'expected.xml'), 'utf8'));
  });

  test('- reads standard input (CRLF, BOM)', async () => {
    const fixture = join(importFixtures, 'german-crlf-bom');
    const { code, stdout } = await teikit(['import', '-'], readFileSync(join(fixture, 'input.txt')));
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(fixture, 'expected.xml'), 'utf8'));
  });

  test('an empty file and a binary file exit 1 with file:line:column', async () => {
    const dir = temporary();
    writeFileSync(join(dir, 'empty.txt'), '\n');
    writeFileSync(join(dir, 'scan.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect(await teikit(['import', join(dir, 'empty.txt')])).toEqual({ code: 1, stdout: '', stderr: `${join(dir, 'empty.txt')}:1:1: error: the transcription is empty\n` });
    const binary = await teikit(['import', join(dir, 'scan.png')]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/scan\.png:1:1: error: not a text file \(UTF-8 or UTF-16 with a byte-order mark\): invalid UTF-8 byte 0x89/);
  });

  test('a malformed conventions file exits 1 and points at it', async () => {
    const dir = temporary();
    writeFileSync(join(dir, 'bad.json'), '{\n  "brackets": [\n    { "name": "x", }\n  ]\n}\n');
    writeFileSync(join(dir, 'regex.json'), '{ "brackets": [{ "name": "x", "match": "(", "element": "gap" }] }');
    const syntax = await teikit(['import', seedPath, '--conventions', join(dir, 'bad.json')]);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toMatch(/bad\.json:3:20: error: the conventions file is not JSON/);
    const regex = await teikit(['import', seedPath, '--conventions', join(dir, 'regex.json')]);
    expect(regex.code).toBe(1);
    expect(regex.stderr).toMatch(/regex\.json: error: conventions: brackets\[0\]: invalid regular expression/);
  });

  test('usage errors exit 2', async () => {
    expect((await teikit(['import'])).code).toBe(2);
    expect((await teikit(['import', 'a.txt', 'b.txt'])).code).toBe(2);
    expect((await teikit(['import', seedPath, '--date', 'yesterday'])).stderr).toMatch(/date must be a W3C date/);
  });

  test('the built CLI imports the seed', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [builtCli, 'import', seedPath], { cwd: repoRoot, timeout: 60_000 });
    // One review item: the Russian line taken as the original of a marginal note.
    expect(stderr).toBe(`${seedPath}:50:1: review: the short line at the foot of page 1, inside a sentence, is taken as the original of the translation's marginal note "Handwritten note at the bottom of the first page" (line 105): check the reading\n`);
    expect(stdout).toBe(readFileSync(join(importFixtures, 'darusenkov', 'expected.xml'), 'utf8'));
  });
});
