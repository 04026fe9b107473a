/** XInclude: the assembler, its source map and the namespace. Browser-safe. */
export {
  assembleXIncludes, assembleXIncludesAsync, mayInclude,
  type XIncludeOptions, type XIncludeSettings, type XIncludeRequest, type XIncludeResource, type XIncludeResolver, type AssembledDocument,
} from './assemble.js';
export { XINCLUDE_NS } from '../validate/relaxng/xml/namespaces.js';
export type { SourceMap, SourcePart, IncludedPosition } from './sourceMap.js';
