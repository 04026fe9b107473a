/**
 * `.rng` text to a compiled schema: read the XML syntax (with includes and external references through a
 * loader), simplify, check the §7 restrictions. Browser-safe: the loader decides where documents come from.
 */
import { Schema } from './schema.js';
import { RelaxNgSchemaError } from './schema/errors.js';
import { checkRestrictions } from './schema/restrictions.js';
import { simplify, type Origins } from './schema/simplify.js';
import { readSchema, type ResourceLoader } from './schema/syntax.js';

export type { ResourceLoader };

/**
 * Options of `compileSchema`.
 * @example
 * compileSchema(text, { url: 'https://example.org/schema/main.rng', load: (url) => files[url]! })
 */
export interface CompileOptions {
  /** The schema's URL: the base for `include`/`externalRef` hrefs, and the name in errors. Default `memory:/schema.rng`. */
  url?: string;
  /** Returns the text of an included or referenced document by absolute URL. Without it, schemas that include others fail. */
  load?: ResourceLoader;
}

/**
 * Compile RELAX NG (XML syntax) to a schema.
 *
 * @throws {RelaxNgSchemaError} when the schema is malformed, refers to a missing pattern or document, uses an unknown
 *   datatype or breaks a restriction of RELAX NG §7 (with the schema file, line and column).
 * @example
 * const schema = compileSchema(`
 *   <element name="letter" xmlns="http://relaxng.org/ns/structure/1.0">
 *     <attribute name="date"/><text/>
 *   </element>`)
 * validateXml(schema, '<letter date="1964">Dear</letter>') // []
 */
export function compileSchema(source: string, options: CompileOptions = {}): Schema {
  const url = options.url ?? 'memory:/schema.rng';
  const load =
    options.load ??
    ((href: string) => {
      throw new Error(`no loader was given to compileSchema, so ${href} cannot be read`);
    });
  const syntax = readSchema(source, url, load);
  const { builder, names } = Schema.parts();
  const origins: Origins = new Map();
  const start = simplify(syntax.pattern, builder, names, origins);
  checkRestrictions(start, builder.elements, names, origins, syntax.pattern.at);
  return new Schema(builder, names, start, { source: url, header: syntax.header.join('\n\n') });
}

export { RelaxNgSchemaError };
