/**
 * The error the model throws when a tree cannot be built or written: a builder given an impossible structure
 * (a `gap` with text, a `quantity` that is not a number, a pointer that is not a URI) or a hand-made tree that
 * cannot be written as XML (an undeclared prefix, `--` in a comment). Browser-safe.
 */
import { TeiError } from '../errors.js';

/**
 * A tree that cannot be built or written. `field` names what is wrong: an attribute (`quantity`, `place`,
 * `resp`), `children`, `name`, `value`...; `element` names the element, when there is one.
 *
 * @example
 * try { gap({ quantity: 'several' }) } catch (e) {
 *   if (e instanceof TeiModelError) e.field // 'quantity'
 * }
 */
export class TeiModelError extends TeiError {
  /** What is wrong: an attribute name, `children`, `name`, `value`, `target`... */
  readonly field: string;
  /** The element concerned (its qualified name), when there is one. */
  readonly element?: string;

  constructor(field: string, message: string, options: { element?: string; cause?: unknown } = {}) {
    super('model', options.element ? `<${options.element}> ${field}: ${message}` : `${field}: ${message}`, { cause: options.cause });
    this.name = 'TeiModelError';
    this.field = field;
    if (options.element !== undefined) this.element = options.element;
  }
}
