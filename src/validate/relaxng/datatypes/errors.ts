/** A datatype or one of its parameters cannot be built; the schema compiler adds the schema position. */

/**
 * Raised by datatype libraries for unknown types and bad parameters.
 *
 * @example
 * try { createDatatype(XSD_LIBRARY, 'integr', []) } catch (e) { (e as DatatypeError).message } // 'datatype "integr" ... not recognized'
 */
export class DatatypeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatatypeError';
  }
}
