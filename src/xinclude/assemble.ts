/**
 * XInclude 1.0 on text: each `xi:include` is replaced by the document, element or text it names, spliced into the
 * including text so that everything else stays byte for byte, and a source map records where every character came
 * from. Resources come from the caller's resolver (a confined file reader on Node, anything a page can offer in a
 * browser); this module reads nothing itself. Browser-safe.
 *
 * What the spec asks and this does: `parse="xml"` (the whole document, or the element an `xpointer` names) and
 * `parse="text"` (with `encoding`), `xi:fallback` (itself processed), nested includes, namespace, `xml:base` and
 * `xml:lang` fix-ups on included top-level elements, a loop check. What it adds: only relative references are
 * followed (no absolute paths, no URLs), a bound on nesting, on the number of inclusions and on the assembled size.
 */
import { TeiXIncludeError } from '../errors.js';
import { decodeXml } from '../parse/decode.js';
import { positionOf } from '../parse/prolog.js';
import { XINCLUDE_NS } from '../validate/relaxng/xml/namespaces.js';
import { scanDocument, type ElementTag, type IncludeSite, type ScannedDocument, type SpliceContext } from './scan.js';
import { SourceMapBuilder, type SourceMap, type SourcePart } from './sourceMap.js';
import { PointerTarget } from './xpointer.js';

/**
 * What the assembler asks the resolver for.
 * @example
 * const request: XIncludeRequest = { url: 'file:///tei/pages/p1.xml', href: 'pages/p1.xml', parse: 'xml', from: 'tei/notebook.xml' }
 */
export interface XIncludeRequest {
  /** The absolute URL `href` resolves to, against the `xi:include`'s base URI. */
  url: string;
  /** `href` as written. */
  href: string;
  parse: 'xml' | 'text';
  /** `encoding` as written, for `parse="text"`. */
  encoding?: string;
  /** The including document's name. */
  from: string;
}

/**
 * What a resolver answers: the resource (text, or bytes that teikit decodes), or why there is none. `missing` lets
 * the `xi:fallback` apply; `refused` is an error at the `xi:include`, whatever its fallback says.
 *
 * @example
 * const found: XIncludeResource = { text: '<surface xmlns="http://www.tei-c.org/ns/1.0"/>', name: 'pages/p1.xml' }
 * const gone: XIncludeResource = { missing: 'no such file: pages/p9.xml' }
 */
export type XIncludeResource =
  | { text: string; name?: string }
  | { bytes: Uint8Array; name?: string }
  | { missing: string }
  | { refused: string };

/**
 * Gives the resource an include asks for. In a browser, answer from documents fetched beforehand (or use
 * {@link assembleXIncludesAsync} with `fetch`).
 *
 * @example
 * const resolve: XIncludeResolver = ({ url }) => (files.has(url) ? { text: files.get(url)!, name: url } : { missing: `not fetched: ${url}` })
 */
export type XIncludeResolver = (request: XIncludeRequest) => XIncludeResource;

/**
 * Options of {@link assembleXIncludes}.
 * @example
 * assembleXIncludes(text, { url: 'https://example.org/tei/notebook.xml', resolve })
 */
export interface XIncludeOptions<R = XIncludeResolver> {
  /** The document's URL: relative `href`s resolve against it (a `file:` URL on Node). */
  url: string;
  /** The document's name in messages. Default: `url`. */
  file?: string;
  resolve: R;
  /** Includes nested deeper than this are an error. Default 32. */
  maxDepth?: number;
  /** More inclusions than this in one document are an error (a fan of includes can grow exponentially). Default 100,000. */
  maxIncludes?: number;
  /** An assembled text longer than this (in UTF-16 code units) is an error. Default 256 Mi. */
  maxLength?: number;
}

/**
 * XInclude as an option of the transforms, `validate` and `readEdition`: the document's URL (against which `href`s
 * resolve) and the resolver; the document's name for messages is the `file` option.
 *
 * @example
 * const settings: XIncludeSettings = { url: 'https://example.org/tei/notebook.xml', resolve: ({ url }) => (url in cache ? { text: cache[url]! } : { missing: url }) }
 */
export type XIncludeSettings = Omit<XIncludeOptions, 'file'>;

/**
 * The document with its includes resolved, and where each of its characters came from.
 * @example
 * const { text, map } = assembleXIncludes(source, options)
 * map.position(12, 5) // { file: 'pages/p3.xml', line: 4, column: 5 }
 */
export interface AssembledDocument {
  text: string;
  map: SourceMap;
  /** How many `xi:include` elements were replaced (by a resource or by their fallback). */
  includes: number;
}

const DEFAULTS = { maxDepth: 32, maxIncludes: 100_000, maxLength: 256 * 1024 * 1024 };

/**
 * Resolve the `xi:include`s of `text` with a synchronous resolver.
 *
 * @throws {TeiXIncludeError} at the `xi:include` (file, line, column) for a refused, missing (without fallback) or
 *   looping include and for the bounds; {@link TeiParseError} with the included file's name and position when an
 *   included document is not well-formed.
 * @example
 * const assembled = assembleXIncludes(text, { url: 'file:///tei/notebook.xml', file: 'tei/notebook.xml', resolve })
 * toHtml(assembled.text)
 */
export function assembleXIncludes(text: string, options: XIncludeOptions): AssembledDocument {
  const assembler = new Assembler(options);
  const steps = assembler.run(text);
  for (let step = steps.next(); !step.done; step = steps.next(options.resolve(step.value)));
  return assembler.result();
}

/**
 * {@link assembleXIncludes} with a resolver that may answer later (e.g. with `fetch` in a browser).
 *
 * @example
 * const assembled = await assembleXIncludesAsync(text, {
 *   url: location.href,
 *   resolve: async ({ url }) => { const r = await fetch(url); return r.ok ? { text: await r.text(), name: url } : { missing: `${r.status}` } },
 * })
 */
export async function assembleXIncludesAsync(
  text: string,
  options: XIncludeOptions<(request: XIncludeRequest) => XIncludeResource | Promise<XIncludeResource>>,
): Promise<AssembledDocument> {
  const assembler = new Assembler(options);
  const steps = assembler.run(text);
  for (let step = steps.next(); !step.done; step = steps.next(await options.resolve(step.value)));
  return assembler.result();
}

/**
 * True when `text` may hold an XInclude (it mentions the namespace): without it nothing needs assembling.
 * @example
 * if (mayInclude(text)) text = assembleXIncludes(text, options).text
 */
export function mayInclude(text: string): boolean {
  return text.includes(XINCLUDE_NS);
}

interface Loaded {
  index: number;
  url: string;
  name: string;
  text: string;
  scan: ScannedDocument;
  pointers?: PointerTarget;
}

/** The includes being expanded, outermost first: for the loop check and the depth bound. */
interface Chain {
  depth: number;
  keys: readonly string[];
}

type Steps = Generator<XIncludeRequest, void, XIncludeResource>;

class Assembler {
  private readonly parts: SourcePart[] = [];
  private readonly documents = new Map<string, Loaded>();
  private readonly texts = new Map<string, { index: number; text: string } | { missing: string }>();
  private readonly out = new SourceMapBuilder();
  private readonly limits: typeof DEFAULTS;
  private includes = 0;

  constructor(private readonly options: XIncludeOptions<unknown>) {
    this.limits = {
      maxDepth: options.maxDepth ?? DEFAULTS.maxDepth,
      maxIncludes: options.maxIncludes ?? DEFAULTS.maxIncludes,
      maxLength: options.maxLength ?? DEFAULTS.maxLength,
    };
  }

  *run(text: string): Steps {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const top = this.load(this.options.url, this.options.file ?? this.options.url, source);
    yield* this.range(top, 0, source.length, top.scan.sites, { depth: 0, keys: [`${top.url}#`] });
  }

  result(): AssembledDocument {
    return { ...this.out.finish(this.parts), includes: this.includes };
  }

  private load(url: string, name: string, text: string): Loaded {
    const scan = scanDocument(text, url, name);
    const loaded: Loaded = { index: this.parts.length, url, name, text, scan };
    this.parts.push({ name, text });
    this.documents.set(url, loaded);
    return loaded;
  }

  /**
   * Copy `doc.text[from, to)`, replacing the includes `sites` (in document order, inside the range) and adding
   * namespace fix-ups to the start tags `fixed` (the top-level elements of a fallback) for `target`.
   */
  private *range(doc: Loaded, from: number, to: number, sites: readonly IncludeSite[], chain: Chain, fixed?: { tags: readonly ElementTag[]; target: SpliceContext }): Steps {
    const tags = fixed?.tags ?? [];
    let at = from;
    let t = 0;
    for (const site of sites) {
      if (site.start < from || site.end > to) continue;
      for (; t < tags.length && tags[t]!.start < site.start; t++) at = this.fixTag(doc, at, tags[t]!, fixed!.target);
      this.out.copy(doc.index, doc.text, at, site.start);
      yield* this.include(doc, site, chain);
      at = site.end;
    }
    for (; t < tags.length; t++) at = this.fixTag(doc, at, tags[t]!, fixed!.target);
    this.out.copy(doc.index, doc.text, at, to);
  }

  /** Copy up to the end of `tag`'s name, then its fix-ups; return where copying goes on. */
  private fixTag(doc: Loaded, at: number, tag: ElementTag, target: SpliceContext): number {
    const afterName = tag.start + 1 + tag.qname.length;
    this.out.copy(doc.index, doc.text, at, afterName);
    this.out.write(namespaceFixups(doc.text, tag, target), doc.index, tag.start);
    return afterName;
  }

  private *include(doc: Loaded, site: IncludeSite, chain: Chain): Steps {
    const fail = (message: string) => includeError(doc, site, message);
    if (++this.includes > this.limits.maxIncludes) throw fail(`more than ${this.limits.maxIncludes} inclusions: the document would grow without bound`);
    if (this.out.length > this.limits.maxLength) throw fail(`the assembled document is longer than ${this.limits.maxLength} characters`);
    if (chain.depth >= this.limits.maxDepth) throw fail(`includes nest more than ${this.limits.maxDepth} levels deep`);
    const parse = site.parse ?? 'xml';
    if (parse !== 'xml' && parse !== 'text') throw fail(`parse="${parse}": XInclude knows parse="xml" and parse="text"`);
    const href = site.href ?? '';
    if (href.includes('#')) throw fail(`href="${href}" has a fragment identifier: point into a document with xpointer="..."`);
    if (parse === 'text' && site.xpointer !== undefined) throw fail('parse="text" cannot take an xpointer');
    if (href === '' && (parse === 'text' || site.xpointer === undefined)) throw fail('an xi:include without href needs parse="xml" and an xpointer into this document');
    if (href !== '' && isAbsoluteReference(href)) {
      throw fail(`refused to include ${href}: only relative references inside the XInclude root are followed (no absolute paths, no URLs)`);
    }
    const next: Chain = { depth: chain.depth + 1, keys: chain.keys };
    const missing = (reason: string): Steps => {
      if (!site.fallback) throw fail(`cannot include ${href || `xpointer="${site.xpointer}"`}: ${reason}, and the xi:include has no xi:fallback`);
      return this.range(doc, site.fallback!.contentStart, site.fallback!.contentEnd, site.fallback!.sites, next, { tags: site.fallback!.children, target: site.context });
    };

    if (href === '') return yield* this.insertElement(doc, site, doc, next, missing);
    const url = new URL(href, site.base).href;
    if (parse === 'text') {
      const text = yield* this.textResource(url, href, site, doc);
      if ('missing' in text) return yield* missing(text.missing);
      return this.insertText(text.index, text.text);
    }
    let loaded = this.documents.get(url);
    if (!loaded) {
      const resource = yield { url, href, parse: 'xml', from: doc.name };
      if ('refused' in resource) throw fail(`refused to include ${href}: ${resource.refused}`);
      if ('missing' in resource) return yield* missing(resource.missing);
      const name = resource.name ?? url;
      const text = 'text' in resource ? stripBom(resource.text) : decodeXml(resource.bytes, name);
      loaded = this.load(url, name, text);
    }
    yield* this.insertElement(loaded, site, doc, next, missing);
  }

  /** Insert the included document's root (with the comments and PIs around it) or the element the xpointer names. */
  private *insertElement(target: Loaded, site: IncludeSite, doc: Loaded, chain: Chain, missing: (reason: string) => Steps): Steps {
    const key = `${target.url}#${site.xpointer ?? ''}`;
    const fail = (message: string) => includeError(doc, site, message);
    if (chain.keys.includes(key)) throw fail(`xi:include of ${site.href || `xpointer="${site.xpointer}"`} includes itself (an inclusion loop)`);
    let element = target.scan.root;
    if (site.xpointer !== undefined) {
      const found = (target.pointers ??= new PointerTarget(target.text)).find(site.xpointer);
      if ('reason' in found) return yield* missing(found.reason);
      element = found;
      if (target === doc && element.start <= site.start && site.end <= element.end) throw fail(`xpointer="${site.xpointer}" names an element that contains this xi:include (an inclusion loop)`);
    }
    const next: Chain = { depth: chain.depth, keys: [...chain.keys, key] };
    const whole = site.xpointer === undefined;
    if (whole) for (const m of target.scan.misc) if (m.end <= element.start) this.out.copy(target.index, target.text, m.start, m.end);
    this.startTag(target, element, site.context);
    const inside = target.scan.sites.filter((s) => s.start >= element.tagEnd && s.end <= element.end);
    yield* this.range(target, element.tagEnd, element.end, inside, next);
    if (whole) for (const m of target.scan.misc) if (m.start >= element.end) this.out.copy(target.index, target.text, m.start, m.end);
  }

  /** The start tag of an included top-level element, with its namespace, `xml:lang` and `xml:base` fix-ups. */
  private startTag(doc: Loaded, element: ElementTag, target: SpliceContext): void {
    const afterName = element.start + 1 + element.qname.length;
    const base = element.base ? new URL(element.base.value, doc.url).href : doc.url;
    const relative = base === target.base ? undefined : relativeUrl(target.base, base);
    let fixups = namespaceFixups(doc.text, element, target);
    if (!element.ownLang && (element.lang ?? '') !== (target.lang ?? '')) fixups += ` xml:lang="${escapeAttribute(element.lang ?? '')}"`;
    if (relative !== undefined && !element.base) fixups += ` xml:base="${escapeAttribute(relative)}"`;
    this.out.copy(doc.index, doc.text, element.start, afterName);
    this.out.write(fixups, doc.index, element.start);
    if (relative !== undefined && element.base) {
      // Its own xml:base was relative to its document; rewrite it relative to where it now stands.
      this.out.copy(doc.index, doc.text, afterName, element.base.valueStart);
      this.out.write(escapeAttribute(relative), doc.index, element.base.valueStart);
      this.out.copy(doc.index, doc.text, element.base.valueEnd, element.tagEnd);
    } else {
      this.out.copy(doc.index, doc.text, afterName, element.tagEnd);
    }
  }

  private *textResource(url: string, href: string, site: IncludeSite, doc: Loaded): Generator<XIncludeRequest, { index: number; text: string } | { missing: string }, XIncludeResource> {
    const fail = (message: string) => includeError(doc, site, message);
    const key = `${site.encoding ?? ''}:${url}`;
    let cached = this.texts.get(key);
    if (!cached) {
      const resource = yield { url, href, parse: 'text', encoding: site.encoding, from: doc.name };
      if ('refused' in resource) throw fail(`refused to include ${href}: ${resource.refused}`);
      if ('missing' in resource) cached = resource;
      else {
        const name = resource.name ?? url;
        const text = 'text' in resource ? resource.text : decodeText(resource.bytes, site.encoding, fail);
        const forbidden = FORBIDDEN.exec(text);
        if (forbidden) {
          const code = forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
          throw fail(`cannot include ${href} as text: character U+${code} at ${name}:${positionOf(text, forbidden.index).line} cannot stand in XML`);
        }
        cached = { index: this.parts.length, text };
        this.parts.push({ name, text });
      }
      this.texts.set(key, cached);
    }
    return cached;
  }

  /** Text as character data: `&`, `<` and `>` escaped, everything else copied (and mapped) as it is. */
  private insertText(index: number, text: string): void {
    let at = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 38 && c !== 60 && c !== 62) continue;
      this.out.copy(index, text, at, i);
      this.out.write(c === 38 ? '&amp;' : c === 60 ? '&lt;' : '&gt;', index, i);
      at = i + 1;
    }
    this.out.copy(index, text, at, text.length);
  }
}

// XML 1.0 §2.2: what text inclusion cannot carry into an XML document.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function decodeText(bytes: Uint8Array, encoding: string | undefined, fail: (message: string) => Error): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding ?? 'utf-8', { fatal: true });
  } catch {
    throw fail(`encoding="${encoding}" is not an encoding teikit can decode`);
  }
  try {
    return stripBom(decoder.decode(bytes));
  } catch {
    throw fail(`the included text is not valid ${encoding ?? 'UTF-8'}: give its encoding in encoding="..."`);
  }
}

/** An error at the `xi:include` (its `href`) in the including document. */
function includeError(doc: { name: string; text: string }, site: IncludeSite, message: string): TeiXIncludeError {
  return new TeiXIncludeError(message, { file: doc.name, ...positionOf(doc.text, site.at), source: doc.text });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A reference with a scheme (`file:`, `http:`, `C:`) or an absolute path (`/etc/passwd`, `\\server\share`). */
function isAbsoluteReference(href: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(href) || href.startsWith('/') || href.startsWith('\\');
}

const DECLARATION = /\sxmlns(?::([^\s=]+))?\s*=/g;

/**
 * Declarations that keep `tag`'s names meaning what they meant in its own document once it stands in `target`:
 * every binding in scope at the tag that `target` lacks or binds otherwise, unless the tag declares it itself.
 */
function namespaceFixups(text: string, tag: ElementTag, target: SpliceContext): string {
  const declared = new Set<string>();
  for (const m of text.slice(tag.start, tag.tagEnd).matchAll(DECLARATION)) declared.add(m[1] ?? '');
  let out = '';
  for (const [prefix, uri] of tag.scope.entries()) {
    if (prefix === '' || prefix === 'xml' || declared.has(prefix) || target.scope.resolve(prefix) === uri) continue;
    out += ` xmlns:${prefix}="${escapeAttribute(uri)}"`;
  }
  const defaultNamespace = tag.scope.resolve('') ?? '';
  if (!declared.has('') && defaultNamespace !== (target.scope.resolve('') ?? '')) out += ` xmlns="${escapeAttribute(defaultNamespace)}"`;
  return out;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * `to` relative to `from` when both are on the same scheme and host (the included file as seen from where it now
 * stands: `pages/p1.xml`, `../shared/classDecl.xml`), else `to` itself.
 */
export function relativeUrl(from: string, to: string): string {
  const a = new URL(from);
  const b = new URL(to);
  if (a.protocol !== b.protocol || a.host !== b.host) return to;
  const fromDirectory = a.pathname.split('/').slice(0, -1);
  const toPath = b.pathname.split('/');
  let common = 0;
  while (common < fromDirectory.length && common < toPath.length - 1 && fromDirectory[common] === toPath[common]) common++;
  return '../'.repeat(fromDirectory.length - common) + toPath.slice(common).join('/') + b.search + b.hash;
}
