// RELAX NG validation: teikit against jing, on the same files in the same run. Prints figures, asserts nothing.
//
//   node bench/relaxng.mjs [substring ...]     (only files whose path contains one of the substrings)
//
// Measured, each in a fresh process so that peak RSS (process.resourceUsage().maxRSS) belongs to it alone:
// - loading tei_all: precompiled JSON (dist/schemas/tei_all.json, or compiled here when the build has not run) and
//   compiling it from tei_all.rng;
// - per file: teikit as a whole process (node start, load tei_all, read, validate: comparable to one jing run), and
//   the validation alone, first run (cold) and warm (best of several runs in one process);
// - jing on the same file (best of two runs), and jing's start-up alone (a tiny document), so that jing's time
//   excluding start-up can be compared with teikit's validation time on the large files.
// The engine comes from dist/index.js when the build exports it, else from src/ (transpiled by scripts/compile-rng.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const teiAllRng = join(root, '..', 'shared', 'schemas', 'tei_all.rng');
const cacheDir = join(root, 'node_modules', '.cache', 'teikit-relaxng');

/** The engine's modules: from the build when it exports them, else from the transpiled sources. */
async function engine() {
  const dist = join(root, 'dist', 'index.js');
  if (existsSync(dist)) {
    const m = await import(pathToFileURL(dist).href);
    if (m.validateXml && m.loadCompiledSchema && m.compileSchemaFile) return { relaxng: m, node: m, from: 'dist/index.js' };
  }
  const relaxng = await import(pathToFileURL(join(cacheDir, 'validate', 'relaxng', 'index.js')).href);
  const node = await import(pathToFileURL(join(cacheDir, 'validate', 'relaxng', 'node.js')).href);
  return { relaxng, node, from: 'src/ (transpiled)' };
}

const maxRss = () => process.resourceUsage().maxRSS * 1024;

// ---- worker: one measurement, printed as JSON ------------------------------------------------------------------
async function worker(task, schemaJson, file) {
  const started = performance.now();
  const { relaxng, node } = await engine();
  const imported = performance.now();
  if (task === 'load-json') {
    const schema = relaxng.loadCompiledSchema(readFileSync(schemaJson, 'utf8'));
    return { ms: performance.now() - imported, elements: schema.elementCount, maxRss: maxRss() };
  }
  if (task === 'load-rng') {
    const schema = node.compileSchemaFile(teiAllRng);
    return { ms: performance.now() - imported, elements: schema.elementCount, maxRss: maxRss() };
  }
  const schema = relaxng.loadCompiledSchema(readFileSync(schemaJson, 'utf8'));
  const loaded = performance.now();
  const text = readFileSync(file, 'utf8');
  const read = performance.now();
  const first = relaxng.validateXml(schema, text, { file });
  const validated = performance.now();
  const result = {
    importMs: imported - started,
    loadMs: loaded - imported,
    readMs: read - loaded,
    coldMs: validated - read,
    totalMs: validated - started,
    errors: first.length,
    maxRss: maxRss(),
  };
  if (task === 'warm') {
    const times = [];
    const budget = text.length > 1e6 ? 5 : 30;
    const until = performance.now() + (text.length > 1e6 ? 15_000 : 3_000);
    while (times.length < budget && performance.now() < until) {
      const t = performance.now();
      relaxng.validateXml(schema, text, { file });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    result.warmBestMs = times[0];
    result.warmMedianMs = times[Math.floor(times.length / 2)];
    result.runs = times.length;
    result.maxRss = maxRss();
  }
  return result;
}

// ---- parent -----------------------------------------------------------------------------------------------------
function measure(task, schemaJson, file = '') {
  const out = execFileSync(process.execPath, [self, '--worker', task, schemaJson, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out);
}

/** Wall time of a whole process, best of `runs`, and its peak RSS when /usr/bin/time can tell. */
function wall(command, args, runs = 2) {
  let best = Infinity;
  let rss = 0;
  const time = existsSync('/usr/bin/time');
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = time ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = performance.now() - started;
    if (r.error) return undefined;
    best = Math.min(best, ms);
    if (time) rss = Math.max(rss, Number(/(\d+)\s*$/.exec(r.stderr)?.[1] ?? 0) * 1024);
    if (i === 0) var output = r.stdout;
  }
  return { ms: best, rss, errors: output.split('\n').filter((l) => / (error|fatal): /.test(l)).length };
}

const fmt = (ms) => (ms === undefined ? '-' : `${ms < 100 ? ms.toFixed(1) : ms.toFixed(0)} ms`).padStart(9);
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function main(filters) {
  if (!existsSync(join(root, 'dist', 'index.js')) || !(await import(pathToFileURL(join(root, 'dist', 'index.js')).href)).validateXml) {
    const { loadEngine } = await import(pathToFileURL(join(root, 'scripts', 'compile-rng.mjs')).href);
    await loadEngine(); // writes the transpiled sources the workers import
  }
  const { from, relaxng, node } = await engine();
  let schemaJson = join(root, 'dist', 'schemas', 'tei_all.json');
  if (!existsSync(schemaJson)) {
    schemaJson = join(mkdtempSync(join(tmpdir(), 'teikit-bench-')), 'tei_all.json');
    writeFileSync(schemaJson, JSON.stringify(relaxng.serializeSchema(node.compileSchemaFile(teiAllRng))));
  }
  const hasJing = spawnSync('jing', [], { encoding: 'utf8' }).error === undefined;
  const large = join(root, '..', 'shared', 'corpus', 'large');
  const files = [
    join(root, 'tei', 'darusenkov-1964-10-16.xml'),
    ...readdirSync(large)
      .filter((f) => f.endsWith('.xml'))
      .sort((a, b) => statSync(join(large, a)).size - statSync(join(large, b)).size)
      .map((f) => join(large, f)),
  ].filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));

  console.log(`teikit RELAX NG bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB; engine from ${from}`);
  console.log('');
  const json = measure('load-json', schemaJson);
  const rng = measure('load-rng', schemaJson);
  console.log(`load tei_all: precompiled JSON ${fmt(json.ms)} (${(statSync(schemaJson).size / 1024).toFixed(0)} KB, peak RSS ${mb(json.maxRss)}); from tei_all.rng ${fmt(rng.ms)} (peak RSS ${mb(rng.maxRss)})`);

  let jingStart;
  if (hasJing) {
    const tiny = join(mkdtempSync(join(tmpdir(), 'teikit-bench-')), 'tiny.xml');
    writeFileSync(tiny, '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>');
    jingStart = wall('jing', [teiAllRng, tiny], 3);
    console.log(`jing start-up (tei_all, a one-element document): ${fmt(jingStart.ms)}, peak RSS ${mb(jingStart.rss)}`);
  } else console.log('jing is not installed: teikit figures only');
  console.log('');

  for (const file of files) {
    const bytes = statSync(file).size;
    const warm = measure('warm', schemaJson, file);
    const processWall = wall(process.execPath, [self, '--worker', 'cold', schemaJson, file], 2);
    console.log(`${relative(join(root, '..'), file)}  (${(bytes / 2 ** 20).toFixed(2)} MB, ${warm.errors} errors)`);
    console.log(`  teikit, whole process (node + load + read + validate) ${fmt(processWall.ms)}  peak RSS ${mb(processWall.rss || warm.maxRss)}`);
    console.log(`  teikit, validation: first run ${fmt(warm.coldMs)}, warm best ${fmt(warm.warmBestMs)}, median ${fmt(warm.warmMedianMs)} (${warm.runs} runs)  ${((bytes / 2 ** 20) / (warm.warmBestMs / 1000)).toFixed(0)} MB/s`);
    if (hasJing) {
      const j = wall('jing', [teiAllRng, file], 2);
      console.log(`  jing, whole process ${fmt(j.ms)}  peak RSS ${mb(j.rss)}  (${j.errors} error lines)`);
      console.log(`  jing excluding start-up ${fmt(j.ms - jingStart.ms)}`);
      const faster = processWall.ms < j.ms ? 'yes' : 'NO';
      const asFast = warm.coldMs <= j.ms - jingStart.ms ? 'yes' : 'NO';
      console.log(`  targets: whole process faster than jing: ${faster} (${(j.ms / processWall.ms).toFixed(1)}x); first validation within jing's time without start-up: ${asFast}`);
    }
    if (file.endsWith('darusenkov-1964-10-16.xml')) console.log(`  target: warm under 20 ms: ${warm.warmBestMs < 20 ? 'yes' : 'NO'}`);
    console.log('');
  }
}

if (process.argv[2] === '--worker') {
  const [, , , task, schemaJson, file] = process.argv;
  worker(task, schemaJson, file).then((r) => process.stdout.write(JSON.stringify(r)));
} else {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
