// One measurement in a fresh process, so that its peak RSS belongs to it alone:
//   node bench/measure.mjs <html|text|saxon-parse|xmldom-parse> <file> <empty.sef.json> <warm-up file>
// Prints JSON: ms per run (median), number of runs, peak RSS and the RSS before the first timed run (bytes).
// "Warm" means: SaxonJS loaded, the compiled stylesheet parsed, and the JIT warmed up on the warm-up file (the
// shipped edition), so a large file is timed on its first run and need not be transformed twice.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DOMParser } from '@xmldom/xmldom';
import { toHtml, toText } from '../dist/index.js';

const [task, file, emptySefPath, warmUpFile] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const text = readFileSync(file, 'utf8');
const warmUpText = readFileSync(warmUpFile, 'utf8');

function saxonParse() {
  // The floor for anything saxon-js does: it parses the source into its tree; the stylesheet outputs nothing.
  const SaxonJS = require('saxon-js');
  const sef = JSON.parse(readFileSync(emptySefPath, 'utf8'));
  return (source) => SaxonJS.transform({ stylesheetInternal: sef, sourceText: source, destination: 'serialized' });
}

const tasks = {
  html: () => (source) => toHtml(source),
  text: () => (source) => toText(source),
  'saxon-parse': saxonParse,
  // teikit's own parser (parseTei) is xmldom plus cheap checks; this is xmldom alone.
  'xmldom-parse': () => (source) => new DOMParser({ locator: true, onError: () => {} }).parseFromString(source, 'text/xml'),
};

const run = tasks[task]();
for (let i = 0; i < 3; i++) run(warmUpText);
const gc = globalThis.gc ?? (() => {});
gc();
const baseRss = process.memoryUsage.rss();
const large = text.length > 1e6;
const times = [];
const started = performance.now();
do {
  const t = performance.now();
  run(text);
  times.push(performance.now() - t);
} while (!large && times.length < 200 && (times.length < 5 || performance.now() - started < 3000));
times.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({ msPerRun: times[times.length >> 1], fastest: times[0], runs: times.length, maxRss: process.resourceUsage().maxRSS * 1024, baseRss }),
);
