/**
 * Runs teikit's compiled stylesheets (or a user's) with SaxonJS. Browser-safe: the platform (a SaxonJS
 * instance and a way to get compiled stylesheets) is passed in; `src/node/transform.ts` supplies Node's.
 */
import { XMLSerializer, type Document } from '@xmldom/xmldom';
import { TeiParseError, TeiTransformError } from '../errors.js';
import { deepestElement } from '../parse/depth.js';
import { checkXmlText } from '../parse/prolog.js';
import type { Edition } from '../model/edition.js';
import { parseTei } from '../parse/parseTei.js';
import { writeTei } from '../serialize/writeTei.js';
import { htmlParameters, textParameters, type HtmlOptions, type TextOptions } from './options.js';
import { BLOCKED, guardResources, withResourcesBlocked, withResourcesBlockedAsync, type SaxonJSLike, type Sef } from './saxon.js';

/**
 * teikit's entry stylesheets, compiled to `dist/xslt/<name>.sef.json`.
 *
 * @example
 * createTransformer({ saxon, stylesheet: (name: StylesheetName) => sefs[name] })
 */
export type StylesheetName = 'html' | 'text';

/**
 * Where a transformer gets SaxonJS and the compiled stylesheets: Node's `saxon-js` and `dist/xslt/` in
 * `toHtml`/`toText`, the browser runtime and fetched SEFs in a page.
 * @example
 * createTransformer({ saxon: window.SaxonJS, stylesheet: (name) => sefs[name] })
 */
export interface TransformPlatform {
  /** A SaxonJS 2 instance (Node's `saxon-js` or the browser's `SaxonJS2.rt.js`). */
  saxon: SaxonJSLike;
  /** The compiled entry stylesheet; called once per name and cached by the transformer. */
  stylesheet(name: StylesheetName): Sef;
}

/**
 * TEI as text, a parsed document, or an edition of the typed model (both serialised first: SaxonJS reads text).
 *
 * @example
 * transformer.toHtml(readEdition(text)) // or the text itself, or parseTei(text)
 */
export type TeiSource = string | Document | Edition;

/**
 * What {@link createTransformer} returns: teikit's transforms over the SaxonJS instance it was given.
 * @example
 * const html = transformer.toHtml(teiText, { fragment: true })
 */
export interface Transformer {
  /** TEI to HTML (a page, or an `<article>` with `fragment`). */
  toHtml(input: TeiSource, options?: HtmlOptions): string;
  /** TEI to plain text. */
  toText(input: TeiSource, options?: TextOptions): string;
  /** {@link Transformer.toHtml} without blocking (SaxonJS's async mode). */
  toHtmlAsync(input: TeiSource, options?: HtmlOptions): Promise<string>;
  /** {@link Transformer.toText} without blocking. */
  toTextAsync(input: TeiSource, options?: TextOptions): Promise<string>;
  /** Run a compiled stylesheet (e.g. a customised HTML stylesheet) with the same checks and error mapping. */
  run(sef: Sef, input: TeiSource, params: Record<string, unknown>, file?: string): string;
}

/**
 * A transformer over a SaxonJS instance. In a browser, load SaxonJS's browser runtime and fetch teikit's SEFs
 * (`teikit/xslt/html.sef.json`, `teikit/xslt/text.sef.json`).
 *
 * @example
 * const transformer = createTransformer({ saxon: window.SaxonJS, stylesheet: (name) => sefs[name] })
 * document.body.innerHTML = transformer.toHtml(teiText, { fragment: true })
 */
export function createTransformer(platform: TransformPlatform): Transformer {
  guardResources(platform.saxon);
  const compiled = new Map<StylesheetName, Sef>();
  const stylesheet = (name: StylesheetName) => {
    let sef = compiled.get(name);
    if (!sef) compiled.set(name, (sef = platform.stylesheet(name)));
    return sef;
  };

  const run = (sef: Sef, input: TeiSource, params: Record<string, unknown>, file?: string): string => {
    const source = sourceText(input, file);
    return withResourcesBlocked(() => {
      try {
        return resultOf(platform.saxon.transform(saxonOptions(sef, source, params), 'sync'));
      } catch (error) {
        throw transformError(error, source, file);
      }
    });
  };

  const runAsync = async (sef: Sef, input: TeiSource, params: Record<string, unknown>, file?: string) => {
    const source = sourceText(input, file);
    return withResourcesBlockedAsync(async () => {
      try {
        return resultOf(await platform.saxon.transform(saxonOptions(sef, source, params), 'async'));
      } catch (error) {
        throw transformError(error, source, file);
      }
    });
  };

  return {
    toHtml: (input, options = {}) => run(stylesheet('html'), input, htmlParameters(options), options.file),
    toText: (input, options = {}) => run(stylesheet('text'), input, textParameters(options), options.file),
    toHtmlAsync: (input, options = {}) => runAsync(stylesheet('html'), input, htmlParameters(options), options.file),
    toTextAsync: (input, options = {}) => runAsync(stylesheet('text'), input, textParameters(options), options.file),
    run,
  };
}

/** The text SaxonJS will parse, after the checks that make untrusted input safe (entities, characters, root). */
function sourceText(input: TeiSource, file: string | undefined): string {
  return checkXmlText(teiText(input), file).source;
}

/**
 * A source as XML text: text as it is, an edition written with `writeTei`, a Document serialised.
 *
 * @example
 * teiText(readEdition(text)) // the edition's TEI
 */
export function teiText(input: TeiSource): string {
  if (typeof input === 'string') return input;
  return 'document' in input && input.document?.type === 'document' ? writeTei(input) : new XMLSerializer().serializeToString(input as Document);
}

function saxonOptions(sef: Sef, sourceText: string, params: Record<string, unknown>) {
  return {
    stylesheetInternal: sef,
    sourceText,
    destination: 'serialized' as const,
    stylesheetParams: params,
    // xsl:message output is the stylesheet's business, not the console's.
    deliverMessage: () => {},
  };
}

function resultOf(result: unknown): string {
  const principal = (result as { principalResult?: unknown } | null)?.principalResult;
  if (typeof principal !== 'string') throw new TeiTransformError('the stylesheet produced no serialized result');
  return principal;
}

/**
 * SaxonJS reports malformed input as FODC0002 with 0-based lines inside the message; xmldom gives precise
 * positions and messages, so on that (rare) path the input is parsed again to report it well.
 */
function transformError(error: unknown, source: string, file: string | undefined): Error {
  const { message = String(error), code } = error as { message?: string; code?: string };
  if (message.includes(BLOCKED)) {
    const location = message.slice(message.indexOf(BLOCKED) + BLOCKED.length + 2).split(/[;\s]/)[0];
    return new TeiTransformError(`${BLOCKED}: ${location}`, { file, cause: error });
  }
  if (message.includes('Maximum call stack size exceeded')) return tooDeep(source, file, error);
  const position = /at line (\d+) column (\d+)/.exec(message);
  if (code === 'FODC0002' && position) {
    parseTei(source, { file }); // throws the precise TeiParseError
    return new TeiParseError(`not well-formed: ${message.replace(/ at line \d+ column \d+.*/, '')}`, {
      file,
      line: Number(position[1]) + 1,
      column: Number(position[2]) + 1,
      source,
      cause: error,
    });
  }
  return new TeiTransformError(`XSLT ${code ? `${code}: ` : ''}${message}`, { file, cause: error });
}

/** SaxonJS recurses once per element level, so a very deep document exhausts the stack: say where and why. */
function tooDeep(source: string, file: string | undefined, cause: unknown): TeiTransformError {
  const { depth, line, column } = deepestElement(source);
  return new TeiTransformError(
    `elements nest ${depth} levels deep, more than the XSLT processor's stack allows (real editions nest a few dozen levels)`,
    { file, line, column, cause },
  );
}
