/**
 * teikit: TEI P5 scholarly editions in TypeScript.
 * Named re-exports only: the public API at a glance.
 */
export {
  TeiError,
  TeiParseError,
  TeiInputError,
  TeiTransformError,
  TeiUsageError,
  codeFrame,
  type SourcePosition,
  type TeiErrorKind,
  type TeiErrorOptions,
} from './errors.js';
export { parseTei, TEI_NS, XML_NS, type ParseOptions, type Positioned } from './parse/parseTei.js';
export { decodeXml } from './parse/decode.js';
export { readXmlFile, readXmlFileSync, type SourceText } from './node/readInput.js';
export { editionInfo, type EditionInfo } from './inspect/editionInfo.js';
export { createTransformer, type StylesheetName, type TeiSource, type Transformer, type TransformPlatform } from './transform/transformer.js';
export type { CommonOptions, GapStyle, HtmlOptions, TextOptions, View } from './transform/options.js';
export type { SaxonJSLike, Sef } from './transform/saxon.js';
export {
  toHtml,
  toHtmlAsync,
  toText,
  toTextAsync,
  type NodeHtmlOptions,
  type NodeTextOptions,
  type TeiInput,
} from './node/transform.js';
