/**
 * The part of SaxonJS that teikit uses, typed, and the guard that keeps transforms of untrusted input from
 * reading files or the network. Browser-safe: works with the Node and the browser builds of SaxonJS.
 */
/**
 * A compiled stylesheet (SEF JSON, as produced by `xslt3 -export`).
 *
 * @example
 * const sef: Sef = await (await fetch('/teikit/dist/xslt/html.sef.json')).json()
 */
export type Sef = Record<string, unknown>;

export interface SaxonTransformOptions {
  stylesheetInternal?: Sef;
  sourceText?: string;
  destination: 'serialized';
  stylesheetParams?: Record<string, unknown>;
  outputProperties?: Record<string, unknown>;
  deliverMessage?: (message: unknown, errorCode?: unknown) => void;
}

/**
 * The subset of the SaxonJS API that teikit calls; both the Node and the browser runtime provide it.
 *
 * @example
 * const saxon: SaxonJSLike = window.SaxonJS // or require('saxon-js') on Node
 */
export interface SaxonJSLike {
  /** `SaxonJS.transform`. */
  transform(options: SaxonTransformOptions, execution?: 'sync' | 'async'): unknown;
  /** `SaxonJS.getPlatform()`: the resource readers teikit blocks during transforms. */
  getPlatform(): Record<string, unknown>;
  /** `SaxonJS.XPath`. */
  XPath: {
    /** `SaxonJS.XPath.evaluate`. */
    evaluate(expression: string, context: unknown, options?: Record<string, unknown>): unknown;
  };
  XError: new (message: string, code?: string) => Error;
}

/** The words every blocked access starts with; the transform turns such failures into TeiTransformError. */
export const BLOCKED = 'teikit blocks access to external resources during a transform';

const guarded = new WeakSet<object>();
let activeTransforms = 0;
/** Files a transform may still read: stylesheet modules, while a user stylesheet is being compiled. */
const STYLESHEET_FILE = /\.xslt?$/i;

/**
 * Make the platform's resource readers refuse everything but stylesheet modules while a teikit transform runs.
 * SaxonJS reads local files for `doc()`, `document()`, `unparsed-text()` and `json-doc()` by default; a TEI file
 * from a stranger must not be able to make a stylesheet do that. Outside teikit's transforms SaxonJS behaves
 * as before, so an application's own use of SaxonJS is unaffected.
 */
export function guardResources(saxon: SaxonJSLike): void {
  const platform = saxon.getPlatform() as Record<string, unknown>;
  if (guarded.has(platform)) return;
  guarded.add(platform);
  for (const name of ['readFile', 'resourcePromise']) {
    const original = platform[name];
    if (typeof original !== 'function') continue;
    platform[name] = function guardedResource(this: unknown, request: unknown, ...rest: unknown[]) {
      if (activeTransforms > 0) {
        const location = describeRequest(request);
        // An XError, so that SaxonJS reports it as the failure of doc()/unparsed-text() with its own code.
        if (!STYLESHEET_FILE.test(location)) throw new saxon.XError(`${BLOCKED}: ${location}`, 'FODC0002');
      }
      return (original as (...args: unknown[]) => unknown).call(this, request, ...rest);
    };
  }
}

function describeRequest(request: unknown): string {
  if (typeof request === 'string') return request;
  if (request && typeof request === 'object') {
    const r = request as { file?: unknown; location?: unknown; href?: unknown };
    return String(r.file ?? r.location ?? r.href ?? request);
  }
  return String(request);
}

/** Run `work` with resource access blocked; nested and overlapping transforms are counted. */
export function withResourcesBlocked<T>(work: () => T): T {
  activeTransforms++;
  try {
    return work();
  } finally {
    activeTransforms--;
  }
}

/** The same for asynchronous work: blocked until the promise settles. */
export async function withResourcesBlockedAsync<T>(work: () => Promise<T>): Promise<T> {
  activeTransforms++;
  try {
    return await work();
  } finally {
    activeTransforms--;
  }
}
