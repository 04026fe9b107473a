// Build step for teikit's Schematron support (run by `npm run build`, after tsup):
//   1. xslt/schematron/compile.xsl (teikit's Schematron compiler) -> dist/xslt/schematron-compile.sef.json, used at run
//      time to compile users' Schematron files;
//   2. xslt/schematron/tei-p5.sch (TEI's constraints, extracted by scripts/extract-schematron.mjs) -> XSLT ->
//      dist/xslt/schematron-tei-p5.sef.json, applied by `validate` by default, with the TEI licence beside it
//      (dist/xslt/schematron-tei-p5.LICENSE.txt: the SEF is a derivative of TEI's schema and keeps no comments).
// Both are compiled by compileSef (scripts/compile-xslt.mjs), which keeps build paths and times out of the SEF files:
// the generated XSLT is compiled from a temporary folder, and nothing of that folder's name may reach the SEF.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileSef as compile } from './compile-xslt.mjs';

const require = createRequire(import.meta.url);
const SaxonJS = require('saxon-js');

mkdirSync('dist/xslt', { recursive: true });
const compilerSef = 'dist/xslt/schematron-compile.sef.json';
compile('xslt/schematron/compile.xsl', compilerSef);

const work = mkdtempSync(join(tmpdir(), 'teikit-schematron-'));
try {
  const generated = join(work, 'tei-p5.xsl');
  const { principalResult } = SaxonJS.transform(
    {
      stylesheetInternal: JSON.parse(readFileSync(compilerSef, 'utf8')),
      sourceText: readFileSync('xslt/schematron/tei-p5.sch', 'utf8'),
      destination: 'serialized',
    },
    'sync',
  );
  writeFileSync(generated, principalResult);
  compile(generated, 'dist/xslt/schematron-tei-p5.sef.json');
  const sch = readFileSync('xslt/schematron/tei-p5.sch', 'utf8');
  const notices = [...sch.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1].trim()).join('\n\n');
  writeFileSync('dist/xslt/schematron-tei-p5.LICENSE.txt', `dist/xslt/schematron-tei-p5.sef.json is compiled from xslt/schematron/tei-p5.sch:\n\n${notices}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
