/**
 * Attribute templates of bracket conventions: `{group}` and `{group|filter}` filled from a match, with filters
 * that read the conventions' tables (numbers, units, places, gap reasons, stamp types). Browser-safe.
 */
import { typeOf, type CompiledConventions } from './compiledConventions.js';

/** Named texts a template can use: the regular expression's groups, `all` and `content`. */
export type TemplateValues = Record<string, string | undefined>;

const PLACEHOLDER = /\{(\w+)(?:\|(\w+))?\}/g;

/**
 * Fill the attributes of a convention. A list gives alternatives (the first that resolves wins); an attribute
 * none of whose templates resolves is left out.
 *
 * @example
 * fillAttributes({ quantity: '{quantity|number}', unit: '{unit|unit}' }, { quantity: 'one', unit: 'words' }, compiled)
 * // { quantity: '1', unit: 'word' }
 */
export function fillAttributes(
  templates: Record<string, string | string[]> | undefined,
  values: TemplateValues,
  conventions: CompiledConventions,
): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const [name, template] of Object.entries(templates ?? {})) {
    for (const alternative of Array.isArray(template) ? template : [template]) {
      const value = fillTemplate(alternative, values, conventions);
      if (value !== undefined) {
        filled[name] = value;
        break;
      }
    }
  }
  return filled;
}

function fillTemplate(template: string, values: TemplateValues, conventions: CompiledConventions): string | undefined {
  let unresolved = false;
  const result = template.replace(PLACEHOLDER, (_, name: string, filter: string | undefined) => {
    const raw = values[name]?.replace(/\s+/g, ' ').trim();
    const value = raw ? applyFilter(filter, raw, conventions) : undefined;
    if (value === undefined || value === '') unresolved = true;
    return value ?? '';
  });
  return unresolved ? undefined : result.trim() || undefined;
}

function applyFilter(filter: string | undefined, value: string, conventions: CompiledConventions): string | undefined {
  const tables = conventions.source;
  const key = value.toLowerCase();
  switch (filter) {
    case undefined:
      return value;
    case 'number':
      return /^\d+$/.test(value) ? String(Number(value)) : tables.numbers[key]?.toString();
    case 'count':
      // A unit in the singular ("illegible word") counts one.
      return tables.units[key] !== undefined && !key.endsWith('s') ? '1' : undefined;
    case 'unit':
      return tables.units[key];
    case 'place':
      return tables.places[key];
    case 'reason':
      return typeOf(conventions.gapReasons, value) ?? 'unknown';
    case 'stampType':
      return typeOf(conventions.stampTypes, value);
    default:
      return undefined;
  }
}
