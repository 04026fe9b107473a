/**
 * One pass of the strict reader over a document, noting what XInclude needs: each `xi:include` (its attributes,
 * its base URI, the context its replacement will stand in, its `xi:fallback`), the root element, and the
 * comments and processing instructions outside it. Offsets only: nothing is copied. Browser-safe.
 */
import { TeiParseError, TeiXIncludeError } from '../errors.js';
import { positionOf } from '../parse/prolog.js';
import { NamespaceScope, XINCLUDE_NS, XML_NAMESPACE } from '../validate/relaxng/xml/namespaces.js';
import { readXml, XmlSyntaxError, type StartTag } from '../validate/relaxng/xml/reader.js';

/**
 * Where a replacement will stand once its `xi:include` is gone: the namespaces, language and base URI of the
 * nearest ancestor that is not an XInclude element.
 */
export interface SpliceContext {
  scope: NamespaceScope;
  /** The in-scope `xml:lang`, undefined when none is declared. */
  lang: string | undefined;
  base: string;
}

/** An element's start tag, with what its replacement or fix-up needs. */
export interface ElementTag {
  start: number;
  /** The offset after the start tag's `>`. */
  tagEnd: number;
  /** The offset after the element's end tag (equal to `tagEnd` for `<x/>`). */
  end: number;
  qname: string;
  scope: NamespaceScope;
  /** The in-scope `xml:lang`, its own or inherited, undefined when none. */
  lang: string | undefined;
  ownLang: boolean;
  /** Its own `xml:base` attribute, with the offsets of the value between the quotes. */
  base?: { value: string; valueStart: number; valueEnd: number };
}

/**
 * One `xi:include` that is not inside another one (those inside a fallback are listed in it).
 * @example
 * site.href // 'pages/p1.xml'
 */
export interface IncludeSite {
  start: number;
  end: number;
  /** Attributes as written; absent ones are undefined. */
  href?: string;
  parse?: string;
  xpointer?: string;
  encoding?: string;
  /** Offset of the attribute the error messages point at (`href`, else the tag). */
  at: number;
  /** The base URI of the `xi:include` element itself: the document's URL after any `xml:base`. */
  base: string;
  context: SpliceContext;
  fallback?: FallbackContent;
}

/** The content of an `xi:fallback`: its range, the includes inside it and its top-level elements. */
export interface FallbackContent {
  contentStart: number;
  contentEnd: number;
  sites: IncludeSite[];
  children: ElementTag[];
}

/**
 * What {@link scanDocument} found.
 * @example
 * scanDocument(text, 'file:///tei/a.xml', 'a.xml').sites.map((s) => s.href)
 */
export interface ScannedDocument {
  sites: IncludeSite[];
  root: ElementTag;
  /** Comments and processing instructions before and after the root element (the XML declaration excluded). */
  misc: Array<{ start: number; end: number }>;
}

interface Open {
  tag: Tag;
  kind: 'plain' | 'include' | 'fallback';
  site?: IncludeSite;
  /** Where includes found below this element are listed: the document's, or the enclosing fallback's. */
  sites: IncludeSite[];
  /** For plain elements: the context a child replacement stands in. */
  context: SpliceContext;
  /** For elements other than includes: their base URI. */
  base: string;
}

/**
 * Scan `text` (the document at `url`, called `name` in messages).
 *
 * @throws {TeiParseError} when it is not well-formed; {@link TeiXIncludeError} for misplaced XInclude elements
 *   (a fallback outside an include, two fallbacks, an include directly inside an include).
 */
export function scanDocument(text: string, url: string, name: string): ScannedDocument {
  const sites: IncludeSite[] = [];
  const misc: Array<{ start: number; end: number }> = [];
  const stack: Open[] = [];
  let root: ElementTag | undefined;
  const fail = (message: string, at: number): never => {
    throw new TeiXIncludeError(message, { file: name, ...positionOf(text, at), source: text });
  };
  try {
    readXml(text, {
      startElement(tag) {
        const parent = stack[stack.length - 1];
        const element = elementTag(text, tag, parent?.tag);
        const base = element.base ? resolveBase(element.base.value, parent?.base ?? url) : (parent?.base ?? url);
        if (!parent) root = element;
        if (parent?.kind === 'include') {
          const isFallback = tag.ns === XINCLUDE_NS && tag.local === 'fallback';
          if (tag.ns === XINCLUDE_NS && !isFallback) fail(`<${tag.qname}> cannot stand directly inside <xi:include>: only one <xi:fallback> can`, tag.start);
          if (isFallback) {
            if (parent.site!.fallback) fail('<xi:include> has more than one <xi:fallback>', tag.start);
            parent.site!.fallback = { contentStart: tag.end, contentEnd: tag.end, sites: [], children: [] };
            stack.push({ tag: element, kind: 'fallback', site: parent.site, sites: parent.site!.fallback.sites, context: parent.context, base });
            return;
          }
          // Anything else inside an include is ignored (XInclude 1.0 §3.1), with all it contains.
          stack.push({ tag: element, kind: 'include', site: parent.site, sites: [], context: parent.context, base });
          return;
        }
        const context = parent?.context ?? { scope: NamespaceScope.root(), lang: undefined, base: url };
        if (tag.ns === XINCLUDE_NS && tag.local === 'fallback') fail('<xi:fallback> must be a child of <xi:include>', tag.start);
        if (tag.ns === XINCLUDE_NS && tag.local === 'include') {
          if (!parent) fail('the root element cannot be an <xi:include>: include into an element', tag.start);
          const site = includeSite(tag, base, context);
          parent!.sites.push(site);
          stack.push({ tag: element, kind: 'include', site, sites: [], context, base });
          return;
        }
        if (parent?.kind === 'fallback') parent.site!.fallback!.children.push(element);
        const own: SpliceContext = { scope: tag.scope, lang: element.lang, base };
        stack.push({ tag: element, kind: 'plain', sites: parent?.sites ?? sites, context: own, base });
      },
      endElement(start, end) {
        const open = stack.pop()!;
        open.tag.end = end;
        if (open.kind === 'fallback') open.site!.fallback!.contentEnd = open.tag.selfClosing ? open.tag.tagEnd : start;
        if (open.kind === 'include' && open.site && open.tag.start === open.site.start) open.site.end = end;
      },
      text() {},
      processingInstruction(_target, _data, start) {
        if (stack.length === 0) misc.push({ start, end: text.indexOf('?>', start) + 2 });
      },
      comment(_value, start) {
        if (stack.length === 0) misc.push({ start, end: text.indexOf('-->', start) + 3 });
      },
    });
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new TeiParseError(error.message, { file: name, ...positionOf(text, error.offset), source: text, cause: error });
    }
    throw error;
  }
  return { sites, root: root!, misc };
}

type Tag = ElementTag & { selfClosing: boolean };

/** An element's tag record; `end` is filled in when it closes. */
export function elementTag(text: string, tag: StartTag, parent: ElementTag | undefined): Tag {
  let lang = parent?.lang;
  let ownLang = false;
  let base: ElementTag['base'];
  for (const attribute of tag.attributes) {
    if (attribute.ns !== XML_NAMESPACE) continue;
    if (attribute.local === 'lang') {
      lang = attribute.value;
      ownLang = true;
    } else if (attribute.local === 'base') {
      base = { value: attribute.value, ...valueSpan(text, attribute.offset) };
    }
  }
  return { start: tag.start, tagEnd: tag.end, end: tag.end, qname: tag.qname, scope: tag.scope, lang, ownLang, base, selfClosing: tag.selfClosing };
}

/** The offsets between the quotes of the attribute whose name starts at `nameOffset`. */
function valueSpan(text: string, nameOffset: number): { valueStart: number; valueEnd: number } {
  const equals = text.indexOf('=', nameOffset);
  let quote = equals + 1;
  while (text[quote] !== '"' && text[quote] !== "'") quote++;
  return { valueStart: quote + 1, valueEnd: text.indexOf(text[quote]!, quote + 1) };
}

function includeSite(tag: StartTag, base: string, context: SpliceContext): IncludeSite {
  const value = (name: string) => tag.attributes.find((a) => a.ns === '' && a.local === name);
  const href = value('href');
  return {
    start: tag.start,
    end: tag.end,
    href: href?.value,
    parse: value('parse')?.value,
    xpointer: value('xpointer')?.value,
    encoding: value('encoding')?.value,
    at: href?.offset ?? tag.start,
    base,
    context,
  };
}

/** An `xml:base` value resolved against its parent's base URI (kept as written when it cannot be). */
function resolveBase(value: string, parent: string): string {
  try {
    return new URL(value, parent).href;
  } catch {
    return parent;
  }
}
