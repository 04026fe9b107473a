// Compile every entry stylesheet (xslt/*.xsl; modules live in subfolders) to SEF JSON in dist/xslt/.
// -relocate:on keeps build paths out of the SEF, so that it works wherever the package is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

const require = createRequire(import.meta.url);
const xslt3 = require.resolve('xslt3/xslt3.js');
const entries = existsSync('xslt') ? readdirSync('xslt').filter((name) => name.endsWith('.xsl')) : [];
mkdirSync('dist/xslt', { recursive: true });
for (const name of entries) {
  const target = join('dist/xslt', `${basename(name, '.xsl')}.sef.json`);
  execFileSync(process.execPath, [xslt3, `-xsl:${join('xslt', name)}`, `-export:${target}`, '-nogo', '-relocate:on', '-ns:##html5'], {
    stdio: 'inherit',
  });
  console.log(`compiled ${name} -> ${target}`);
}
if (entries.length === 0) console.log('no entry stylesheets in xslt/');
