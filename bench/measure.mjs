// One measurement in a fresh process: node bench/measure.mjs <parse|saxon-parse|html|text> <file>
// Prints JSON: milliseconds per run (after a warm-up run), number of runs, peak RSS in bytes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DOMParser } from '@xmldom/xmldom';
import { toHtml, toText } from '../dist/index.js';

const [task, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const require = createRequire(import.meta.url);

// The floor for saxon-js: build its tree and touch nothing (an empty stylesheet, compiled once here).
const emptySef = () => {
  const SaxonJS = require('saxon-js');
  const sef = JSON.parse(
    require('node:child_process').execFileSync(process.execPath, [
      require.resolve('xslt3/xslt3.js'),
      '-xsl:' + new URL('./empty.xsl', import.meta.url).pathname,
      '-export:/dev/stdout',
      '-nogo',
    ], { encoding: 'utf8' }),
  );
  return () => SaxonJS.transform({ stylesheetInternal: sef, sourceText: text, destination: 'serialized' });
};

const tasks = {
  parse: () => () => new DOMParser({ locator: true, onError: () => {} }).parseFromString(text, 'text/xml'),
  'saxon-parse': emptySef,
  html: () => () => toHtml(text),
  text: () => () => toText(text),
};

const run = tasks[task]();
run(); // warm-up: loads saxon-js, reads the SEF, JIT
const budgetMs = text.length > 1e6 ? 1 : 2000;
let runs = 0;
const started = performance.now();
do {
  run();
  runs++;
} while (performance.now() - started < budgetMs && runs < 200);
const msPerRun = (performance.now() - started) / runs;
process.stdout.write(JSON.stringify({ msPerRun, runs, maxRss: process.resourceUsage().maxRSS * 1024 }));
