// Compile every entry stylesheet (xslt/*.xsl; modules live in subfolders) to SEF JSON in dist/xslt/.
//   node scripts/compile-xslt.mjs          (from the project folder; `npm run build` runs it)
// Also exports compileSef, which scripts/compile-schematron.mjs uses, so that every SEF is made the same way.
//
// The SEFs are reproducible: the same sources give the same bytes in any folder, on any day
// (test/reproducible-build.test.ts). xslt3 -relocate:on keeps most build paths out, but not all:
//   - a `doc` instruction (an xsl:variable with content and no @as builds a temporary tree) carries its module's
//     absolute base URI in "base", e.g. "file:///home/me/teikit/xslt/common/views.xsl";
//   - "buildDateTime" is the time of the compilation.
// normaliseSef rewrites both and recomputes the checksum ("Σ") that SaxonJS verifies when it loads a SEF.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const xslt3 = require.resolve('xslt3/xslt3.js');

/** Compile `xsl` to the SEF file `sef` (relocatable, reproducible); `options` are more xslt3 arguments. */
export function compileSef(xsl, sef, options = []) {
  execFileSync(process.execPath, [xslt3, `-xsl:${xsl}`, `-export:${sef}`, '-nogo', '-relocate:on', ...options], { stdio: 'inherit' });
  writeFileSync(sef, JSON.stringify(normaliseSef(JSON.parse(readFileSync(sef, 'utf8')), xsl)));
  console.log(`compiled ${xsl} -> ${sef}`);
}

/**
 * The SEF of `xsl` without anything of the build: base URIs relative to the entry stylesheet's folder (SaxonJS
 * does not read the `doc` instruction's "base"; its temporary trees take the stylesheet's static base URI, so this
 * changes no behaviour), the build time from SOURCE_DATE_EPOCH (the reproducible-builds.org convention) or else
 * the Unix epoch, and the checksum recomputed. Throws if the build folder still shows anywhere.
 */
export function normaliseSef(sef, xsl) {
  const folder = pathToFileURL(`${dirname(resolve(xsl))}/`);
  const relocate = (node) => {
    for (const key of ['base', 'baseUri']) {
      if (typeof node[key] !== 'string' || !node[key].startsWith('file:')) continue;
      node[key] = posix.relative(folder.pathname, new URL(node[key]).pathname);
    }
    node.C?.forEach(relocate);
  };
  relocate(sef);
  const epoch = process.env.SOURCE_DATE_EPOCH;
  sef.buildDateTime = new Date(epoch ? Number(epoch) * 1000 : 0).toISOString();
  sef['Σ'] = sefChecksum(sef);
  const text = JSON.stringify(sef);
  for (const path of [dirname(resolve(xsl)), process.cwd()].filter((p) => p !== dirname(p))) {
    for (const form of [path, pathToFileURL(path).href]) {
      if (text.includes(form)) throw new Error(`${xsl}: the compiled stylesheet still contains the build path ${form}`);
    }
  }
  return sef;
}

/**
 * The checksum SaxonJS 2.7 checks when it loads a SEF ("Invalid checksum in SEF" otherwise), computed as its
 * loader: a 32-bit hash over every node's name, attribute names and values, in document order, as 8 hex digits.
 */
export function sefChecksum(sef) {
  const hash = (text, seed) => {
    let h = seed << 8;
    for (let i = 0; i < text.length; i++) h = (h << 1) + text.charCodeAt(i);
    return h;
  };
  const skipped = new Set(['N', 'C', 'ELAB', 'PUSH', 'parentNode', 'Σ']);
  let h = 0;
  let position = 0;
  const visit = (node) => {
    h ^= hash(node.N, position) ^ hash('http://ns.saxonica.com/xslt/export', position);
    position++;
    for (const key of Object.keys(node)) {
      if (skipped.has(key) || (node.N === 'catch' && key === 'test')) continue;
      h ^= hash(key, position) ^ hash('', position);
      h ^= hash(node[key], position);
    }
    node.C?.forEach(visit);
    h ^= 1;
  };
  visit(sef);
  return (h >>> 0).toString(16);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const entries = existsSync('xslt') ? readdirSync('xslt').filter((name) => name.endsWith('.xsl')) : [];
  mkdirSync('dist/xslt', { recursive: true });
  for (const name of entries) compileSef(join('xslt', name), join('dist/xslt', `${basename(name, '.xsl')}.sef.json`), ['-ns:##html5']);
  if (entries.length === 0) console.log('no entry stylesheets in xslt/');
}
