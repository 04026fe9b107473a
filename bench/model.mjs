// node bench/model.mjs [--lib path/to/index.js] [name filter...]
// Prints read/write figures of the typed model for the large corpus files (and the shipped edition): xmldom
// alone (the baseline), readEdition (parseTei + one walk to the model + the views), writeTei, writeTei pretty.
// Asserts nothing: the budget (readEdition + writeTei within 2x xmldom) is printed, not tested. Needs a build
// (npm run build) that exports readEdition and writeTei, or --lib pointing at another bundle of them.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const libIndex = args.indexOf('--lib');
const libPath = libIndex === -1 ? join(root, 'dist', 'index.js') : resolve(args[libIndex + 1]);
const filters = args.filter((_, i) => i !== libIndex && i !== libIndex + 1);
const { readEdition, writeTei, parseTei } = await import(pathToFileURL(libPath).href);
if (typeof readEdition !== 'function' || typeof writeTei !== 'function') {
  throw new Error(`${libPath} does not export readEdition and writeTei: build first (npm run build) or pass --lib`);
}

const large = join(root, '..', 'shared', 'corpus', 'large');
const files = [join(root, 'tei', 'darusenkov-1964-10-16.xml'), ...readdirSync(large).filter((f) => f.endsWith('.xml')).map((f) => join(large, f))];
const selected = filters.length ? files.filter((f) => filters.some((o) => f.includes(o))) : files;
const RUNS = 3;

const gc = globalThis.gc ?? (() => {});
/** The fastest of RUNS runs, in ms (the least disturbed by other processes), and the last result. */
function fastest(task) {
  let best = Infinity;
  let result;
  for (let i = 0; i < RUNS; i++) {
    result = undefined;
    gc();
    const started = performance.now();
    result = task();
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, result };
}

console.log(`teikit model bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log(`library: ${relative(root, libPath)}; fastest of ${RUNS} runs${globalThis.gc ? '' : ' (run with --expose-gc for steadier figures)'}\n`);
for (const file of selected) {
  const text = readFileSync(file, 'utf8');
  const mb = Buffer.byteLength(text) / 2 ** 20;
  const parsed = fastest(() => new DOMParser({ locator: true, onError() {} }).parseFromString(text, 'text/xml'));
  const xmldom = parsed.ms;
  const walk = fastest(() => readEdition(parsed.result)).ms;
  parsed.result = undefined;
  const strict = typeof parseTei === 'function' ? fastest(() => parseTei(text)).ms : undefined;
  const read = fastest(() => readEdition(text));
  const write = fastest(() => writeTei(read.result));
  const pretty = fastest(() => writeTei(read.result, { pretty: true }));
  const same = write.result === text ? 'byte-identical' : 'canonically equal (see test/model/roundtrip.test.ts)';
  const ratio = (read.ms + write.ms) / xmldom;
  const rate = (ms) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  console.log(`${relative(join(root, '..'), file)}  (${mb.toFixed(2)} MB, ${read.result.members.length} members)`);
  console.log(`  xmldom parse        ${xmldom.toFixed(0).padStart(6)} ms  ${rate(xmldom)}`);
  if (strict !== undefined) console.log(`  parseTei            ${strict.toFixed(0).padStart(6)} ms  ${rate(strict)}  (xmldom + teikit's strict checks)`);
  console.log(`  walk + views        ${walk.toFixed(0).padStart(6)} ms  ${rate(walk)}  (readEdition of the parsed Document)`);
  console.log(`  readEdition         ${read.ms.toFixed(0).padStart(6)} ms  ${rate(read.ms)}  (parseTei + walk + views)`);
  console.log(`  writeTei            ${write.ms.toFixed(0).padStart(6)} ms  ${rate(write.ms)}  ${same}`);
  console.log(`  writeTei pretty     ${pretty.ms.toFixed(0).padStart(6)} ms  ${rate(pretty.ms)}`);
  console.log(`  (read + write) / xmldom = ${ratio.toFixed(2)}  (budget 2.00${mb < 1 ? ', meant for large files' : ''}: ${ratio <= 2 ? 'within' : 'over'})`);
  console.log(`  (walk + views + write) / xmldom = ${((walk + write.ms) / xmldom).toFixed(2)}\n`);
}
