/**
 * XIncludes that are not resolved, between the reader and the validator: validation of text reads no file, so each
 * `xi:include` is replaced by the content of its `xi:fallback`, as XInclude says when a resource cannot be read,
 * and one without a fallback is an error at the `xi:include`. To validate what includes name, resolve them first
 * (`src/xinclude/`: `validate(..., { xinclude })`, `validateFileAgainstSchema`). Browser-safe.
 */
import { XINCLUDE_NS } from './namespaces.js';
import type { StartTag, XmlHandler } from './reader.js';

/**
 * Report an include without a fallback at the `xi:include` tag.
 * @example
 * new XIncludeFilter(run, (message, start, end) => run.error(message, start, end))
 */
export type XIncludeErrorSink = (message: string, start: number, end: number) => void;

const PASS = 0;
const IGNORE = 1;
const INCLUDE = 2;
const FALLBACK = 3;

interface Mode {
  kind: number;
  /** INCLUDE: whether its fallback has been seen; its href and the include tag's offsets. */
  fellBack?: boolean;
  href?: string;
  start?: number;
  end?: number;
}

/**
 * An event filter that puts each include's fallback in its place.
 *
 * @example
 * readXml(text, new XIncludeFilter(run, (message, start, end) => run.error(message, start, end)))
 */
export class XIncludeFilter implements XmlHandler {
  private readonly modes: Mode[] = [];

  constructor(
    private readonly downstream: XmlHandler,
    private readonly onError: XIncludeErrorSink,
  ) {}

  startElement(tag: StartTag): void {
    const top = this.modes[this.modes.length - 1];
    if (top && top.kind === IGNORE) {
      this.modes.push({ kind: IGNORE });
      return;
    }
    if (top && top.kind === INCLUDE) {
      if (tag.ns === XINCLUDE_NS && tag.local === 'fallback' && !top.fellBack) {
        top.fellBack = true;
        this.modes.push({ kind: FALLBACK });
      } else this.modes.push({ kind: IGNORE });
      return;
    }
    if (tag.ns === XINCLUDE_NS && tag.local === 'include') {
      const href = tag.attributes.find((a) => a.ns === '' && a.local === 'href')?.value ?? '';
      this.modes.push({ kind: INCLUDE, fellBack: false, href, start: tag.start, end: tag.end });
      return;
    }
    this.modes.push({ kind: PASS });
    this.downstream.startElement(tag);
  }

  endElement(start: number, end: number): void {
    const mode = this.modes.pop()!;
    if (mode.kind === PASS) this.downstream.endElement(start, end);
    else if (mode.kind === INCLUDE && !mode.fellBack) {
      const what = mode.href ? `${mode.href} is not included` : 'nothing is included';
      this.onError(`includes are not followed here (validate with XInclude on: --xinclude), so ${what}, and the xi:include has no xi:fallback`, mode.start!, mode.end!);
    }
  }

  text(value: string, start: number): void {
    const top = this.modes[this.modes.length - 1];
    if (!top || top.kind === PASS || top.kind === FALLBACK) this.downstream.text(value, start);
  }
}
