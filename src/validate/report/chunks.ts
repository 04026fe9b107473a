/**
 * Reports a piece at a time. A report of hundreds of thousands of diagnostics is hundreds of megabytes (SARIF for
 * 600,000 diagnostics: 485 MB), and V8 cannot make a string longer than 2^29 - 24 characters (about 512 MB):
 * `JSON.stringify` of the whole report then throws `RangeError: Invalid string length`. The CLI writes these pieces
 * as they are made; the `format*` functions join them. Browser-safe.
 */

/**
 * An array whose items are made while they are written, so that a report does not hold them all at once.
 *
 * @example
 * jsonChunks({ results: new LazyArray(diagnostics.map(toResult)) }, 2)
 */
export class LazyArray<T> {
  constructor(readonly items: Iterable<T>) {}
}

/**
 * `JSON.stringify(value, null, 2)`, byte for byte, a piece at a time: objects and arrays down to `depth` levels are
 * written a member at a time, a {@link LazyArray} an item at a time at any level; whatever is deeper is one
 * `JSON.stringify`. For plain data (no `toJSON`, no replacer), which is what reports hold. Recursion only follows
 * the nesting of the report's shape (`depth`), never the number of items.
 *
 * @example
 * [...jsonChunks({ files: [{ diagnostics }] }, 4)].join('') === JSON.stringify({ files: [{ diagnostics }] }, null, 2) // true
 */
export function* jsonChunks(value: unknown, depth: number, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (value instanceof LazyArray || (depth > 0 && Array.isArray(value))) {
    let first = true;
    for (const item of (value instanceof LazyArray ? value.items : value) as Iterable<unknown>) {
      yield `${first ? '[' : ','}\n${inner}`;
      first = false;
      yield* jsonChunks(omitted(item) ? null : item, depth - 1, inner);
    }
    yield first ? '[]' : `\n${indent}]`;
  } else if (depth > 0 && value !== null && typeof value === 'object') {
    let first = true;
    for (const [key, member] of Object.entries(value)) {
      if (omitted(member)) continue;
      yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonChunks(member, depth - 1, inner);
    }
    yield first ? '{}' : `\n${indent}}`;
  } else {
    // Line breaks in JSON text are only the indentation's (those in strings are escaped): re-indent them.
    const text = JSON.stringify(value, null, 2) ?? 'null';
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
  }
}

/** What `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The pieces as one string (what the `format*` functions return).
 *
 * @example
 * joinChunks(['a', 'b']) // 'ab'
 */
export function joinChunks(chunks: Iterable<string>): string {
  const parts: string[] = [];
  for (const chunk of chunks) parts.push(chunk);
  return parts.join('');
}
