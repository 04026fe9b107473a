/**
 * XInclude 1.0 between the reader and the validator, as Xerces does it for jing (Debian and most distributions run
 * jing with Xerces' XInclude configuration): an `xi:include` is replaced by the document (or text) it names, or,
 * when that cannot be read, by the content of its `xi:fallback`; an include that fails without a fallback is an
 * error. Included content is validated in place; its errors are reported at the `xi:include` element.
 * Browser-safe: resources are read by the caller's loader (none given: every include falls back).
 */
import { readXml, XmlSyntaxError, type StartTag, type XmlHandler } from './reader.js';
import { XML_NAMESPACE } from './namespaces.js';

/**
 * The XInclude namespace.
 * @example
 * tag.ns === XINCLUDE_NS && tag.local === 'include'
 */
export const XINCLUDE_NS = 'http://www.w3.org/2001/XInclude';

/**
 * Where included documents come from.
 * @example
 * validateXml(schema, text, { xinclude: { base: 'file:///edition/a.xml', load: readLocalResource } })
 */
export interface XIncludeOptions {
  /** The including document's URL, against which `href`s resolve. */
  base?: string;
  /** The text at an absolute URL; throw when it cannot be read (the fallback is then used). */
  load?: (url: string) => string;
}

/**
 * Report a failed include (no fallback, or a malformed included document) at the `xi:include` tag.
 * @example
 * new XIncludeFilter(run, options, (message, start, end) => run.error(message, start, end))
 */
export type XIncludeErrorSink = (message: string, start: number, end: number) => void;

const PASS = 0;
const IGNORE = 1;
const FAILED = 2;
const FALLBACK = 3;

interface Mode {
  kind: number;
  /** FAILED: the fallback has been used; the include tag's offsets. */
  fellBack?: boolean;
  start?: number;
  end?: number;
}

/**
 * An event filter that performs XInclude.
 *
 * @example
 * const filter = new XIncludeFilter(run, { base: 'file:///edition/a.xml', load }, (message, start, end) => run.error(message, start, end))
 * readXml(text, filter)
 */
export class XIncludeFilter implements XmlHandler {
  private readonly modes: Mode[] = [];

  constructor(
    private readonly downstream: XmlHandler,
    private readonly options: XIncludeOptions,
    private readonly onError: XIncludeErrorSink,
    private readonly ancestors: readonly string[] = options.base ? [options.base] : [],
  ) {}

  startElement(tag: StartTag): void {
    const top = this.modes[this.modes.length - 1];
    if (top && top.kind === IGNORE) {
      this.modes.push({ kind: IGNORE });
      return;
    }
    if (top && top.kind === FAILED) {
      if (tag.ns === XINCLUDE_NS && tag.local === 'fallback' && !top.fellBack) {
        top.fellBack = true;
        this.modes.push({ kind: FALLBACK });
      } else this.modes.push({ kind: IGNORE });
      return;
    }
    if (tag.ns === XINCLUDE_NS && tag.local === 'include') {
      this.modes.push(this.include(tag) ? { kind: IGNORE } : { kind: FAILED, fellBack: false, start: tag.start, end: tag.end });
      return;
    }
    this.modes.push({ kind: PASS });
    this.downstream.startElement(tag);
  }

  endElement(start: number, end: number): void {
    const mode = this.modes.pop()!;
    if (mode.kind === PASS) this.downstream.endElement(start, end);
    else if (mode.kind === FAILED && !mode.fellBack) {
      this.onError('xi:include failed and has no xi:fallback: the resource could not be read', mode.start!, mode.end!);
    }
  }

  text(value: string, start: number): void {
    const top = this.modes[this.modes.length - 1];
    if (!top || top.kind === PASS || top.kind === FALLBACK) this.downstream.text(value, start);
  }

  /** Stream the included resource; false when it cannot be read (the fallback applies). */
  private include(tag: StartTag): boolean {
    const attribute = (name: string) => tag.attributes.find((a) => a.ns === '' && a.local === name)?.value;
    const href = attribute('href') ?? '';
    const parse = attribute('parse') ?? 'xml';
    if (attribute('xpointer') !== undefined || href === '' || !this.options.load) return false;
    let url: string;
    try {
      url = new URL(href, this.options.base ?? 'memory:/document.xml').href;
    } catch {
      return false;
    }
    if (this.ancestors.includes(url)) {
      this.onError(`xi:include of ${href} includes itself (inclusion loop)`, tag.start, tag.end);
      return true;
    }
    let text: string;
    try {
      text = this.options.load(url);
    } catch {
      return false;
    }
    if (parse === 'text') {
      if (text !== '') this.downstream.text(text, tag.start);
      return true;
    }
    // Included events are placed at the xi:include tag, since their offsets belong to another text.
    const at = { start: tag.start, end: tag.end };
    let depth = 0;
    const placed: XmlHandler = {
      startElement: (inner) => {
        const attributes = inner.attributes.map((a) => ({ ...a, offset: at.start }));
        if (depth++ === 0 && !attributes.some((a) => a.ns === XML_NAMESPACE && a.local === 'base')) {
          attributes.push({ ns: XML_NAMESPACE, local: 'base', qname: 'xml:base', value: href, offset: at.start });
        }
        nested.startElement({ ...inner, attributes, start: at.start, end: at.end });
      },
      endElement: () => {
        depth--;
        nested.endElement(at.start, at.end);
      },
      text: (value) => nested.text(value, at.start),
    };
    const nested = new XIncludeFilter(this.downstream, { ...this.options, base: url }, this.onError, [...this.ancestors, url]);
    try {
      readXml(text, placed);
    } catch (error) {
      if (!(error instanceof XmlSyntaxError)) throw error;
      while (depth > 0) placed.endElement(at.start, at.end);
      this.onError(`xi:include of ${href}: the included document is not well-formed: ${error.message}`, tag.start, tag.end);
    }
    return true;
  }
}
