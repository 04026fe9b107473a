// npm run bench [name filter...]: prints figures, asserts nothing. For the shipped edition and the files in
// ../shared/corpus/large/: cold CLI wall time (`teikit html|text`, a new process), warm in-process time per
// document, MB/s, and peak RSS, and the same for a raw parse of the file, the floor under any transform:
// saxon-js building its tree (what every transform pays) and xmldom (teikit's own parser).
// Each measurement runs in its own process, so that peak RSS belongs to that measurement alone. Needs a build.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusLarge = join(root, '..', 'shared', 'corpus', 'large');
const edition = join(root, 'tei', 'darusenkov-1964-10-16.xml');
const worker = join(root, 'bench', 'measure.mjs');
const cli = join(root, 'dist', 'cli', 'bin.js');
const rssProbe = join(root, 'bench', 'rss-at-exit.mjs');
const require = createRequire(import.meta.url);

if (!existsSync(cli)) throw new Error('no build: run `npm run build` first (npm run bench does)');
const largeFiles = existsSync(corpusLarge) ? readdirSync(corpusLarge).filter((f) => f.endsWith('.xml')).map((f) => join(corpusLarge, f)) : [];
const files = [edition, ...largeFiles];
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;

// The floor's stylesheet, compiled once for this run.
const work = mkdtempSync(join(tmpdir(), 'teikit-bench-'));
const emptySef = join(work, 'empty.sef.json');
execFileSync(process.execPath, [require.resolve('xslt3/xslt3.js'), `-xsl:${join(root, 'bench', 'empty.xsl')}`, `-export:${emptySef}`, '-nogo'], {
  stdio: 'ignore',
});

// The in-process measurements transform the edition and then the large file in one process: give them room.
// The cold CLI runs as a user would run it, with Node's default heap (about 4 GB on this machine).
const HEAP = '--max-old-space-size=6144';

console.log(`teikit bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'cpu'}), ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine slows every figure)`);
console.log('warm = saxon-js loaded, stylesheet parsed, JIT warmed on the edition; median (fastest) of the runs, one run for files over 1 MB');
console.log('');
console.log('peak RSS: the warm process; growth: peak RSS minus RSS before the timed run (what the document itself costs)');
console.log('');
console.log('| file | size | what | cold CLI (peak RSS) | warm | MB/s | peak RSS | growth |');
console.log('|---|---:|---|---:|---:|---:|---:|---:|');

const mb = (bytes) => bytes / 2 ** 20;
try {
  for (const file of selected) {
    const bytes = statSync(file).size;
    const name = relative(root, file);
    const measure = (task) =>
      JSON.parse(execFileSync(process.execPath, [HEAP, '--expose-gc', worker, task, file, emptySef, edition], { encoding: 'utf8', maxBuffer: 1 << 26 }));
    const row = (what, m, cold) => {
      const rate = mb(bytes) / (m.msPerRun / 1000);
      const times = (b) => `${(b / bytes).toFixed(1)}x`;
      const growth = Math.max(0, m.maxRss - m.baseRss);
      console.log(
        `| ${name} | ${fmtSize(bytes)} | ${what} | ${cold ? `${fmtMs(cold.ms)} (${fmtSize(cold.rss)})` : '–'} | ${fmtMs(m.msPerRun)}${m.runs > 1 ? ` (${fmtMs(m.fastest)})` : ''} | ${rate.toFixed(rate < 10 ? 2 : 1)} | ${fmtSize(m.maxRss)} = ${times(m.maxRss)} | ${fmtSize(growth)} = ${times(growth)} |`,
      );
    };
    row('html', measure('html'), coldCli('html', file));
    row('text', measure('text'), coldCli('text', file));
    row('floor: saxon-js parse', measure('saxon-parse'));
    row('floor: xmldom parse', measure('xmldom-parse'));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function coldCli(command, file) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', rssProbe, cli, command, file, '-o', '/dev/null'], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`teikit ${command} ${file} failed: ${run.stderr}`);
  return { ms, rss: Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? 0) * 1024 };
}

function fmtMs(ms) {
  return ms < 100 ? `${ms.toFixed(1)} ms` : ms < 10_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function fmtSize(bytes) {
  return bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(0)} KB` : `${mb(bytes).toFixed(1)} MB`;
}
