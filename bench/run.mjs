// npm run bench: prints figures, asserts nothing. Each measurement runs in its own process so that peak RSS
// (maxRSS) belongs to that measurement alone. Needs a build (npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusLarge = join(root, '..', 'shared', 'corpus', 'large');
const edition = join(root, 'tei', 'darusenkov-1964-10-16.xml');
const worker = join(root, 'bench', 'measure.mjs');
const cli = join(root, 'dist', 'cli', 'bin.js');
const rssProbe = join(root, 'bench', 'rss-at-exit.mjs');

const files = [edition, ...readdirSync(corpusLarge).filter((f) => f.endsWith('.xml')).map((f) => join(corpusLarge, f))];
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;

console.log(`teikit bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
console.log('');

const rows = [];
for (const file of selected) {
  const bytes = statSync(file).size;
  const name = relative(join(root, '..'), file);
  const measure = (task) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', worker, task, file], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const parse = measure('parse');
  const saxonParse = measure('saxon-parse');
  const html = measure('html');
  const text = measure('text');
  const cold = coldCli(file);
  rows.push({ name, bytes, parse, saxonParse, html, text, cold });
  print(rows.at(-1));
}

function coldCli(file) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', rssProbe, cli, 'html', file, '-o', '/dev/null'], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`teikit html ${file} failed: ${run.stderr}`);
  const rss = Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? 0) * 1024;
  return { ms, rss };
}

function print(row) {
  const mb = row.bytes / 2 ** 20;
  const rate = (m) => `${(mb / (m.msPerRun / 1000)).toFixed(1)} MB/s`;
  const rss = (r) => `${(r / 2 ** 20).toFixed(0)} MB (${(r / row.bytes).toFixed(1)}x input)`;
  console.log(`${row.name}  (${mb.toFixed(2)} MB)`);
  console.log(`  floor: xmldom parse     ${fmt(row.parse.msPerRun)}  ${rate(row.parse)}  peak RSS ${rss(row.parse.maxRss)}`);
  console.log(`  floor: saxon-js parse   ${fmt(row.saxonParse.msPerRun)}  ${rate(row.saxonParse)}  peak RSS ${rss(row.saxonParse.maxRss)}`);
  console.log(`  html, warm in-process   ${fmt(row.html.msPerRun)}  ${rate(row.html)}  peak RSS ${rss(row.html.maxRss)}  (${row.html.runs} runs)`);
  console.log(`  text, warm in-process   ${fmt(row.text.msPerRun)}  ${rate(row.text)}  peak RSS ${rss(row.text.maxRss)}  (${row.text.runs} runs)`);
  console.log(`  html, cold CLI          ${fmt(row.cold.ms)}  peak RSS ${rss(row.cold.rss)}`);
  console.log('');
}

function fmt(ms) {
  return `${ms < 100 ? ms.toFixed(2) : ms.toFixed(0)} ms`.padStart(10);
}
