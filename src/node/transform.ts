/**
 * toHtml and toText on Node: SaxonJS loaded lazily (about 0.5 s, once), compiled stylesheets read once,
 * inputs given as TEI text, a file path or a parsed document.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Document } from '@xmldom/xmldom';
import type { Edition } from '../model/edition.js';
import { TeiInputError, TeiTransformError } from '../errors.js';
import { htmlParameters, textParameters, type HtmlOptions, type TextOptions } from '../transform/options.js';
import type { SaxonJSLike, Sef } from '../transform/saxon.js';
import { createTransformer, teiText, type StylesheetName, type Transformer } from '../transform/transformer.js';
import { packagePath } from './packageFiles.js';
import { readXmlFile, readXmlFileSync, type SourceText } from './readInput.js';
import { xincludeSettings, type NodeXIncludeOptions } from './xinclude.js';
import { assembleXIncludes } from '../xinclude/assemble.js';

/**
 * TEI text (starts with `<`), a path to a TEI file, a parsed document, an edition, or text with its file name.
 *
 * @example
 * const inputs: TeiInput[] = ['tei/edition.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0">…</TEI>', { text, file: 'a.xml' }]
 */
export type TeiInput = string | Document | Edition | SourceText;

/**
 * Options of the Node {@link toHtml}: the HTML options and a customised stylesheet.
 * @example
 * toHtml('letter.xml', { view: 'diplomatic', stylesheet: 'my-edition.xsl' })
 */
export interface NodeHtmlOptions extends HtmlOptions, NodeXIncludeOptions {
  /**
   * A customised stylesheet (a path) that `xsl:import`s teikit's `xslt/html.xsl` and overrides templates.
   * Compiled at run time on first use and cached for the process (see README: Customising the HTML).
   */
  stylesheet?: string;
}

/**
 * Options of the Node {@link toText}.
 * @example
 * toText('letter.xml', { gapStyle: 'descriptive', notes: 'inline' })
 */
export interface NodeTextOptions extends TextOptions, NodeXIncludeOptions {
  /** A customised text stylesheet (a path), like {@link NodeHtmlOptions.stylesheet}. */
  stylesheet?: string;
}

let transformer: Transformer | undefined;
let saxon: SaxonJSLike | undefined;

/** The SaxonJS instance teikit uses on Node, loaded on first use. */
export function nodeSaxon(): SaxonJSLike {
  saxon ??= createRequire(import.meta.url)('saxon-js') as SaxonJSLike;
  return saxon;
}

function nodeTransformer(): Transformer {
  transformer ??= createTransformer({
    saxon: nodeSaxon(),
    stylesheet: (name: StylesheetName) => readSef(packagePath('dist', 'xslt', `${name}.sef.json`)),
  });
  return transformer;
}

function readSef(path: string): Sef {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Sef;
  } catch (error) {
    throw new TeiTransformError(`cannot load the compiled stylesheet ${path} (run \`npm run build\`)`, { cause: error });
  }
}

/**
 * TEI to HTML: a standalone HTML5 page, or an `<article>` with `fragment: true`.
 *
 * @throws {TeiParseError} for input that is not well-formed TEI; {@link TeiInputError} for a missing file;
 *   {@link TeiTransformError} when the stylesheet fails.
 * @example
 * const html = toHtml('tei/darusenkov-1964-10-16.xml', { view: 'diplomatic', layout: 'parallel' })
 */
export function toHtml(input: TeiInput, options: NodeHtmlOptions = {}): string {
  const { text, file } = resolveInput(input, options);
  if (options.stylesheet) return runCustom(options.stylesheet, text, htmlParameters({ ...options, file }), file);
  return nodeTransformer().toHtml(text, { ...options, file });
}

/**
 * TEI to plain text: paragraphs separated by blank lines, notes as numbered endnotes.
 *
 * @example
 * const text = toText('tei/darusenkov-1964-10-16.xml', { gapStyle: 'descriptive', notes: 'inline' })
 */
export function toText(input: TeiInput, options: NodeTextOptions = {}): string {
  const { text, file } = resolveInput(input, options);
  if (options.stylesheet) return runCustom(options.stylesheet, text, textParameters({ ...options, file }), file);
  return nodeTransformer().toText(text, { ...options, file });
}

/**
 * {@link toHtml} without blocking the event loop while a file is read or a large document transformed.
 *
 * @example
 * const page = await toHtmlAsync('tei/darusenkov-1964-10-16.xml', { view: 'diplomatic' })
 */
export async function toHtmlAsync(input: TeiInput, options: NodeHtmlOptions = {}): Promise<string> {
  const { text, file } = await resolveInputAsync(input, options);
  if (options.stylesheet) return runCustom(options.stylesheet, text, htmlParameters({ ...options, file }), file);
  return nodeTransformer().toHtmlAsync(text, { ...options, file });
}

/**
 * {@link toText}, asynchronously.
 *
 * @example
 * const text = await toTextAsync('tei/darusenkov-1964-10-16.xml', { gapStyle: 'descriptive' })
 */
export async function toTextAsync(input: TeiInput, options: NodeTextOptions = {}): Promise<string> {
  const { text, file } = await resolveInputAsync(input, options);
  if (options.stylesheet) return runCustom(options.stylesheet, text, textParameters({ ...options, file }), file);
  return nodeTransformer().toTextAsync(text, { ...options, file });
}

/** XML text is recognised by its first character; anything else is a path. */
function isXmlText(input: string): boolean {
  return /^\uFEFF?\s*</.test(input);
}

type Resolved = { text: string | Document | Edition; file?: string };

function resolveInput(input: TeiInput, options: NodeXIncludeOptions & { file?: string }): Resolved {
  return withIncludes(isPath(input) ? readXmlFileSync(input) : given(input, options.file), options);
}

async function resolveInputAsync(input: TeiInput, options: NodeXIncludeOptions & { file?: string }): Promise<Resolved> {
  return withIncludes(isPath(input) ? await readXmlFile(input) : given(input, options.file), options);
}

/** The document with its XIncludes resolved, when asked for. */
function withIncludes(resolved: Resolved, options: NodeXIncludeOptions): Resolved {
  const settings = xincludeSettings(options, resolved.file);
  if (!settings) return resolved;
  return { text: assembleXIncludes(teiText(resolved.text), { ...settings, file: resolved.file }).text, file: resolved.file };
}

function isPath(input: TeiInput): input is string {
  return typeof input === 'string' && !isXmlText(input);
}

function given(input: TeiInput, file: string | undefined): Resolved {
  if (typeof input === 'object' && 'text' in input && typeof input.text === 'string') return { text: input.text, file: input.file };
  return { text: input as string | Document | Edition, file };
}

const customStylesheets = new Map<string, { mtimeMs: number; sef: Sef }>();

/**
 * A user's stylesheet, compiled once per process (and again when the file changes) by SaxonJS's own
 * XSLT compiler, then run like teikit's own.
 */
function runCustom(path: string, text: string | Document | Edition, params: Record<string, unknown>, file: string | undefined): string {
  return nodeTransformer().run(customSef(path), text, params, file);
}

function customSef(path: string): Sef {
  const absolute = resolve(path);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(absolute).mtimeMs;
  } catch (error) {
    throw new TeiInputError(`no such stylesheet: ${path}`, { file: path, cause: error });
  }
  const cached = customStylesheets.get(absolute);
  if (cached && cached.mtimeMs === mtimeMs) return cached.sef;
  const sef = compileStylesheet(absolute);
  customStylesheets.set(absolute, { mtimeMs, sef });
  return sef;
}

/**
 * XSLT source to SEF with `xslt3 -export` (the compiler SaxonJS ships), in a child process: SaxonJS offers no
 * public in-process compile to SEF, and its `fn:transform` recompiles on every call.
 */
function compileStylesheet(absolutePath: string): Sef {
  const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
  const work = mkdtempSync(join(tmpdir(), 'teikit-xslt-'));
  const target = join(work, 'stylesheet.sef.json');
  try {
    execFileSync(process.execPath, [xslt3, `-xsl:${absolutePath}`, `-export:${target}`, '-nogo', '-relocate:on', '-ns:##html5'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    return JSON.parse(readFileSync(target, 'utf8')) as Sef;
  } catch (error) {
    const detail = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim();
    throw new TeiTransformError(`cannot compile the stylesheet ${absolutePath}: ${detail}`, { file: absolutePath, cause: error });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
