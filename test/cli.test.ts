// Runs the built CLI (dist/cli/bin.js) as users do; `npm test` builds first.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusDir, repoRoot, runCli } from './helpers.js';

const teikit = (args: string[], input?: string) => runCli(args, { input });

describe('teikit CLI', () => {
  test('--version prints the package version', async () => {
    const { version } = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(repoRoot, 'package.json'), 'utf8')));
    expect(await teikit(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('--help lists the commands', async () => {
    const { code, stdout } = await teikit(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: teikit <command> \[options\]/);
    expect(stdout).toMatch(/^ {2}info {2}/m);
  });

  test('an unknown command prints usage and exits 2', async () => {
    const { code, stdout, stderr } = await teikit(['frobnicate']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^teikit: unknown command "frobnicate"\n\nUsage: teikit/);
  });

  test('an unknown option exits 2 with the command usage', async () => {
    const { code, stderr } = await teikit(['info', '--jsn', 'x.xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--jsn'.*usage: teikit info <file\|-> \[--json\]/);
  });

  test('a missing argument exits 2', async () => {
    const { code, stderr } = await teikit(['info']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing argument: usage: teikit info/);
  });

  test('info on a corpus letter', async () => {
    const file = join(corpusDir, 'schnitzler-briefe', 'L02773.xml');
    const { code, stdout, stderr } = await teikit(['info', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        file,
        '  title       Arthur Schnitzler: Briefwechsel mit Autorinnen und Autoren',
        '  dates       2023',
        '  languages   de-AT (German)',
        '  texts       1: text',
        '  hands       1: (no id) (0 uses)',
        '  gaps        0',
        '  notes       4: commentary 4',
        '  marginalia  0',
        '  pages       3',
        '  names       persName 4, placeName 37, orgName 2',
        '  registers   person 4, place 4, org 2',
        '  facsimile   2 images',
        '',
      ].join('\n'),
    );
  });

  test('info on the shipped edition, the README\'s main job', async () => {
    const { code, stdout } = await teikit(['info', 'tei/darusenkov-1964-10-16.xml']);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'tei/darusenkov-1964-10-16.xml',
        '  title       From the Diary of O. T. Darusenkov, Record of a Conversation with Cuban Minister of Industry, Ernesto Guevara, 16 October 1964',
        '  dates       1964-10-16 (conversation), 1964-10-27 (record)',
        '  languages   ru (Russian), en (English)',
        '  texts       2: ru original, en translation',
        '  hands       3: h-typescript "The typed record (typescript) of the First Secretary of t..." (1 use); h-kalinin "Handwritten note at the bottom of the first page by A. Ka..." (2 uses); h-archivist "Handwritten note to the left by an unidentified archivist..." (1 use)',
        '  gaps        5: faded 4, illegible 1',
        '  notes       8: editorial 3, marginal 3, translator 2',
        '  marginalia  3',
        '  pages       2',
        '  names       persName 65, placeName 44, orgName 18',
        '  registers   person 9, place 5, org 11',
        '',
      ].join('\n'),
    );
  });

  test('info on a teiCorpus counts its members', async () => {
    const { code, stdout } = await teikit(['info', join(corpusDir, 'tei-stylesheets', 'testCorpus1.xml'), '--json']);
    expect(code).toBe(0);
    const info = JSON.parse(stdout);
    expect([info.root, info.members, info.title]).toEqual(['teiCorpus', 2, 'title of corpus']);
  });

  test('info --json reads stdin with -', async () => {
    const tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>a<gap reason="faded"/></p></body></text></TEI>';
    const { code, stdout } = await teikit(['info', '-', '--json'], tei);
    expect(code).toBe(0);
    const info = JSON.parse(stdout);
    expect(info.file).toBe('<stdin>');
    expect(info.gaps).toEqual({ total: 1, byReason: { faded: 1 } });
  });

  test('malformed input: file:line:column, a code frame, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-cli-'));
    const file = join(dir, 'broken.xml');
    writeFileSync(file, '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <p>a</q>\n</TEI>\n');
    const { code, stdout, stderr } = await teikit(['info', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        `${file}:2:7: error: not well-formed: Opening and ending tag mismatch: "p" != "q"`,
        '  1 | <TEI xmlns="http://www.tei-c.org/ns/1.0">',
        '> 2 |   <p>a</q>',
        '    |       ^',
        '  3 | </TEI>',
        '',
      ].join('\n'),
    );
  });

  test('a missing file exits 1 and names it', async () => {
    const { code, stderr } = await teikit(['info', 'no/such/file.xml']);
    expect(code).toBe(1);
    expect(stderr).toBe('no/such/file.xml: error: no such file: no/such/file.xml\n');
  });
});
