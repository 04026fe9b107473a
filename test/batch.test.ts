// Batches through the built CLI and runBatch: outputs mirror inputs, a bad file fails alone, corpora split into
// members, validation in workers reports what the single-process run reports.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runBatch } from '../src/batch/runBatch.js';
import { splitCorpus } from '../src/batch/splitCorpus.js';
import { createProgress } from '../src/cli/progress.js';
import { toText } from '../src/node/transform.js';
import { parseTei } from '../src/parse/parseTei.js';
import { corpusDir, editionPath, repoRoot, runCli } from './helpers.js';

const frus = join(corpusDir, 'frus-history');
const frusFiles = readdirSync(frus).filter((f) => f.endsWith('.xml')).sort();

/** A folder with two letters in a subfolder, one broken file, and a small teiCorpus of three members. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'teikit-batch-'));
  mkdirSync(join(dir, 'in', 'letters'), { recursive: true });
  const letter = (id: string, body: string) =>
    `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${id}"><teiHeader><fileDesc><titleStmt><title>${id}</title></titleStmt>` +
    `<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;
  writeFileSync(join(dir, 'in', 'letters', 'a.xml'), letter('a', '<p>Alpha text.</p>'));
  writeFileSync(join(dir, 'in', 'letters', 'b.xml'), letter('b', '<p>Beta text.</p>'));
  writeFileSync(join(dir, 'in', 'broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body><p>unclosed</body></text></TEI>');
  const corpus =
    `<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xmlns:ex="urn:example"><teiHeader><fileDesc><titleStmt><title>C</title></titleStmt>` +
    `<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n` +
    `${letter('m1', '<p ex:n="1">First member.</p>')}\n${letter('m2', '<p>Second member.</p>')}\n` +
    `<teiCorpus><teiHeader><fileDesc><titleStmt><title>Inner</title></titleStmt><publicationStmt><p>P</p></publicationStmt>` +
    `<sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>${letter('m3', '<p>Third, nested.</p>').replace(' xml:id="m3"', '')}</teiCorpus></teiCorpus>`;
  writeFileSync(join(dir, 'corpus.xml'), corpus);
  return dir;
}

describe('teikit html|text with many files', () => {
  test('outputs mirror the input folders; a broken file is reported with its position and fails the run alone', async () => {
    const dir = workspace();
    const out = join(dir, 'out');
    const { code, stderr } = await runCli(['text', 'in', '--out-dir', out, '--jobs', '2'], { cwd: dir });
    expect(code).toBe(1);
    expect(readFileSync(join(out, 'letters', 'a.txt'), 'utf8')).toContain('Alpha text.');
    expect(readFileSync(join(out, 'letters', 'b.txt'), 'utf8')).toContain('Beta text.');
    expect(existsSync(join(out, 'broken.txt'))).toBe(false);
    expect(stderr).toMatch(/^in\/broken\.xml:2:\d+: error: .*$/m);
    expect(stderr).toMatch(/^in\/letters\/a\.xml -> .*a\.txt \(\d+(\.\d)? ms\)$/m); // the plain log, not a terminal
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^3 files: 2 done, 1 failed in \d+\.\d s \([\d.]+ files\/s\)$/);
  });

  test('the batch output equals the single-file output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-batch-'));
    const { code } = await runCli(['html', editionPath, join(frus, frusFiles[0]!), '--out-dir', dir, '--fragment']);
    expect(code).toBe(0);
    const single = await runCli(['html', editionPath, '--fragment']);
    // The inputs' common folder is the one above the repository (the corpus is beside it).
    expect(readFileSync(join(dir, basename(repoRoot), 'tei', 'darusenkov-1964-10-16.html'), 'utf8')).toBe(single.stdout);
  });

  test('--split converts each teiCorpus member on its own, named by xml:id or number', async () => {
    const dir = workspace();
    const { code, stderr } = await runCli(['text', 'corpus.xml', '--split', '--out-dir', 'out'], { cwd: dir });
    expect({ code, last: stderr.trim().split('\n').at(-1) }).toMatchObject({ code: 0, last: expect.stringMatching(/^3 files: 3 done, 0 failed/) });
    expect(readdirSync(join(dir, 'out', 'corpus')).sort()).toEqual(['3.txt', 'm1.txt', 'm2.txt']);
    expect(readFileSync(join(dir, 'out', 'corpus', '3.txt'), 'utf8')).toContain('Third, nested.');
  });

  test('misuse: several inputs without --out-dir, -o with --out-dir, a bad --jobs', async () => {
    const dir = workspace();
    for (const args of [
      ['html', 'in/letters/a.xml', 'in/letters/b.xml'],
      ['html', 'in'],
      ['html', 'in/letters/a.xml', '-o', 'x.html', '--out-dir', 'out'],
      ['text', 'in', '--out-dir', 'out', '--jobs', '0'],
    ]) {
      const { code, stderr } = await runCli(args, { cwd: dir });
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(stderr).toMatch(/^teikit: /);
    }
  });
});

describe('teikit validate with many files', () => {
  test('workers report exactly what one process reports, in input order', async () => {
    const files = frusFiles.slice(0, 4).map((f) => relative(repoRoot, join(frus, f)));
    const pooled = await runCli(['validate', ...files, '--jobs', '2', '--format', 'json']);
    const separate = await Promise.all(files.map((f) => runCli(['validate', f, '--format', 'json'])));
    const reports = (text: string) => (JSON.parse(text) as { files: unknown[] }).files;
    expect(reports(pooled.stdout)).toEqual(separate.flatMap((r) => reports(r.stdout)));
    expect(pooled.code).toBe(separate.some((r) => r.code === 1) ? 1 : 0);
  });
});

describe('runBatch and splitCorpus', () => {
  test('results in input order, with sizes, and failures as data', async () => {
    const dir = workspace();
    const files = ['in/letters/b.xml', 'in/broken.xml', 'in/letters/a.xml'].map((f) => join(dir, f));
    const seen: number[] = [];
    const summary = await runBatch({ command: 'text', files, outDir: join(dir, 'out'), jobs: 2, onResult: (_r, done) => seen.push(done) });
    expect(summary).toMatchObject({ total: 3, succeeded: 2, failed: 1 });
    expect(summary.results.map((r) => [r.file, r.ok])).toEqual([[files[0], true], [files[1], false], [files[2], true]]);
    expect(summary.results[1]).toMatchObject({ ok: false, failure: { kind: 'parse', file: files[1], line: 2 } });
    expect(seen).toEqual([1, 2, 3]);
    const missing = await runBatch({ command: 'text', files: [join(dir, 'missing.xml')], outDir: join(dir, 'out'), jobs: 1 });
    expect(missing.results[0]).toMatchObject({ ok: false, failure: { kind: 'input', message: expect.stringMatching(/^no such file/) } });
    expect(readFileSync(join(dir, 'out', 'letters', 'b.txt'), 'utf8')).toBe(toText({ text: readFileSync(files[0]!, 'utf8'), file: files[0]! }));
  });

  test('members are standalone documents with the namespaces they inherited, byte for byte otherwise', () => {
    const corpus = readFileSync(join(workspace(), 'corpus.xml'), 'utf8');
    const members = splitCorpus(corpus, 'corpus.xml');
    expect(members.map((m) => [m.index, m.id, m.line])).toEqual([[1, 'm1', 2], [2, 'm2', 3], [3, undefined, 4]]);
    expect(members[0]!.text.startsWith('<TEI xmlns:ex="urn:example" xmlns="http://www.tei-c.org/ns/1.0" xml:id="m1">')).toBe(true);
    for (const member of members) expect(() => parseTei(member.text)).not.toThrow();
    expect(() => splitCorpus(readFileSync(editionPath, 'utf8'), 'e.xml')).toThrow(/--split needs a teiCorpus; the root element is <TEI>/);
  });

  test('the large I.Sicily corpus splits into its 1,005 documents', () => {
    const members = splitCorpus(readFileSync(join(corpusDir, 'large', 'isicily-teiCorpus.xml'), 'utf8'));
    expect(members).toHaveLength(1005);
    expect(members.every((m) => m.text.startsWith('<TEI') && m.text.endsWith('</TEI>'))).toBe(true);
  });
});

describe('progress on standard error', () => {
  test('a terminal gets a bar redrawn in place (done, rate, ETA), failures on their own lines', () => {
    let written = '';
    let clock = 0;
    const progress = createProgress({ write: (t: string) => (written += t), isTTY: true }, { now: () => clock });
    clock = 1000;
    progress.update({ ok: true, file: 'a.xml', bytesIn: 1, bytesOut: 1, ms: 5 }, 1, 4);
    clock = 2000;
    progress.update({ ok: false, file: 'b.xml', failure: { message: 'bad', file: 'b.xml', line: 2, column: 3, kind: 'parse' }, ms: 1 }, 2, 4);
    progress.finish();
    expect(written).toBe(
      '[######------------------] 1/4  1.0 files/s  ETA 3s' +
        '\r\x1b[K' + 'b.xml:2:3: error: bad\n' +
        '[############------------] 2/4  1.0 files/s  ETA 2s' +
        '\r\x1b[K',
    );
  });
});
