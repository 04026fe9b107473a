/** Files shipped in the package (compiled stylesheets, XSLT sources), found from this module wherever it runs. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The teikit package root: the nearest folder above this module with teikit's package.json. */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'teikit') {
      return (root = dir);
    }
    if (dirname(dir) === dir) throw new Error('teikit: cannot find the package root from ' + fileURLToPath(import.meta.url));
  }
}

/** A path inside the package, e.g. `packagePath('dist', 'xslt', 'html.sef.json')`. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
