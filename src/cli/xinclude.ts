/** `--xinclude` and `--xinclude-root`: the same two options, meaning the same, on every command that reads TEI. */
import type { OptionSpec, ParsedArguments } from './command.js';

/**
 * The option specs.
 *
 * @example
 * options: { ...xincludeOptions, json: { type: 'boolean', description: '...' } }
 */
export const xincludeOptions: Record<string, OptionSpec> = {
  xinclude: { type: 'boolean', description: "resolve xi:include elements (files inside the document's folder)" },
  'xinclude-root': { type: 'string', description: 'the folder includes may not leave (default: the document\'s folder); implies --xinclude' },
};

/**
 * The library options the CLI values ask for.
 *
 * @example
 * xincludeFrom({ xinclude: true, 'xinclude-root': 'tei' }) // { xinclude: true, xincludeRoot: 'tei' }
 */
export function xincludeFrom(values: ParsedArguments['values']): { xinclude?: true; xincludeRoot?: string } {
  const root = values['xinclude-root'];
  if (values.xinclude !== true && typeof root !== 'string') return {};
  return typeof root === 'string' ? { xinclude: true, xincludeRoot: root } : { xinclude: true };
}
