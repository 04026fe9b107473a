/**
 * Escaping for text and attribute values, so that a conforming parser reads back exactly the characters of the
 * model: in text `&`, `<`, the `>` of `]]>`, and carriage returns (which a parser would turn into newlines);
 * in attributes also `"` and tab/newline/CR (which attribute-value normalisation would turn into spaces).
 * Characters that XML 1.0 forbids are refused. Browser-safe.
 */
import { TeiModelError } from '../model/errors.js';

// Anything that needs a look: markup characters, CR, controls, surrogates (to check pairing), U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const TEXT_ATTENTION = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const ATTRIBUTE_ATTENTION = /[&<"\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const TEXT_ESCAPES = /[&<\r]|\]\]>/g;
const ATTRIBUTE_ESCAPES = /[&<"\t\n\r]/g;
const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  ']]>': ']]&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const replace = (match: string): string => REPLACEMENTS[match]!;

/**
 * Escape character data for element content. `>` stays as it is except in `]]>`.
 *
 * @throws {TeiModelError} when the text holds a character XML 1.0 forbids (a C0 control, a lone surrogate...).
 * @example
 * escapeText('a < b && c ]]> d') // 'a &lt; b &amp;&amp; c ]]&gt; d'
 */
export function escapeText(value: string): string {
  if (!TEXT_ATTENTION.test(value)) return value;
  refuseForbidden(value, 'text');
  return value.replace(TEXT_ESCAPES, replace);
}

/**
 * Escape an attribute value for a double-quoted attribute. Tab, newline and CR become character references, so
 * that attribute-value normalisation cannot turn them into spaces when the output is read again.
 *
 * @throws {TeiModelError} when the value holds a character XML 1.0 forbids.
 * @example
 * escapeAttribute('say "hi"\n') // 'say &quot;hi&quot;&#10;'
 */
export function escapeAttribute(value: string, name = 'attribute'): string {
  if (!ATTRIBUTE_ATTENTION.test(value)) return value;
  refuseForbidden(value, name);
  return value.replace(ATTRIBUTE_ESCAPES, replace);
}

/**
 * Throw when `value` holds a character XML 1.0 forbids.
 *
 * @example
 * refuseForbidden('bell\u0007', 'text') // throws TeiModelError: text: character U+0007 is not allowed in XML
 */
export function refuseForbidden(value: string, field: string, element?: string): void {
  const match = FORBIDDEN.exec(value);
  if (!match) return;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  throw new TeiModelError(field, `character U+${code} is not allowed in XML`, element === undefined ? {} : { element });
}
