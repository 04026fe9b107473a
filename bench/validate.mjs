// node bench/validate.mjs [name-filter...]: validation time for the edition (warm) and for the large corpus files,
// split into phases: parsing (xmldom), the edition rules, TEI's Schematron (SaxonJS parses the text again, then runs
// the compiled constraints), and the whole `validate`. Prints figures, asserts nothing.
//
// The library is bundled from src/ with esbuild into a temporary folder, so that the bench does not depend on how
// src/index.ts exports it; the compiled Schematron comes from dist/ (scripts/compile-schematron.mjs, part of the build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const edition = join(root, 'tei', 'darusenkov-1964-10-16.xml');
const large = join(root, '..', 'shared', 'corpus', 'large');

if (process.argv[2] === '--worker') {
  await worker(process.argv[3], process.argv[4], Number(process.argv[5]));
} else {
  await main();
}

async function main() {
  if (!existsSync(join(root, 'dist', 'xslt', 'schematron-tei-p5.sef.json'))) {
    spawnSync(process.execPath, ['scripts/compile-schematron.mjs'], { cwd: root, stdio: 'inherit' });
  }
  const out = mkdtempSync(join(tmpdir(), 'teikit-bench-validate-'));
  const bundle = join(root, 'node_modules', '.cache', 'teikit-bench', 'validate.mjs');
  try {
    const esbuild = await import('esbuild');
    const entry = join(out, 'entry.ts');
    writeFileSync(
      entry,
      [
        `export { parseTei } from ${JSON.stringify(join(root, 'src/parse/parseTei.ts'))};`,
        `export { validate, nodeValidators } from ${JSON.stringify(join(root, 'src/validate/node.ts'))};`,
        `export { validate as validateDocument } from ${JSON.stringify(join(root, 'src/validate/validate.ts'))};`,
        `export { teiSchematron } from ${JSON.stringify(join(root, 'src/validate/schematron/node.ts'))};`,
        `export { createValidationContext } from ${JSON.stringify(join(root, 'src/validate/context.ts'))};`,
      ].join('\n'),
    );
    // Bundled inside the project (node_modules/.cache) so that saxon-js and @xmldom/xmldom resolve as in dist.
    await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, packages: 'external', logLevel: 'error' });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }

  const only = process.argv.slice(2);
  const files = [edition, ...readdirSync(large).filter((f) => f.endsWith('.xml')).map((f) => join(large, f))].filter(
    (f) => !only.length || only.some((o) => f.includes(o)),
  );
  console.log(`teikit validate bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}; times in ms, wall-clock (CPU); the edition: median of 30 warm runs in one process; large files: one run each, in its own process\n`);
  console.log(['file', 'MB', 'parse', 'rules', 'tei-sch', 'validate', 'validate (no sch)', 'diagnostics'].join('\t'));
  for (const file of files) {
    const runs = file === edition ? 30 : 1;
    const child = spawnSync(process.execPath, ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--worker', bundle, file, String(runs)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) {
      console.log(`${relative(root, file)}\tfailed: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
      continue;
    }
    const r = JSON.parse(child.stdout);
    const mb = (statSync(file).size / 1e6).toFixed(1);
    console.log([relative(join(root, '..'), file), mb, r.parse, r.rules, r.schematron, r.validate, r.validateRulesOnly, r.diagnostics].join('\t'));
  }
}

async function worker(bundle, file, runs) {
  const lib = await import(pathToFileURL(bundle).href);
  const text = readFileSync(file, 'utf8');
  const name = relative(root, file);
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  // Wall-clock and CPU time (this process's; it shows less of a busy machine's contention), medians.
  const time = (work) => {
    const wall = [];
    const busy = [];
    let result;
    for (let i = 0; i < runs + (runs > 1 ? 5 : 0); i++) {
      const started = performance.now();
      const startedCpu = cpu();
      result = work();
      if (runs === 1 || i >= 5) {
        wall.push(performance.now() - started);
        busy.push(cpu() - startedCpu);
      }
    }
    const median = (list) => Math.round(list.sort((a, b) => a - b)[Math.floor(list.length / 2)] * 10) / 10;
    return { ms: `${median(wall)} (${median(busy)})`, result };
  };
  const parse = time(() => lib.parseTei(text, { file: name }));
  const doc = parse.result;
  const rules = time(() => lib.validateDocument(doc, { file: name }));
  const tei = lib.teiSchematron();
  const schematron = time(() => tei(lib.createValidationContext(doc, name, text)));
  const validators = lib.nodeValidators({});
  const full = time(() => lib.validateDocument(text, { file: name, validators }));
  const rulesOnly = time(() => lib.validateDocument(text, { file: name }));
  process.stdout.write(
    JSON.stringify({ parse: parse.ms, rules: rules.ms, schematron: schematron.ms, validate: full.ms, validateRulesOnly: rulesOnly.ms, diagnostics: full.result.length }),
  );
}
