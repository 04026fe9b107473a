// Property-based fuzzing (fast-check): shared corpus files mutated (byte flips, truncation, tag deletion, attribute
// and markup injection) go through every entry point, which must return a result or throw a typed TeiError; the
// test's time limit bounds each run. `npm test` runs a few cases per entry point; `npm run fuzz` runs many
// (FUZZ_RUNS, default 500), and FUZZ_SEED replays a failure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitCorpus } from '../src/batch/splitCorpus.js';
import { TeiError } from '../src/errors.js';
import { readEdition, writeTei } from '../src/model/index.js';
import { toHtml, toText } from '../src/node/transform.js';
import { decodeXml } from '../src/parse/decode.js';
import { parseTei } from '../src/parse/parseTei.js';
import { loadSchema } from '../src/validate/relaxng/node.js';
import { validateAgainstSchema } from '../src/validate/relaxng/validate.js';
import { validate } from '../src/validate/node.js';
import { corpusDir, editionPath } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

const seeds = [
  editionPath,
  join(corpusDir, 'frus-history', '1957-03-21-kennan-to-leopold.xml'),
  join(corpusDir, 'isicily', 'ISic000017.xml'),
].map((path) => readFileSync(path));

const injections = [
  ' onload="alert(1)"', ' xml:id="dup"', ' target="javascript:alert(1)"', ' ref="#nowhere"', ' when="2024-13-45"',
  ' a="<"', ' b=\'&amp;&lt;\'', ' xmlns:x="urn:x" x:y="z"', ' xmlns=""', ' xml:lang="\u0000"',
];
const markup = ['<!DOCTYPE TEI [<!ENTITY a "b">]>', '&a;', '&#0;', '&#xD800;', ']]>', '<![CDATA[<x>]]>', '<?pi x?>', '<!-- -- -->', '<', '&', '\uFEFF', '\u0085', '<gap/>', '<note>n</note>', '</p>'];

/** One mutation of a seed file, described so that a failure shows what was done. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip'), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-tag'), at: fc.nat() }),
  fc.record({ kind: fc.constant('inject-attribute'), at: fc.nat(), value: fc.constantFrom(...injections) }),
  fc.record({ kind: fc.constant('inject-markup'), at: fc.nat(), value: fc.constantFrom(...markup) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Buffer, mutations: Mutation[]): Buffer {
  let out: Buffer = Buffer.from(bytes);
  for (const m of mutations) {
    const at = m.at % Math.max(out.length, 1);
    const text = () => out.toString('latin1');
    switch (m.kind) {
      case 'flip':
        if (out.length) out[at] = m.value;
        break;
      case 'truncate':
        out = out.subarray(0, at);
        break;
      case 'delete-tag': {
        const start = text().indexOf('<', at);
        const end = start < 0 ? -1 : text().indexOf('>', start);
        if (end > 0) out = Buffer.concat([out.subarray(0, start), out.subarray(end + 1)]);
        break;
      }
      case 'inject-attribute': {
        const tag = /<[A-Za-z][\w:.-]*/g;
        tag.lastIndex = at;
        const match = tag.exec(text());
        if (match) out = insert(out, match.index + match[0].length, m.value);
        break;
      }
      case 'inject-markup':
        out = insert(out, at, m.value);
        break;
    }
  }
  return out;
}

function insert(bytes: Buffer, at: number, value: string): Buffer {
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(value, 'utf8'), bytes.subarray(at)]);
}

const input = fc.record({ seed: fc.nat({ max: seeds.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });

/** Result or typed error: anything else (TypeError, RangeError, a silent undefined) fails the property. */
function resultOrTeiError(run: () => unknown): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (error instanceof TeiError) {
      expect(error.message.length).toBeGreaterThan(0);
      return;
    }
    throw error;
  }
  expect(result).toBeDefined();
}

const tei_all = loadSchema('tei_all');
const entryPoints: [string, (text: string, bytes: Buffer) => unknown][] = [
  ['decodeXml', (_text, bytes) => decodeXml(bytes, 'fuzz.xml')],
  ['parseTei', (text) => parseTei(text, { file: 'fuzz.xml' })],
  ['readEdition + writeTei', (text) => writeTei(readEdition(text, { file: 'fuzz.xml' }))],
  ['validate', (text) => validate({ text, file: 'fuzz.xml' }, { teiSchematron: false })],
  ['validateAgainstSchema', (text) => validateAgainstSchema(tei_all, text, { file: 'fuzz.xml' })],
  ['splitCorpus', (text) => splitCorpus(text, 'fuzz.xml').length],
  ['toText', (text) => toText({ text, file: 'fuzz.xml' })],
  ['toHtml', (text) => toHtml({ text, file: 'fuzz.xml' })],
];

describe('fuzzed corpus files: every entry point returns a result or a typed error', () => {
  test.each(entryPoints)('%s', (_name, entryPoint) => {
    fc.assert(
      fc.property(input, ({ seed, mutations }) => {
        const bytes = mutate(seeds[seed]!, mutations);
        // Undecodable bytes are the decoder's to refuse (typed); the rest goes on as text.
        const text = bytes.toString('utf8');
        resultOrTeiError(() => entryPoint(text, bytes));
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 600_000);
});
