// Precompile RELAX NG schemas for teikit: schemas/tei_all.rng -> dist/schemas/tei_all.json, with the
// schema's licence header kept in the JSON ("header") and in dist/schemas/tei_all.LICENSE.txt.
//
//   node scripts/compile-rng.mjs [--optional] [name=path.rng ...]
//
// Without arguments it compiles tei_all from schemas/tei_all.rng (or $TEIKIT_TEI_ALL_RNG). A missing
// source schema is an error, unless --optional is given (then a warning: loadSchema('tei_all') will say the build
// has not produced it). The engine is teikit's own TypeScript source, transpiled on the fly with the TypeScript
// compiler the build already has, so this script does not depend on how src/index.ts exports it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * teikit's RELAX NG engine as JavaScript modules: `{ relaxng, node }` (src/validate/relaxng/index.ts and node.ts).
 * Transpiles src/ into node_modules/.cache/teikit-relaxng (inside the project, so that bare imports resolve).
 */
export async function loadEngine() {
  const ts = (await import('typescript')).default;
  const out = join(root, 'node_modules', '.cache', 'teikit-relaxng');
  rmSync(out, { recursive: true, force: true });
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false, isolatedModules: true },
          fileName: path,
        });
        const target = join(out, relative(join(root, 'src'), path)).replace(/\.ts$/, '.js');
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, outputText);
      }
    }
  };
  walk(join(root, 'src'));
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  const relaxng = await import(pathToFileURL(join(out, 'validate', 'relaxng', 'index.js')).href);
  const node = await import(pathToFileURL(join(out, 'validate', 'relaxng', 'node.js')).href);
  return { relaxng, node };
}

/** Compile one `.rng` file and write `<outDir>/<name>.json` and `<name>.LICENSE.txt`. */
export async function compileToJson(engine, name, rngPath, outDir) {
  const started = performance.now();
  const schema = engine.node.compileSchemaFile(rngPath);
  const serialized = engine.relaxng.serializeSchema(schema, { source: `${name}.rng` });
  mkdirSync(outDir, { recursive: true });
  const jsonPath = join(outDir, `${name}.json`);
  writeFileSync(jsonPath, JSON.stringify(serialized));
  const licence = [
    `${name}.json is compiled by teikit (scripts/compile-rng.mjs) from ${name}.rng.`,
    'It is a derivative of that schema and carries its licence and attribution, reproduced here from the',
    "schema's header:",
    '',
    serialized.header || '(the schema has no header comment)',
    '',
  ].join('\n');
  writeFileSync(join(outDir, `${name}.LICENSE.txt`), licence);
  const ms = performance.now() - started;
  console.log(`compiled ${relative(root, rngPath) || rngPath} -> ${relative(root, jsonPath)} (${(statSync(jsonPath).size / 1024).toFixed(0)} KB, ${schema.elementCount} elements, ${ms.toFixed(0)} ms)`);
  return jsonPath;
}

async function main(argv) {
  const optional = argv.includes('--optional');
  const pairs = argv.filter((a) => !a.startsWith('--'));
  const jobs = pairs.length
    ? pairs.map((pair) => {
        const [name, path] = pair.split('=');
        if (!name || !path) throw new Error(`expected name=path.rng, got ${pair}`);
        return { name, path: resolve(path) };
      })
    : [{ name: 'tei_all', path: resolve(process.env.TEIKIT_TEI_ALL_RNG ?? join(root, 'schemas', 'tei_all.rng')) }];
  const missing = jobs.filter((job) => !existsSync(job.path));
  if (missing.length) {
    const message = `compile-rng: schema source not found: ${missing.map((m) => m.path).join(', ')} (set TEIKIT_TEI_ALL_RNG to its path)`;
    if (!optional) {
      console.error(message);
      return 1;
    }
    console.warn(`${message}; skipped (--optional)`);
  }
  const engine = await loadEngine();
  for (const job of jobs.filter((j) => !missing.includes(j))) await compileToJson(engine, job.name, job.path, join(root, 'dist', 'schemas'));
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`compile-rng: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
