// node bench/batch.mjs: batch conversion through the built CLI (run `npm run build` first; `npm run bench` does).
// Prints figures and asserts nothing:
//   - 1,000 small documents (members of ../shared/corpus/large/isicily-teiCorpus.xml, written as files) to HTML
//     with --jobs 1 and --jobs 2, in alternating rounds (the machine's speed drifts; alternation lets both see the
//     same drift): documents per second, per core, the speed-up, CPU time, cores used, and peak RSS;
//   - each large file to HTML in one process: MB/s and peak RSS as a multiple of the input;
//   - the floor: the same bytes through teikit's streaming XML reader (no tree, no transform).
// BATCH_ROUNDS (default 3) and BATCH_FILES (default 1000) change the first part, for quick looks.
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
const SMALL = Number(process.env.BATCH_FILES ?? 1000);
const ROUNDS = Number(process.env.BATCH_ROUNDS ?? 3);

/** Run the CLI in a fresh process: wall time, CPU time of all its threads, and peak RSS (workers are threads of it). */
function teikit(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(rss).href, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`teikit ${args.join(' ')} exited ${run.status}: ${run.stderr.slice(-500)}`);
  const probe = (name) => Number(new RegExp(`${name}=(\\d+)`).exec(run.stderr)?.[1] ?? NaN);
  return { ms, cpuMs: probe('cpu') / 1000, maxRssMb: probe('maxrss') / 1024 };
}

const mb = (bytes) => bytes / 1024 / 1024;
const fixed = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

console.log(`teikit batch bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} x ${cpus()[0]?.model.trim()}`);
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine slows every figure)\n`);

const work = mkdtempSync(join(tmpdir(), 'teikit-bench-batch-'));
try {
  smallFiles(work);
  await largeFiles(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 1,000 small files, --jobs 1 and --jobs 2 in alternating order, ROUNDS times each.
function smallFiles(work) {
  const members = splitCorpus(readFileSync(join(large, 'isicily-teiCorpus.xml'), 'utf8')).slice(0, SMALL);
  const inputs = join(work, 'in');
  mkdirSync(inputs);
  let bytes = 0;
  for (const member of members) {
    writeFileSync(join(inputs, `${String(member.index).padStart(4, '0')}.xml`), member.text);
    bytes += Buffer.byteLength(member.text);
  }
  console.log(`${members.length} small files from isicily-teiCorpus.xml, ${fixed(mb(bytes))} MB (mean ${fixed(bytes / members.length / 1024)} KB), HTML, ${ROUNDS} alternating rounds`);
  const runs = { 1: [], 2: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of round % 2 ? [2, 1] : [1, 2]) {
      const out = join(work, `out-${jobs}`);
      rmSync(out, { recursive: true, force: true });
      const run = teikit(['html', inputs, '--out-dir', out, '--jobs', String(jobs)]);
      const written = readdirSync(out).length;
      if (written !== members.length) throw new Error(`expected ${members.length} outputs, found ${written}`);
      runs[jobs].push(run);
      console.log(`  round ${round + 1}, --jobs ${jobs}: ${fixed(run.ms / 1000)} s wall, ${fixed(run.cpuMs / 1000)} s CPU`);
    }
  }
  const summary = (jobs) => {
    const walls = runs[jobs].map((r) => r.ms);
    return {
      best: Math.min(...walls),
      median: median(walls),
      cores: median(runs[jobs].map((r) => r.cpuMs / r.ms)),
      cpuPerDoc: median(runs[jobs].map((r) => r.cpuMs)) / members.length,
      rss: Math.max(...runs[jobs].map((r) => r.maxRssMb)),
    };
  };
  const single = summary(1);
  console.log('jobs\twall s (median, best)\tdocs/s\tdocs/s/core\tspeed-up (median, best)\tCPU ms/doc\tcores used\tpeak RSS MB');
  for (const jobs of [1, 2]) {
    const s = summary(jobs);
    const rate = members.length / (s.median / 1000);
    console.log(
      `${jobs}\t${fixed(s.median / 1000)}, ${fixed(s.best / 1000)}\t\t${fixed(rate)}\t${fixed(rate / jobs)}\t\t` +
        `${fixed(single.median / s.median, 2)}, ${fixed(single.best / s.best, 2)}\t\t${fixed(s.cpuPerDoc)}\t\t${fixed(s.cores, 2)}\t\t${fixed(s.rss, 0)}`,
    );
  }
}

// Large files: whole, in one process; a teiCorpus also split into its members on 2 workers (--split --jobs 2,
// what a user with a corpus would run). The floor: the same bytes through the streaming reader, best of 3.
async function largeFiles(work) {
  await loadEngine(); // transpiles src/ (with the reader) into node_modules/.cache/teikit-relaxng
  const { readXml } = await import(pathToFileURL(join(root, 'node_modules', '.cache', 'teikit-relaxng', 'validate', 'relaxng', 'xml', 'reader.js')).href);
  console.log('\nlarge files to HTML (cold: includes start-up and stylesheet loading)');
  console.log('file\tMB\thow\t\twall s\tMB/s\tpeak RSS MB\tRSS/input\tfloor MB/s (streaming reader)');
  for (const name of readdirSync(large).filter((f) => f.endsWith('.xml')).sort()) {
    const file = join(large, name);
    const size = mb(statSync(file).size);
    const text = readFileSync(file, 'utf8');
    const handler = { startElement() {}, endElement() {}, text() {} };
    let floor = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      readXml(text, handler);
      floor = Math.min(floor, performance.now() - started);
    }
    const ways = [['whole', ['-o', join(work, 'large.html')]]];
    if (/<teiCorpus[\s>]/.test(text)) ways.push(['--split -j 2', ['--split', '--jobs', '2', '--out-dir', join(work, 'split')]]);
    for (const [how, options] of ways) {
      const { ms, maxRssMb } = teikit(['html', file, ...options]);
      rmSync(join(work, 'split'), { recursive: true, force: true });
      console.log(`${relative(large, file)}\t${fixed(size)}\t${how}\t${fixed(ms / 1000)}\t${fixed(size / (ms / 1000), 2)}\t${fixed(maxRssMb, 0)}\t\t${fixed(maxRssMb / size)}\t\t${fixed(size / (floor / 1000), 0)}`);
    }
  }
}
