/**
 * NODE-ONLY. XInclude from the file system, confined to one folder: by default the folder of the top-level
 * document, wider only when the caller names one (`xincludeRoot`, `--xinclude-root`). Every path is checked after
 * resolving `..` and again after following symbolic links, so that an edition can include its own parts and
 * nothing else on the machine.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TeiUsageError } from '../errors.js';
import type { XIncludeRequest, XIncludeResolver, XIncludeResource, XIncludeSettings } from '../xinclude/assemble.js';

/**
 * How a Node caller asks for XInclude: `true` reads files under the root folder; an object brings its own
 * resolver (as in a browser).
 *
 * @example
 * toHtml('tei/notebook.xml', { xinclude: true, xincludeRoot: 'tei' })
 */
export interface NodeXIncludeOptions {
  /** Resolve `xi:include` elements (off by default): `true` reads local files under `xincludeRoot`. */
  xinclude?: boolean | XIncludeSettings;
  /** The folder no include may leave. Default: the folder of the top-level document (the working folder for text). */
  xincludeRoot?: string;
}

/**
 * The settings that read files for a document at `file` (undefined: text with no file, standing in the working
 * folder), confined to `root`.
 *
 * @throws {TeiUsageError} when `root` is not a folder.
 * @example
 * assembleXIncludes(text, { ...fileXIncludes('tei/notebook.xml', 'tei'), file: 'tei/notebook.xml' })
 */
export function fileXIncludes(file: string | undefined, root?: string): XIncludeSettings {
  const document = resolve(file ?? join(process.cwd(), 'document.xml'));
  const folder = resolve(root ?? dirname(document));
  let realFolder: string;
  try {
    realFolder = realpathSync(folder);
    if (!statSync(realFolder).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new TeiUsageError(`the XInclude root ${root ?? folder} is not a folder`);
  }
  // Included files are named as the top-level one was: relative to where the user stands, or absolute.
  const given = file ?? 'document.xml';
  const name = (path: string) => (isAbsolute(given) ? path : join(dirname(given), relative(dirname(document), path)));
  const rootName = root === undefined ? `the folder of ${given}, the default XInclude root (give a wider one with --xinclude-root or xincludeRoot)` : `the XInclude root ${root}`;
  return { url: pathToFileURL(document).href, resolve: confinedResolver(folder, realFolder, rootName, name) };
}

/**
 * The settings a Node option asks for, or undefined when XInclude is off.
 *
 * @example
 * xincludeSettings({ xinclude: true }, 'tei/notebook.xml') // reads files under tei/
 */
export function xincludeSettings(options: NodeXIncludeOptions, file: string | undefined): XIncludeSettings | undefined {
  // A root alone asks for XInclude too: there is nothing else it could mean.
  if (options.xinclude === false || (options.xinclude === undefined && options.xincludeRoot === undefined)) return undefined;
  return typeof options.xinclude === 'object' ? options.xinclude : fileXIncludes(file, options.xincludeRoot);
}

function confinedResolver(folder: string, realFolder: string, rootName: string, displayName: (path: string) => string): XIncludeResolver {
  return (request: XIncludeRequest): XIncludeResource => {
    if (!request.url.startsWith('file:')) return { refused: `${request.url} is not a local file` };
    const path = fileURLToPath(request.url);
    const name = displayName(path);
    if (!isInside(folder, path)) return { refused: `${name} is outside ${rootName}` };
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { missing: code === 'ENOENT' ? `no such file: ${name}` : `cannot read ${name} (${code ?? 'error'})` };
    }
    if (!isInside(realFolder, real)) return { refused: `${name} is a link to a file outside ${rootName}` };
    try {
      return { bytes: readFileSync(real), name };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { missing: code === 'EISDIR' ? `${name} is a folder, not a file` : `cannot read ${name} (${code ?? 'error'})` };
    }
  };
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
