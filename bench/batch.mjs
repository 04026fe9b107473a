// node bench/batch.mjs: batch conversion through the built CLI (run `npm run build` first; `npm run bench` does).
// Prints figures and asserts nothing:
//   - 1,000 small documents (members of ../shared/corpus/large/isicily-teiCorpus.xml, written as files) to HTML
//     with --jobs 1 and --jobs 2: documents per second, per core, the speed-up, and peak RSS;
//   - each large file to HTML in one process: MB/s and peak RSS as a multiple of the input;
//   - the floor: the same bytes through teikit's streaming XML reader (no tree, no transform).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { splitCorpus } from '../dist/index.js';
import { loadEngine } from '../scripts/compile-rng.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const large = join(root, '..', 'shared', 'corpus', 'large');
const cli = join(root, 'dist', 'cli', 'bin.js');
const rss = join(root, 'bench', 'rss-at-exit.mjs');
const SMALL = 1000;

/** Run the CLI in a fresh process: wall time and the process's peak RSS (workers are threads of it). */
function teikit(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(rss).href, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`teikit ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(-500)}`);
  return { ms, maxRssMb: Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024 };
}

const mb = (bytes) => bytes / 1024 / 1024;
const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

console.log(`teikit batch bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} x ${cpus()[0]?.model.trim()}`);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine slows every figure)\n`);

// 1,000 small files.
const work = mkdtempSync(join(tmpdir(), 'teikit-bench-batch-'));
try {
  const members = splitCorpus(readFileSync(join(large, 'isicily-teiCorpus.xml'), 'utf8')).slice(0, SMALL);
  const inputs = join(work, 'in');
  mkdirSync(inputs);
  let bytes = 0;
  for (const member of members) {
    writeFileSync(join(inputs, `${String(member.index).padStart(4, '0')}.xml`), member.text);
    bytes += Buffer.byteLength(member.text);
  }
  console.log(`${members.length} small files from isicily-teiCorpus.xml, ${fixed(mb(bytes))} MB (mean ${fixed(bytes / members.length / 1024)} KB)`);
  console.log('jobs\twall s\tdocs/s\tdocs/s/core\tspeed-up\tpeak RSS MB');
  let single;
  for (const jobs of [1, 2]) {
    const out = join(work, `out-${jobs}`);
    const { ms, maxRssMb } = teikit(['html', inputs, '--out-dir', out, '--jobs', String(jobs)]);
    const rate = members.length / (ms / 1000);
    single ??= rate;
    const written = readdirSync(out).length;
    if (written !== members.length) throw new Error(`expected ${members.length} outputs, found ${written}`);
    console.log(`${jobs}\t${fixed(ms / 1000)}\t${fixed(rate)}\t${fixed(rate / jobs)}\t\t${fixed(rate / single, 2)}\t\t${fixed(maxRssMb, 0)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Large files, one process each, and the streaming floor.
await loadEngine(); // transpiles src/ (with the reader) into node_modules/.cache/teikit-relaxng
const { readXml } = await import(pathToFileURL(join(root, 'node_modules', '.cache', 'teikit-relaxng', 'validate', 'relaxng', 'xml', 'reader.js')).href);
console.log('\nlarge files to HTML (one process, cold: includes start-up and stylesheet loading)');
console.log('file\tMB\twall s\tMB/s\tpeak RSS MB\tRSS/input\tfloor MB/s (streaming reader)');
for (const name of readdirSync(large).filter((f) => f.endsWith('.xml')).sort()) {
  const file = join(large, name);
  const size = mb(statSync(file).size);
  const { ms, maxRssMb } = teikit(['html', file, '-o', join(tmpdir(), 'teikit-bench-large.html')]);
  const text = readFileSync(file, 'utf8');
  const handler = { startElement() {}, endElement() {}, text() {} };
  const started = performance.now();
  readXml(text, handler);
  const floor = performance.now() - started;
  console.log(`${relative(large, file)}\t${fixed(size)}\t${fixed(ms / 1000)}\t${fixed(size / (ms / 1000), 2)}\t${fixed(maxRssMb, 0)}\t\t${fixed(maxRssMb / size)}\t\t${fixed(size / (floor / 1000), 0)}`);
}
