/**
 * `<?xml-model?>` processing instructions (W3C "Associating Schemas with XML documents"): which schema a document
 * names for itself. Only the prolog is read. Browser-safe.
 */
import { readXml } from './xml/reader.js';

/**
 * The RELAX NG namespace, as `schematypens` names it.
 * @example
 * xmlModels(text).filter((m) => m.schematypens === RELAXNG_SCHEMATYPENS)
 */
export const RELAXNG_SCHEMATYPENS = 'http://relaxng.org/ns/structure/1.0';

/**
 * One `<?xml-model?>` declaration: its pseudo-attributes.
 * @example
 * xmlModels(text)[0] // { href: 'tei_all.rng', schematypens: 'http://relaxng.org/ns/structure/1.0', type: 'application/xml', attributes: {...} }
 */
export interface XmlModel {
  href: string;
  schematypens?: string;
  type?: string;
  /** All pseudo-attributes, including the three above. */
  attributes: Record<string, string>;
}

const STOP = Symbol('root reached');
const PSEUDO_ATTRIBUTE = /([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The `<?xml-model?>` declarations before the root element, in order.
 *
 * @example
 * xmlModels('<?xml-model href="tei_all.rng" schematypens="http://relaxng.org/ns/structure/1.0"?><TEI/>')[0]?.href // 'tei_all.rng'
 */
export function xmlModels(text: string): XmlModel[] {
  const found: XmlModel[] = [];
  try {
    readXml(text, {
      startElement() {
        throw STOP;
      },
      endElement() {},
      text() {},
      processingInstruction(target, data) {
        if (target !== 'xml-model') return;
        const attributes: Record<string, string> = {};
        for (const m of data.matchAll(PSEUDO_ATTRIBUTE)) attributes[m[1]!] = decode(m[2] ?? m[3] ?? '');
        if (attributes.href !== undefined) found.push({ href: attributes.href, schematypens: attributes.schematypens, type: attributes.type, attributes });
      },
    });
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return found;
}

/**
 * The first RELAX NG schema a document names: `schematypens` is RELAX NG's namespace, or absent with an `.rng` href.
 *
 * @example
 * relaxNgModel(text)?.href // '../schema/project.rng'
 */
export function relaxNgModel(text: string): XmlModel | undefined {
  return xmlModels(text).find((m) => m.schematypens === RELAXNG_SCHEMATYPENS || (m.schematypens === undefined && /\.rng$/i.test(m.href)));
}

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, n: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[n]!);
}
