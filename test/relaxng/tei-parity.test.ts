// Verdict parity with jing, one case per schema: every file of a case gets jing's verdict, and for invalid ones the
// first error is on jing's line (jing reports at the end of a tag, teikit from its start: jing's line must fall in
// teikit's span). The cases:
// - tei_all: every file of the shared corpus (large/ and sga/ included), the shipped edition, and the crafted
//   documents in test/fixtures/relaxng/tei/;
// - the Shelley-Godwin Archive's page schema (an ODD-generated project schema whose start is `surface`): the 93 page
//   files of the notebook, which name it in their `<?xml-model?>`.
//
// jing's verdicts are recorded per case in a TSV (test/fixtures/relaxng/jing-verdicts*.tsv) with each file's
// SHA-256, so that the test runs without jing; when jing is installed (CI installs it) it is run again and must still
// agree with the record, so the record cannot go stale silently.
// Regenerate them with: TEIKIT_UPDATE_FIXTURES=1 npx vitest run test/relaxng/tei-parity.test.ts
//
// XInclude: jing (as Debian runs it, with Xerces' XInclude) validates a document with its inclusions, and names the
// included document and its line for an error there; the TSV keeps that document in first_error_in. teikit does the
// same (its includes stay inside a root folder: for corpus files the corpus, since the notebook includes a sibling
// folder). (The notebook's SHA-256 covers the notebook only; its pages have rows of their own.)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Schema, SchemaDiagnostic } from '../../src/validate/relaxng/index.js';
import { compileSchemaFile, validateFileAgainstSchema } from '../../src/validate/relaxng/node.js';
import { corpusDir, corpusFiles, editionPath, repoRoot, teiAllRng } from '../helpers.js';
import { hasJing, runJing, sgaPageRng, sgaPagesDir, sgaPageVerdictsFile, sha256, teiAll, teiFixturesDir, verdictsFile, type JingError } from './helpers.js';

/** The folder includes may not leave: the corpus for its files (jing reads anything), else the file's folder. */
const includeRoot = (path: string) => (path.startsWith(corpusDir) ? corpusDir : dirname(path));

interface Verdict {
  file: string;
  sha256: string;
  errors: number;
  firstLine: number;
  /** The document jing's first error is in when it is another one (included by XInclude), as a key; else ''. */
  firstIn: string;
  firstMessage: string;
}

interface ParityCase {
  /** What the files are checked against, as the tests' titles say it. */
  name: string;
  /** The `.rng` jing reads. */
  rng: string;
  /** teikit's compiled schema. */
  schema: () => Schema;
  files: string[];
  /** Where jing's verdicts are recorded. */
  verdicts: string;
  /** Files edited by others, whose record may lag: jing run live is the reference then. */
  mutable?: (path: string) => boolean;
  /** Files that get a jing run (one JVM start) each. */
  alone?: (path: string) => boolean;
}

const update = process.env.TEIKIT_UPDATE_FIXTURES === '1';
const key = (path: string) => relative(repoRoot, path);
const COLUMNS = 'file\tsha256\tjing_errors\tfirst_error_line\tfirst_error_in\tfirst_error';

const crafted = readdirSync(teiFixturesDir)
  .filter((f) => f.endsWith('.xml'))
  .sort()
  .map((f) => join(teiFixturesDir, f));

const cases: ParityCase[] = [
  {
    name: 'tei_all',
    rng: teiAllRng,
    schema: teiAll,
    files: [...corpusFiles({ large: true }).map((f) => join(corpusDir, f)), editionPath, ...crafted],
    verdicts: verdictsFile,
    mutable: (path) => path === editionPath,
    alone: (path) => path.includes(join('corpus', 'large')),
  },
  {
    name: 'the Shelley-Godwin page schema',
    rng: sgaPageRng,
    schema: () => compileSchemaFile(sgaPageRng),
    files: readdirSync(sgaPagesDir)
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((f) => join(sgaPagesDir, f)),
    verdicts: sgaPageVerdictsFile,
  },
];

function readVerdicts(path: string): Map<string, Verdict> {
  const recorded = new Map<string, Verdict>();
  if (!existsSync(path)) return recorded;
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  // By column name, so that a record written before first_error_in existed still reads.
  const columns = header!.split('\t');
  for (const line of lines) {
    if (!line.trim()) continue;
    const fields = line.split('\t');
    const field = (column: string) => fields[columns.indexOf(column)] ?? '';
    const file = field('file');
    recorded.set(file, {
      file,
      sha256: field('sha256'),
      errors: Number(field('jing_errors')),
      firstLine: Number(field('first_error_line')),
      firstIn: field('first_error_in'),
      firstMessage: field('first_error'),
    });
  }
  return recorded;
}

/**
 * Does teikit's message say what jing's says? teikit cuts lists after ten names ("(and 18 more)"), and the record
 * keeps the first 200 characters of jing's: the two must agree as far as both go. Two known differences
 * (src/validate/relaxng/README.md): the alternatives of an invalid value ("must be a year, must be an ISO date or
 * ...") come in an order of jing's hashing, so they are compared as sets; and a failed XInclude without fallback is a
 * fatal error of Xerces in jing, in Xerces' words.
 */
function sameWording(teikit: string, jing: string): boolean {
  const recorded = jing.replace(/\s+/g, ' ').slice(0, 200);
  const truncated = recorded.length === 200;
  if (/and the xi:include has no xi:fallback$/.test(teikit)) return /^An 'include' failed, and no 'fallback' element was found\./.test(recorded);
  const [teikitHead, teikitTail = ''] = splitOnce(teikit, '; ');
  const [jingHead, jingTail = ''] = splitOnce(recorded, '; ');
  if (teikitHead === jingHead && teikitTail.startsWith('must be ') && jingTail.startsWith('must be ')) {
    const alternatives = (tail: string) => tail.slice('must be '.length).split(/, must be | or must be /);
    const said = new Set(alternatives(teikitTail));
    const heard = alternatives(jingTail);
    const cut = truncated ? heard.pop()! : undefined; // the record cut the last one short
    return heard.every((a) => said.has(a)) && (cut === undefined ? heard.length === said.size : [...said].some((a) => a.startsWith(cut)));
  }
  const cut = teikit.indexOf(' (and ');
  const said = cut === -1 ? teikit : teikit.slice(0, cut);
  if (cut === -1 && !truncated) return said === recorded;
  return said.length <= recorded.length ? recorded.startsWith(said) : said.startsWith(recorded);
}

const splitOnce = (s: string, separator: string): [string, string?] => {
  const at = s.indexOf(separator);
  return at === -1 ? [s] : [s.slice(0, at), s.slice(at + separator.length)];
};

function writeVerdicts(path: string, rows: Verdict[]): void {
  const lines = [COLUMNS];
  for (const v of rows) lines.push([v.file, v.sha256, v.errors, v.firstLine, v.firstIn, v.firstMessage.replace(/\s+/g, ' ').slice(0, 200)].join('\t'));
  writeFileSync(path, lines.join('\n') + '\n');
}

test('the crafted documents are at least 30, valid and invalid', () => {
  const names = crafted.map((f) => f.slice(teiFixturesDir.length + 1));
  expect(names.length).toBeGreaterThanOrEqual(30);
  expect(names.filter((f) => f.startsWith('valid-')).length).toBeGreaterThanOrEqual(10);
  expect(names.filter((f) => f.startsWith('invalid-')).length).toBeGreaterThanOrEqual(15);
});

test('the Shelley-Godwin case has the notebook\'s 93 pages, and tei_all has the notebook and the pages too', () => {
  expect(cases[1]!.files).toHaveLength(93);
  const teiAllFiles = new Set(cases[0]!.files);
  for (const page of cases[1]!.files) expect(teiAllFiles.has(page), key(page)).toBe(true);
  expect(cases[0]!.files.some((f) => f.endsWith(join('ox', 'ox-ms_shelley_e1.xml')))).toBe(true);
});

describe.each(cases)('same verdict as jing against $name', (c) => {
  const recorded = readVerdicts(c.verdicts);
  const fresh = new Map<string, Verdict>();
  const mutable = c.mutable ?? (() => false);
  let schema: Schema | undefined;
  let live: Map<string, JingError[]> | undefined;

  // jing runs once for the files that share a run and once for each file that needs its own (one JVM start per run).
  beforeAll(async () => {
    if (!hasJing) return;
    const alone = c.alone ?? (() => false);
    const runs = [c.files.filter((f) => !alone(f)), ...c.files.filter(alone).map((f) => [f])];
    live = new Map();
    for (const result of await Promise.all(runs.map((batch) => runJing(c.rng, batch)))) {
      const schemaErrors = result.get('') ?? [];
      if (schemaErrors.length > 0) throw new Error(`jing refuses ${c.rng}: ${schemaErrors[0]!.message}`);
      for (const [file, errors] of result) if (file) live.set(file, errors);
    }
  }, 600_000);

  afterAll(() => {
    if (!update) return;
    writeVerdicts(
      c.verdicts,
      c.files.map((f) => fresh.get(key(f)) ?? recorded.get(key(f))).filter((v): v is Verdict => !!v),
    );
  });

  test.each(c.files.map((f) => [key(f), f]))('%s', { timeout: 300_000 }, (name, path) => {
    const hash = sha256(path);
    let verdict = recorded.get(name);
    const changing = mutable(path);
    if (changing && verdict && verdict.sha256 !== hash) {
      if (!live) {
        console.warn(`${name} changed since jing's verdict was recorded and jing is not installed: parity not checked (TEIKIT_UPDATE_FIXTURES=1 with jing)`);
        return;
      }
      verdict = undefined;
    }
    if (live) {
      const errors = live.get(path)!;
      const first = errors[0];
      const now: Verdict = {
        file: name,
        sha256: hash,
        errors: errors.length,
        firstLine: first?.line ?? 0,
        firstIn: first?.file ? key(first.file) : '',
        firstMessage: first?.message ?? '',
      };
      if (update) fresh.set(name, now);
      else if (verdict && !changing) {
        expect(verdict.sha256, `${name} changed since jing's verdict was recorded: TEIKIT_UPDATE_FIXTURES=1`).toBe(hash);
        expect({ errors: now.errors > 0, firstLine: now.firstLine, firstIn: now.firstIn }, 'the recorded verdict is stale: TEIKIT_UPDATE_FIXTURES=1').toEqual({
          errors: verdict.errors > 0,
          firstLine: verdict.firstLine,
          firstIn: verdict.firstIn,
        });
      }
      verdict = now;
    }
    expect(verdict, `no recorded jing verdict for ${name}: install jing and run with TEIKIT_UPDATE_FIXTURES=1`).toBeDefined();
    if (!changing) expect(verdict!.sha256, `${name} changed since jing's verdict was recorded`).toBe(hash);

    const diagnostics: SchemaDiagnostic[] = validateFileAgainstSchema(path, { schema: (schema ??= c.schema()), xincludeRoot: includeRoot(path) });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (verdict!.errors === 0) {
      expect(errors.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
      return;
    }
    expect(errors.length, `jing: ${verdict!.firstIn || name}:${verdict!.firstLine}: ${verdict!.firstMessage}`).toBeGreaterThan(0);
    const first = errors[0]!;
    const span = `${first.line}-${first.endLine}: ${first.message}`;
    // jing reports an error in included content in the included document; so does teikit.
    expect(first.file === path ? '' : key(resolve(first.file)), `${span}; jing: ${verdict!.firstIn || name}:${verdict!.firstLine}`).toBe(verdict!.firstIn);
    expect(verdict!.firstLine, span).toBeGreaterThanOrEqual(first.line);
    expect(verdict!.firstLine, span).toBeLessThanOrEqual(first.endLine ?? first.line);
    expect(sameWording(first.message, verdict!.firstMessage), `teikit: ${first.message}\njing:   ${verdict!.firstMessage}`).toBe(true);
  });

  test('every recorded file still exists', () => {
    for (const name of recorded.keys()) expect(existsSync(resolve(repoRoot, name)), name).toBe(true);
  });
});
