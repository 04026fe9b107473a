// Hundreds of thousands of diagnostics: 200,000 translator's notes without @resp, each beside a <gap/> without
// reason or extent, give 600,000. `teikit validate` used to end with "internal error: RangeError: Maximum call stack
// size exceeded" (diagnostics.push(...found) in the pipeline); a report over V8's 512 MB limit on one string (SARIF
// from about 230,000 such notes) ended with "RangeError: Invalid string length". Each format must now report every
// diagnostic, with exit code 1.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { validate as validateCommand } from '../../src/cli/commands/validate.js';
import { codeFrame } from '../../src/errors.js';
import { jsonChunks } from '../../src/validate/report/chunks.js';
import { formatReport, REPORT_FORMATS, type FileReport } from '../../src/validate/report/index.js';
import { validate } from '../../src/validate/validate.js';
import { builtCli, runCli } from '../helpers.js';
import { DIAGNOSTICS_PER_NOTE, manyNotesTei, writeManyNotesTei } from './manyNotes.js';

const NOTES = 200_000;
const TOTAL = NOTES * DIAGNOSTICS_PER_NOTE.total;
const SUMMARY = `0 passed, 1 failed (${NOTES * DIAGNOSTICS_PER_NOTE.error} errors, ${NOTES * DIAGNOSTICS_PER_NOTE.warning} warnings, 0 infos)`;
// One CLI run takes 12-20 s here (2 cores), up to twice that while other work runs.
const CLI_TIMEOUT = 110_000;

/** Run the built CLI with its standard output in a file (the JSON and SARIF reports are larger than runCli's buffer). */
function runCliToFile(args: string[], out: string) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolvePromise, reject) => {
    const fd = openSync(out, 'w');
    const child = spawn(process.execPath, [builtCli, ...args], { stdio: ['ignore', fd, 'pipe'], timeout: CLI_TIMEOUT });
    closeSync(fd);
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise({ code, signal, stderr }));
  });
}

/** How many times `needle` occurs in `bytes`. */
function occurrences(bytes: Buffer, needle: string): number {
  const pattern = Buffer.from(needle);
  let count = 0;
  for (let at = bytes.indexOf(pattern); at !== -1; at = bytes.indexOf(pattern, at + pattern.length)) count++;
  return count;
}

function expectNoCrash(run: { code: number | null; stderr: string }) {
  expect(run.stderr).not.toMatch(/internal error|RangeError/);
  expect(run.code).toBe(1);
}

describe(`${NOTES} notes: ${TOTAL} diagnostics`, () => {
  let file: string;
  beforeAll(() => {
    file = writeManyNotesTei(NOTES);
  });

  test('the library returns every diagnostic, in reading order', () => {
    const diagnostics = validate(manyNotesTei(NOTES), { file: 'notes.xml' });
    expect(diagnostics).toHaveLength(TOTAL);
    const byRule: Record<string, number> = {};
    for (const d of diagnostics) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
    expect(byRule).toEqual({ 'gap-reason': NOTES, 'gap-extent': NOTES, 'translator-note-resp': NOTES });
    // Paragraph i is on line i + 5: its gap, then its note.
    expect(diagnostics.slice(0, 3).map((d) => [d.line, d.ruleId])).toEqual([[6, 'gap-reason'], [6, 'gap-extent'], [6, 'translator-note-resp']]);
    expect(diagnostics.at(-1)).toMatchObject({ line: NOTES + 5, ruleId: 'translator-note-resp', xpath: `/TEI/text[1]/body[1]/p[${NOTES}]/note[1]` });
  });

  test('text, as a user runs it (TEI Schematron on): every diagnostic a line', async () => {
    const run = await runCli(['validate', file], { timeout: CLI_TIMEOUT });
    expectNoCrash(run);
    const lines = run.stdout.split('\n');
    expect(lines).toHaveLength(TOTAL + 2); // the diagnostics, the summary, and the empty string after the last newline
    expect(lines.at(-2)).toBe(SUMMARY);
    expect(lines.filter((line) => line.endsWith('[translator-note-resp]'))).toHaveLength(NOTES);
  });

  // TEI's Schematron finds nothing here and adds 6-20 s per run: the formats below go without it.
  test('json: one parsable document with every diagnostic', async () => {
    const out = join(dirname(file), 'report.json');
    const run = await runCliToFile(['validate', '--no-tei-schematron', '--format', 'json', file], out);
    expectNoCrash(run);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { files: { passed: boolean; diagnostics: unknown[] }[]; summary: Record<string, number> };
    rmSync(out);
    expect(report.files).toHaveLength(1);
    expect(report.files[0]!.passed).toBe(false);
    expect(report.files[0]!.diagnostics).toHaveLength(TOTAL);
    expect(report.summary).toEqual({ files: 1, passed: 0, failed: 1, errors: NOTES * DIAGNOSTICS_PER_NOTE.error, warnings: NOTES * DIAGNOSTICS_PER_NOTE.warning, infos: 0 });
  });

  test('sarif: a result per diagnostic (485 MB, written in pieces)', async () => {
    const out = join(dirname(file), 'report.sarif');
    const run = await runCliToFile(['validate', '--no-tei-schematron', '--format', 'sarif', file], out);
    expectNoCrash(run);
    const size = statSync(out).size;
    const bytes = readFileSync(out);
    rmSync(out);
    expect(size).toBeGreaterThan(400_000_000);
    expect(occurrences(bytes, '"ruleIndex": ')).toBe(TOTAL);
    expect(occurrences(bytes, '"level": "error"')).toBe(NOTES * 2);
    expect(bytes.subarray(0, 100).toString()).toMatch(/^\{\n {2}"\$schema": "https:\/\/json\.schemastore\.org\/sarif-2\.1\.0\.json",\n {2}"version": "2\.1\.0",/);
    expect(bytes.subarray(-40).toString()).toMatch(/\n {6}\]\n {4}\}\n {2}\]\n\}\n$/);
  });

  test('junit: every error in the failure, every warning in system-out', async () => {
    const run = await runCli(['validate', '--no-tei-schematron', '--format', 'junit', file], { timeout: CLI_TIMEOUT });
    expectNoCrash(run);
    expect(run.stdout).toContain(`<testsuites name="teikit validate" tests="1" failures="1" errors="0">`);
    expect(run.stdout).toContain(`<failure message="${NOTES * 2} errors: &lt;gap&gt; has no @reason`);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.includes(': error: '))).toHaveLength(NOTES * 2);
    expect(lines.filter((line) => line.includes(': warning: '))).toHaveLength(NOTES);
  });

  test('github: an annotation per diagnostic', async () => {
    const run = await runCli(['validate', '--no-tei-schematron', '--format', 'github', file], { timeout: CLI_TIMEOUT });
    expectNoCrash(run);
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(NOTES * 2);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(NOTES);
    expect(lines.at(-2)).toBe(SUMMARY);
  });
});

describe('the CLI writes reports a piece at a time', () => {
  // 15,000 diagnostics: reports of 2-12 MB, written in pieces of about a megabyte, never in one string.
  const notes = 5_000;
  let file: string;
  beforeAll(() => {
    file = writeManyNotesTei(notes);
  });

  test.each(REPORT_FORMATS)('%s', async (format) => {
    const writes: number[] = [];
    let stdout = '';
    const io = {
      // A terminal, so that the text report has a code frame under each diagnostic.
      stdout: { write: (text: string) => writes.push(text.length) && (stdout += text), isTTY: true },
      stderr: { write: (text: string) => (stdout += text) },
      stdin: (async function* () {})(),
    };
    const code = await validateCommand.run({ positionals: [file], values: { format, 'no-tei-schematron': true } }, io);
    expect(code).toBe(1);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.filter((length) => length > 1.1 * 2 ** 20)).toEqual([]);
    if (format === 'text') expect(stdout.split('\n').filter((line) => line.startsWith('> '))).toHaveLength(notes * DIAGNOSTICS_PER_NOTE.total);
    if (format === 'json') expect(JSON.parse(stdout).files[0].diagnostics).toHaveLength(notes * DIAGNOSTICS_PER_NOTE.total);
  });
});

describe('reports written a piece at a time are the same reports', () => {
  test('jsonChunks writes what JSON.stringify(value, null, 2) writes', () => {
    const values: unknown[] = [
      null, 1, 'a\nb "c" \u2028', [], {}, [[]], { a: [] }, [1, [2, [3, {}]], { b: undefined, c: () => 1 }],
      { files: [{ file: 'a.xml', diagnostics: [{ line: 1, expected: ['x', 'y'], related: [] }, { endLine: undefined }] }], summary: { n: 0 } },
      [undefined, Symbol('s'), NaN, true],
    ];
    for (const value of values) {
      for (const depth of [0, 1, 2, 3, 6]) expect([...jsonChunks(value, depth)].join(''), `${JSON.stringify(value)} to depth ${depth}`).toBe(JSON.stringify(value, null, 2));
    }
  });

  test('json and sarif reports are JSON.stringify-formatted', () => {
    const d = { ruleId: 'gap-reason', severity: 'error' as const, message: 'm "q"\n', file: 'a b.xml', line: 3, column: 0, xpath: '' };
    const reports: FileReport[] = [
      { file: 'a b.xml', diagnostics: [d, { ...d, expected: ['lost'], related: [{ message: 'r', file: 'a b.xml', line: 1, column: 1 }] }] },
      { file: 'empty.xml', diagnostics: [] },
    ];
    for (const format of ['json', 'sarif'] as const) {
      const report = formatReport(reports, format, { version: '1.0.0' });
      expect(report).toBe(`${JSON.stringify(JSON.parse(report), null, 2)}\n`);
    }
    for (const format of REPORT_FORMATS) expect(formatReport([], format)).toMatch(/\n$/);
  });

  test('code frames from a line table are the frames codeFrame finds by itself', () => {
    const sources = ['', '\n', 'one', 'one\n', 'one\r\ntwo\r\n', 'a\n\nb\nc\nd\ne\n\n', `${'x'.repeat(300)}\ny`];
    for (const source of sources) {
      const starts = [0];
      for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
      for (let line = 1; line <= starts.length + 3; line++) {
        for (const column of [1, 2, 150, 400]) expect(codeFrame(source, line, column, starts), JSON.stringify([source, line, column])).toBe(codeFrame(source, line, column));
      }
    }
  });
});
