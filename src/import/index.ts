/** The importer's public API: archival transcriptions to TEI editions, with conventions as data. Browser-safe. */
export { importTranscription, importTranscriptionWithTrace, type ImportOptions, type ImportResult } from './importTranscription.js';
export {
  DEFAULT_CONVENTIONS,
  mergeConventions,
  checkConventions,
  type Conventions,
  type ConventionsInput,
  type BracketConvention,
  type BracketContent,
  type Pattern,
  type TypedPattern,
  type PageNumberPattern,
  type UnclearLinePattern,
  type LanguageConvention,
  type TextRole,
} from './conventions.js';
export type { ImportTrace, ConsumedSpan, ReviewItem } from './trace.js';
