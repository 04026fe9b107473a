/**
 * Errors in a schema (not in the document being validated): a malformed `.rng` file, an undefined reference,
 * an unknown datatype. They carry the schema's file, line and column, and a code frame.
 */
import { TeiError, type TeiErrorOptions } from '../../../errors.js';

/**
 * The schema cannot be compiled. `kind` is `parse`: the CLI reports it like any unreadable input.
 *
 * @example
 * try { compileSchema('<grammar xmlns="http://relaxng.org/ns/structure/1.0"/>') } catch (e) {
 *   if (e instanceof RelaxNgSchemaError) console.error(e.location(), e.message) // missing "start" element
 * }
 */
export class RelaxNgSchemaError extends TeiError {
  constructor(message: string, options: TeiErrorOptions = {}) {
    super('parse', message, options);
    this.name = 'RelaxNgSchemaError';
  }
}

/**
 * A schema location for messages: a file URL becomes a path, other URLs stay as they are.
 * @example
 * displayUrl('file:///work/schemas/tei%20all.rng') // '/work/schemas/tei all.rng'
 */
export function displayUrl(url: string): string {
  if (!url.startsWith('file:')) return url;
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}
