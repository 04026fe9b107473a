/**
 * NODE-ONLY. Schematron on Node: TEI's own constraints compiled at build time (`dist/xslt/schematron-tei-p5.sef.json`),
 * and users' Schematron files (`.sch`, a RELAX NG schema with embedded Schematron such as one generated from an ODD,
 * or the ODD itself) compiled on first use by teikit's compiler (`dist/xslt/schematron-compile.sef.json`) and then to SEF by
 * xslt3, once per process and file (again when the file changes).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TeiInputError, TeiTransformError } from '../../errors.js';
import { nodeSaxon } from '../../node/transform.js';
import { packagePath } from '../../node/packageFiles.js';
import { decodeXml } from '../../parse/decode.js';
import { withResourcesBlocked, guardResources, type Sef } from '../../transform/saxon.js';
import type { Validator } from '../context.js';
import { schematronValidator } from './validator.js';

/**
 * TEI's constraints compiled by the build, in `dist/xslt/` (`teikit/sef/schematron-tei-p5.sef.json` for browsers).
 *
 * @example
 * const sef = JSON.parse(readFileSync(packagePath('dist', 'xslt', TEI_SCHEMATRON_SEF), 'utf8'))
 */
export const TEI_SCHEMATRON_SEF = 'schematron-tei-p5.sef.json';

/**
 * teikit's Schematron compiler compiled by the build, in `dist/xslt/`: Schematron in, XSLT out.
 *
 * @example
 * saxon.transform({ stylesheetInternal: compilerSef, sourceText: schText, destination: 'serialized' }, 'sync')
 */
export const SCHEMATRON_COMPILER_SEF = 'schematron-compile.sef.json';

const shipped = new Map<string, Sef>();
const compiled = new Map<string, { mtimeMs: number; sef: Sef }>();

function shippedSef(name: string): Sef {
  let sef = shipped.get(name);
  if (!sef) {
    const path = packagePath('dist', 'xslt', name);
    try {
      sef = JSON.parse(readFileSync(path, 'utf8')) as Sef;
    } catch (error) {
      throw new TeiTransformError(`cannot load the compiled Schematron ${path} (run \`npm run build\`)`, { cause: error });
    }
    shipped.set(name, sef);
  }
  return sef;
}

/**
 * The validator for TEI's own Schematron constraints (those embedded in tei_all.rng), rule ids `tei:<spec>/<constraint>`.
 *
 * @example
 * const diagnostics = validate(text, { validators: [teiSchematron()] }) // the browser-safe validate
 */
export function teiSchematron(): Validator {
  return schematronValidator({ saxon: nodeSaxon(), sef: shippedSef(TEI_SCHEMATRON_SEF), naming: 'tei' });
}

/**
 * The validator for a Schematron file (rule ids `sch:<assert id or pattern id>`), compiled on first use.
 *
 * @throws {TeiInputError} when the file is missing, is not Schematron, uses what teikit does not support
 *   (include, abstract patterns), or has an XPath error.
 * @example
 * const diagnostics = validate(text, { validators: [schematronFile('schema/project.sch')] })
 */
export function schematronFile(path: string): Validator {
  return schematronValidator({ saxon: nodeSaxon(), sef: compileSchematronFile(path), naming: 'sch' });
}

/**
 * A Schematron file compiled to SEF (cached by path while the file is unchanged).
 *
 * @example
 * const sef = compileSchematronFile('project.sch')
 */
export function compileSchematronFile(path: string): Sef {
  const absolute = resolve(path);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(absolute).mtimeMs;
  } catch (error) {
    throw new TeiInputError(`no such Schematron file: ${path}`, { file: path, cause: error });
  }
  const cached = compiled.get(absolute);
  if (cached && cached.mtimeMs === mtimeMs) return cached.sef;
  const xslt = schematronToXslt(decodeXml(readFileSync(absolute), path), path);
  const sef = xsltToSef(xslt, path);
  compiled.set(absolute, { mtimeMs, sef });
  return sef;
}

/** Schematron text to the XSLT that runs it, by teikit's compiler. */
function schematronToXslt(text: string, path: string): string {
  const saxon = nodeSaxon();
  guardResources(saxon);
  try {
    const result = withResourcesBlocked(() =>
      saxon.transform({ stylesheetInternal: shippedSef(SCHEMATRON_COMPILER_SEF), sourceText: text, destination: 'serialized', deliverMessage: () => {} }, 'sync'),
    );
    return (result as { principalResult: string }).principalResult;
  } catch (error) {
    if (error instanceof TeiTransformError) throw error;
    const message = (error as { message?: string }).message ?? String(error);
    throw new TeiInputError(`cannot use the Schematron schema ${path}: ${message}`, { file: path, cause: error });
  }
}

/** XSLT to SEF with `xslt3 -export` in a child process (SaxonJS has no public in-process compiler). */
function xsltToSef(xslt: string, path: string): Sef {
  const work = mkdtempSync(join(tmpdir(), 'teikit-schematron-'));
  const source = join(work, 'schema.xsl');
  const target = join(work, 'schema.sef.json');
  try {
    writeFileSync(source, xslt);
    const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
    execFileSync(process.execPath, [xslt3, `-xsl:${source}`, `-export:${target}`, '-nogo', '-relocate:on'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    return JSON.parse(readFileSync(target, 'utf8')) as Sef;
  } catch (error) {
    const detail = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim();
    throw new TeiInputError(`cannot compile the Schematron schema ${path}: ${detail}`, { file: path, cause: error });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
