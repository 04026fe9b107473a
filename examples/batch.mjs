import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch } from 'teikit';

const outDir = mkdtempSync(join(tmpdir(), 'teikit-example-'));
const summary = await runBatch({ command: 'text', files: ['tei/darusenkov-1964-10-16.xml', 'missing.xml'], outDir, jobs: 2 });
console.log(`${summary.succeeded} done, ${summary.failed} failed`);
for (const result of summary.results) if (!result.ok) console.log(`${result.failure.file}: ${result.failure.message}`);
