/**
 * teikit for browsers (and workers): the core without Node imports. Load SaxonJS's browser runtime
 * (SaxonJS2.rt.js) yourself and pass it with teikit's compiled stylesheets (`teikit/sef/html.sef.json`,
 * `teikit/sef/text.sef.json`) to `createTransformer`.
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
export { editionInfo, type EditionInfo } from './inspect/editionInfo.js';
export { createTransformer, type StylesheetName, type TeiSource, type Transformer, type TransformPlatform } from './transform/transformer.js';
export type { CommonOptions, GapStyle, HtmlOptions, TextOptions, View } from './transform/options.js';
export type { SaxonJSLike, Sef } from './transform/saxon.js';
