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
  TeiXIncludeError,
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
// The typed model: read, build, query and write editions.
export {
  readEdition, writeTei, editionOf, rootElement, textsOf, headerOf, documentToModel, TeiModelError,
  isElement, isTeiElement, isText, isComment, isPi, isDocument, isParent,
  walkElements, findElements, findById, textContent, normalizedText, SKIP,
  gaps, notes, marginalia, hands, persons, places, orgs, alignedParagraphs, teiElements, textOf, surfaces,
  edition, el, comment, pi, cdata, KNOWN_PREFIXES, MODELLED_ELEMENTS,
  TEI, teiHeader, gap, unclear, damage, supplied, note, add, del, subst, choice, sic, corr, abbr, expan, orig, reg,
  handShift, pb, lb, cb, fw, stamp, signed, closer, opener, salute, persName, placeName, orgName, date, hi, foreign,
  q, quote, ref, seg, desc, head, p, div, text, group, body, front, back, handNote, person, place, org,
  type ReadOptions, type WriteOptions, type ToModelOptions, type TextOfOptions, type EditionOptions, type NameSpec, type HandSpec, type EntitySpec,
  type Edition, type EditionView, type EditionMember, type EditionText, type EditionHeader, type TitleView, type NameView,
  type ResponsibilityView, type IdnoView, type DateView, type LicenceView, type AvailabilityView, type PublicationView,
  type AltIdentifierView, type ManuscriptView, type SourceView, type HandView, type LanguageView, type EntityName,
  type EntityView, type CreationView, type ChangeView, type TextClassView,
  type Position, type NodeFields, type ElementFields, type GenericElement, type ElementNode, type TextNode, type CommentNode,
  type PiNode, type DoctypeNode, type XmlDeclaration, type ElementChild, type DocumentChild, type TeiDocument, type ModelNode,
  type NodeType, type ParentNode, type TeiElementMap, type TeiName, type TeiElement, type TeiElementOf, type TeiNamespace,
  type AttributeValue, type AttributesInput, type BuilderChild, type ElementBuilder, type QualifiedName, type ElementVisitor,
  type QueryScope, type AlignedPair, type UnpairedParagraph, type AlignedParagraphs,
  type SurfaceView, type ZoneView, type SurfaceImage, type Coordinates, type FacsimileLinks, type Box,
  type Attributes, type GlobalAttributes, type HandAttributes, type GapAttributes, type UnclearAttributes, type DamageAttributes,
  type SuppliedAttributes, type NoteAttributes, type AddAttributes, type DelAttributes, type SubstAttributes, type TypedAttributes,
  type HandShiftAttributes, type BreakAttributes, type FwAttributes, type NameAttributes, type DateAttributes, type RefAttributes,
  type QuotationAttributes, type SegAttributes, type DivAttributes, type TextAttributes, type TeiRootAttributes,
  type HandNoteAttributes, type EntityAttributes,
} from './model/index.js';
// Validation: edition rules, RELAX NG, Schematron (given a SaxonJS instance), reports.
export { validate, WELL_FORMED, XINCLUDE, wellFormedDiagnostic, type ValidateOptions } from './validate/validate.js';
export { editionRules } from './validate/editionRules.js';
export { builtinRules } from './validate/rules/index.js';
export { DEFAULT_GAP_REASONS } from './validate/rules/gapReason.js';
export { defineRule, type Rule, type RuleContext, type RuleVisitor, type ElementHandler, type WalkState, type ReportDetails } from './validate/rule.js';
export { createValidationContext, type ValidationContext, type Validator, type DiagnosticExtra } from './validate/context.js';
export { checkRulesConfig, type RulesConfig, type RuleSetting } from './validate/config.js';
export {
  compareDiagnostics, countBySeverity, hasErrors, type Diagnostic, type RelatedLocation, type Severity,
} from './validate/diagnostic.js';
export {
  formatReport, formatDiagnostic, REPORT_FORMATS, summarize, summaryLine,
  type ReportFormat, type ReportOptions, type FileReport, type ReportSummary,
} from './validate/report/index.js';
export { schematronValidator, runSchematron, type SchematronValidatorOptions } from './validate/schematron/validator.js';
export type { SchematronResult, SchematronNaming } from './validate/schematron/results.js';
export { schemaValidator } from './validate/schemaValidator.js';
export {
  compileSchema, loadCompiledSchema, serializeSchema, validateAgainstSchema, xmlModels, relaxNgModel, Schema, RelaxNgSchemaError,
  SCHEMA_FORMAT, SCHEMA_FORMAT_VERSION, RELAXNG_SCHEMATYPENS,
  type CompileOptions, type ResourceLoader, type SchemaInfo, type SerializedSchema, type ValidationOptions, type SchemaDiagnostic, type XmlModel,
} from './validate/relaxng/index.js';
export { splitCorpus, type CorpusMember } from './batch/splitCorpus.js';
// XInclude: documents kept in many files, assembled through the caller's resolver.
export {
  assembleXIncludes, assembleXIncludesAsync, mayInclude, XINCLUDE_NS,
  type XIncludeOptions, type XIncludeSettings, type XIncludeRequest, type XIncludeResource, type XIncludeResolver, type AssembledDocument,
  type SourceMap, type SourcePart, type IncludedPosition,
} from './xinclude/index.js';
// Import: archival transcriptions (bracket conventions) to TEI editions, with the conventions as data.
export {
  importTranscription, importTranscriptionWithTrace, DEFAULT_CONVENTIONS, mergeConventions, checkConventions,
  type ImportOptions, type ImportResult, type ImportTrace, type ConsumedSpan, type ReviewItem, type Conventions,
  type ConventionsInput, type BracketConvention, type BracketContent, type Pattern, type TypedPattern,
  type PageNumberPattern, type UnclearLinePattern, type LanguageConvention, type TextRole,
} from './import/index.js';
