/**
 * Datatype libraries by URI: RELAX NG's built-in library (`string`, `token`) and XML Schema datatypes.
 * An unknown library or type is an error that names it: a schema that uses a type teikit cannot check must not
 * validate silently.
 */
import { DatatypeError } from './errors.js';
import type { Datatype, ValueContext } from './types.js';
import { XSD_LIBRARY, createXsdDatatype } from './xsd.js';

export { XSD_LIBRARY };

/** RELAX NG's built-in datatypes (§6.2.9): `string` compares exactly, `token` after collapsing white space. */
class BuiltinDatatype implements Datatype {
  readonly library = '';
  readonly params = [];
  readonly idType = 0;
  readonly contextDependent = false;

  constructor(readonly name: 'string' | 'token') {}

  allows(): boolean {
    return true;
  }

  explain(): string | undefined {
    return undefined;
  }

  parse(text: string): unknown {
    return this.name === 'string' ? text : text.replace(/[\t\n\r ]+/g, ' ').trim();
  }

  equal(a: unknown, b: unknown): boolean {
    return a === b;
  }
}

/**
 * A datatype from `library` named `name` with `params` applied.
 *
 * @throws {DatatypeError} for an unknown library or type, or bad parameters.
 * @example
 * createDatatype('', 'token', []).parse('  a   b ') // 'a b'
 * createDatatype(XSD_LIBRARY, 'NCName', []).allows('tei:p') // false
 */
export function createDatatype(library: string, name: string, params: readonly { name: string; value: string }[]): Datatype {
  if (library === '') {
    if (name !== 'string' && name !== 'token') throw new DatatypeError(`no such builtin datatype "${name}": must be "string" or "token"`);
    if (params.length > 0) throw new DatatypeError('builtin datatypes do not have any parameters');
    return new BuiltinDatatype(name);
  }
  if (library === XSD_LIBRARY) return createXsdDatatype(name, params);
  throw new DatatypeError(`datatype library "${library}" not recognized (teikit knows RELAX NG's built-in library and ${XSD_LIBRARY}); needed for datatype "${name}"`);
}

export type { Datatype, ValueContext };
