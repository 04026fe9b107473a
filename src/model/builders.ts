/**
 * Builders: functions that make model nodes, checked so that what they make is valid TEI as far as one element
 * can tell (see check.ts). `el(name, attributes, ...children)` makes any element; one builder per modelled TEI
 * element (`gap`, `note`, `p`, `persName`...) takes optional attributes and children. Children may be strings
 * (text), nodes, arrays of them, or null/undefined/false (left out, for conditional content).
 * In TEI builders, `id` and `lang` are short for `xml:id` and `xml:lang`. Browser-safe.
 */
import { TEI_NS } from '../parse/prolog.js';
import { attributeValue, checkChild, checkContent, type AttributeValue } from './check.js';
import type { TeiElement, TeiElementMap, TeiName } from './elements.js';
import { TeiModelError } from './errors.js';
import { setAttribute, type Attributes } from './attributes.js';
import type { CommentNode, ElementChild, ElementNode, PiNode, TextNode } from './nodes.js';

/**
 * Attributes as builders accept them: the element's typed attributes with looser values (numbers, booleans,
 * token arrays, Dates), plus `id`/`lang` for `xml:id`/`xml:lang`.
 *
 * @example
 * const a: AttributesInput<TeiElementMap['gap']> = { reason: 'faded', quantity: 2, unit: 'line' }
 */
export type AttributesInput<A = Attributes> = { [K in keyof A]?: AttributeValue } & {
  id?: AttributeValue;
  lang?: AttributeValue;
  [name: string]: AttributeValue;
};

/**
 * What builders accept as children: nodes, strings (text), arrays of them, and null/undefined/false (skipped).
 *
 * @example
 * p('Met with ', persName({ ref: '#guevara' }, 'Guevara'), withNote && note({ type: 'editorial' }, '...'))
 */
export type BuilderChild = ElementChild | string | null | undefined | false | readonly BuilderChild[];

/**
 * A builder for the TEI element `N`: attributes first (optional), then children.
 *
 * @example
 * const build: ElementBuilder<'hi'> = hi
 * build({ rend: 'italic' }, 'FRUS')
 */
export interface ElementBuilder<N extends TeiName> {
  (attributes: AttributesInput<TeiElementMap[N]>, ...children: BuilderChild[]): TeiElement<N>;
  (...children: BuilderChild[]): TeiElement<N>;
}

/** A name with an explicit namespace, for `el`. @example const n: QualifiedName = { name: 'include', prefix: 'xi', namespace: 'http://www.w3.org/2001/XInclude' } */
export interface QualifiedName {
  name: string;
  namespace: string | null;
  prefix?: string;
}

/** Prefixes `el('xi:include', ...)` knows without an `xmlns:xi` attribute. @example KNOWN_PREFIXES.xi // 'http://www.w3.org/2001/XInclude' */
export const KNOWN_PREFIXES: Readonly<Record<string, string>> = {
  tei: TEI_NS,
  xi: 'http://www.w3.org/2001/XInclude',
  svg: 'http://www.w3.org/2000/svg',
  mml: 'http://www.w3.org/1998/Math/MathML',
  math: 'http://www.w3.org/1998/Math/MathML',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xlink: 'http://www.w3.org/1999/xlink',
  xhtml: 'http://www.w3.org/1999/xhtml',
  html: 'http://www.w3.org/1999/xhtml',
  egXML: 'http://www.tei-c.org/ns/Examples',
  teix: 'http://www.tei-c.org/ns/Examples',
  rng: 'http://relaxng.org/ns/structure/1.0',
  sch: 'http://purl.oclc.org/dsdl/schematron',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/**
 * Make any element. `name` is a TEI name (`'gap'`), a prefixed name whose prefix is declared in `attributes`
 * (`xmlns:x`) or known ({@link KNOWN_PREFIXES}: `'xi:include'`, `'svg:svg'`...), or a {@link QualifiedName}.
 * Unprefixed names are in the TEI namespace unless `attributes.xmlns` says otherwise. Attributes are always the
 * second argument (use `{}` for none). TEI elements get the same checks as their own builders.
 *
 * @throws {TeiModelError} naming the field: an unknown prefix, an attribute value of the wrong datatype,
 *   content the element cannot have.
 * @example
 * el('gap', { reason: 'lost', quantity: 3, unit: 'character' })
 * el('xi:include', { href: 'persons.xml' })
 * el({ name: 'svg', namespace: 'http://www.w3.org/2000/svg' }, { width: '10' })
 */
export function el<N extends TeiName>(name: N, attributes: AttributesInput<TeiElementMap[N]> | null, ...children: BuilderChild[]): TeiElement<N>;
export function el(name: string | QualifiedName, attributes: AttributesInput | null, ...children: BuilderChild[]): ElementNode;
export function el(name: string | QualifiedName, attributes: AttributesInput | null, ...children: BuilderChild[]): ElementNode {
  const qualified = resolveName(name, attributes ?? {});
  const tei = qualified.namespace === TEI_NS;
  const shown = qualified.prefix ? `${qualified.prefix}:${qualified.name}` : qualified.name;
  const element = {
    type: 'element',
    name: qualified.name,
    namespace: qualified.namespace,
    attributes: {} as Attributes,
    children: [] as ElementChild[],
  } as ElementNode;
  if (qualified.prefix) element.prefix = qualified.prefix;
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const attributeName = tei && key === 'id' ? 'xml:id' : tei && key === 'lang' ? 'xml:lang' : key;
    if (attributeName !== key && (attributes ?? {})[attributeName] !== undefined) {
      throw new TeiModelError(key, `give either ${key} or ${attributeName}, not both`, { element: shown });
    }
    const stored = attributeValue(shown, attributeName, value, tei);
    if (stored !== undefined) setAttribute(element.attributes, attributeName, stored);
  }
  appendChildren(element, children, shown);
  checkContent(element);
  return element;
}

function resolveName(name: string | QualifiedName, attributes: AttributesInput): QualifiedName {
  if (typeof name === 'object') {
    if (!name || typeof name.name !== 'string' || !/^[A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*$/.test(name.name)) {
      throw new TeiModelError('name', `"${String(name?.name)}" is not an element name`);
    }
    return name.prefix ? { name: name.name, namespace: name.namespace, prefix: name.prefix } : { name: name.name, namespace: name.namespace };
  }
  const match = /^(?:([A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*):)?([A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*)$/.exec(String(name));
  if (!match) throw new TeiModelError('name', `"${String(name)}" is not an element name`);
  const [, prefix, local] = match as unknown as [string, string | undefined, string];
  if (!prefix) {
    const declared = attributes.xmlns;
    return { name: local, namespace: typeof declared === 'string' ? declared || null : TEI_NS };
  }
  const declared = attributes[`xmlns:${prefix}`];
  const namespace = typeof declared === 'string' && declared ? declared : Object.hasOwn(KNOWN_PREFIXES, prefix) ? KNOWN_PREFIXES[prefix] : undefined;
  if (!namespace) {
    throw new TeiModelError('name', `the prefix "${prefix}" of <${name}> is not declared: add an xmlns:${prefix} attribute or pass { name, namespace, prefix }`);
  }
  return { name: local, namespace, prefix };
}

function appendChildren(element: ElementNode, children: readonly BuilderChild[], shown: string): void {
  const stack: BuilderChild[] = [];
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  while (stack.length > 0) {
    const child = stack.pop();
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === 'string') {
      if (child === '') continue;
      const node: TextNode = { type: 'text', value: child };
      checkChild(node, shown);
      element.children.push(node);
    } else if (Array.isArray(child)) {
      for (let i = child.length - 1; i >= 0; i--) stack.push((child as readonly BuilderChild[])[i]);
    } else if (isChildNode(child)) {
      checkChild(child, shown);
      element.children.push(child);
    } else {
      throw new TeiModelError('children', `a child must be a string or an element, text, comment or pi node, not ${describe(child)}`, { element: shown });
    }
  }
}

const TEXT_KEYS = new Set(['type', 'value', 'cdata', 'position']);

/** Is `value` a node a builder can take as a child (not an attributes object)? */
function isChildNode(value: unknown): value is ElementChild {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const node = value as Record<string, unknown>;
  switch (node.type) {
    case 'element':
      return typeof node.name === 'string' && Array.isArray(node.children) && typeof node.attributes === 'object';
    case 'text':
    case 'comment':
      return typeof node.value === 'string' && Object.keys(node).every((key) => TEXT_KEYS.has(key));
    case 'pi':
      return typeof node.target === 'string' && typeof node.value === 'string';
    default:
      return false;
  }
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? `a ${type} node` : 'an object';
}

/**
 * A builder for TEI element `name`: optional attributes, then children.
 *
 * @example
 * const name = teiBuilder('persName')
 * name({ ref: '#guevara' }, 'Guevara')
 */
export function teiBuilder<N extends TeiName>(name: N): ElementBuilder<N> {
  return ((...args: unknown[]) => {
    const [first, ...rest] = args;
    const hasAttributes = typeof first === 'object' && first !== null && !Array.isArray(first) && !isChildNode(first);
    return hasAttributes ? el(name, first as AttributesInput, ...(rest as BuilderChild[])) : el(name, {}, ...(args as BuilderChild[]));
  }) as ElementBuilder<N>;
}

/**
 * A comment node.
 *
 * @throws {TeiModelError} when the text contains `--` or ends with `-`.
 * @example
 * p('concerning Cuba in', comment(' the export breaks the paragraph here '), 'which it is')
 */
export function comment(value: string): CommentNode {
  const node: CommentNode = { type: 'comment', value };
  checkChild(node, 'comment');
  return node;
}

/**
 * A processing instruction.
 *
 * @example
 * pi('xml-model', 'href="tei_all.rng" type="application/xml"')
 */
export function pi(target: string, value = ''): PiNode {
  if (!/^[A-Za-z_\u00c0-\uffff][\w.\-\u00b7-\uffff]*$/.test(target) || target.toLowerCase() === 'xml') {
    throw new TeiModelError('target', `"${target}" is not a processing instruction target`);
  }
  if (value.includes('?>')) throw new TeiModelError('value', 'a processing instruction cannot contain "?>"');
  return { type: 'pi', target, value };
}

/**
 * A CDATA section (written as `<![CDATA[...]]>`; read like any text).
 *
 * @example
 * el('egXML', { xmlns: 'http://www.tei-c.org/ns/Examples' }, cdata('<p>an example</p>'))
 */
export function cdata(value: string): TextNode {
  return { type: 'text', value, cdata: true };
}

/** `<TEI>`. @example TEI({ lang: 'en' }, teiHeaderElement, text(body(p('...')))) */
export const TEI = teiBuilder('TEI');
/** `<teiHeader>`. @example teiHeader(el('fileDesc', {}, ...)) */
export const teiHeader = teiBuilder('teiHeader');
/** `<gap>`: text not transcribed. @example gap({ reason: 'faded', extent: 'several words' }) */
export const gap = teiBuilder('gap');
/** `<unclear>`. @example unclear({ reason: 'faded', cert: 'low' }, 'ожисстинго') */
export const unclear = teiBuilder('unclear');
/** `<damage>`. @example damage({ agent: 'hole' }, 'text') */
export const damage = teiBuilder('damage');
/** `<supplied>`. @example supplied({ reason: 'lost' }, 'Hic') */
export const supplied = teiBuilder('supplied');
/** `<note>`. @example note({ type: 'translator', resp: '#goldberg' }, '2-3 lines are lost ...') */
export const note = teiBuilder('note');
/** `<add>`. @example add({ place: 'above', hand: '#h2' }, 'word') */
export const add = teiBuilder('add');
/** `<del>`. @example del({ rend: 'strikethrough' }, 'word') */
export const del = teiBuilder('del');
/** `<subst>`. @example subst(del('old'), add('new')) */
export const subst = teiBuilder('subst');
/** `<choice>`. @example choice(sic('вагляд'), corr('взгляд')) */
export const choice = teiBuilder('choice');
/** `<sic>`. @example choice(sic('вагляд'), corr('взгляд')) */
export const sic = teiBuilder('sic');
/** `<corr>`. @example choice(sic('вагляд'), corr('взгляд')) */
export const corr = teiBuilder('corr');
/** `<abbr>`. @example choice(abbr('Cde.'), expan('Comrade')) */
export const abbr = teiBuilder('abbr');
/** `<expan>`. @example choice(abbr('Cde.'), expan('Comrade')) */
export const expan = teiBuilder('expan');
/** `<orig>`. @example choice(orig('ХХП'), reg('XXII')) */
export const orig = teiBuilder('orig');
/** `<reg>`. @example choice(orig('ХХП'), reg('XXII')) */
export const reg = teiBuilder('reg');
/** `<handShift>`. @example handShift({ new: '#h2' }) */
export const handShift = teiBuilder('handShift');
/** `<pb>`. @example pb({ n: 2 }) */
export const pb = teiBuilder('pb');
/** `<lb>`. @example lb({ break: 'no' }) */
export const lb = teiBuilder('lb');
/** `<cb>`. @example cb({ n: 'b' }) */
export const cb = teiBuilder('cb');
/** `<fw>`. @example fw({ type: 'pageNum' }, '2.') */
export const fw = teiBuilder('fw');
/** `<stamp>`. @example stamp({ type: 'declassification' }, 'Declassified') */
export const stamp = teiBuilder('stamp');
/** `<signed>`. @example signed(persName({ ref: '#darusenkov' }, 'O. Darusenkov')) */
export const signed = teiBuilder('signed');
/** `<closer>`. @example closer(signed('O. Darusenkov')) */
export const closer = teiBuilder('closer');
/** `<opener>`. @example opener(salute('Dear Sir,')) */
export const opener = teiBuilder('opener');
/** `<salute>`. @example salute('Dear Sir,') */
export const salute = teiBuilder('salute');
/** `<persName>`. @example persName({ ref: '#guevara' }, 'Guevara') */
export const persName = teiBuilder('persName');
/** `<placeName>`. @example placeName({ ref: '#cuba' }, 'Cuba') */
export const placeName = teiBuilder('placeName');
/** `<orgName>`. @example orgName({ ref: '#cpsu' }, 'CPSU') */
export const orgName = teiBuilder('orgName');
/** `<date>`. @example date({ when: '1964-10-16' }, '16 October 1964') */
export const date = teiBuilder('date');
/** `<hi>`. @example hi({ rend: 'italic' }, 'FRUS') */
export const hi = teiBuilder('hi');
/** `<foreign>`. @example foreign({ lang: 'ru' }, '№ 375') */
export const foreign = teiBuilder('foreign');
/** `<q>`. @example q('Original Scan') */
export const q = teiBuilder('q');
/** `<quote>`. @example quote('advanced age and worsening of his health') */
export const quote = teiBuilder('quote');
/** `<ref>`. @example ref({ target: 'https://digitalarchive.wilsoncenter.org/' }, 'Wilson Center') */
export const ref = teiBuilder('ref');
/** `<seg>`. @example seg({ type: 'copy' }, 'Copy No 2') */
export const seg = teiBuilder('seg');
/** `<desc>`. @example gap({ reason: 'faded' }, desc('several words unreadable')) */
export const desc = teiBuilder('desc');
/** `<head>`. @example head('RECORD OF A CONVERSATION') */
export const head = teiBuilder('head');
/** `<p>`. @example p({ id: 'en-p1', corresp: '#ru-p1' }, 'I met with Guevara.') */
export const p = teiBuilder('p');
/** `<div>`. @example div({ type: 'record' }, head('...'), p('...')) */
export const div = teiBuilder('div');
/** `<text>`. @example text({ id: 'en', lang: 'en', type: 'translation' }, body(p('...'))) */
export const text = teiBuilder('text');
/** `<group>`. @example group(text(body(p('a'))), text(body(p('b')))) */
export const group = teiBuilder('group');
/** `<body>`. @example body(div(p('...'))) */
export const body = teiBuilder('body');
/** `<front>`. @example front(p(stamp('Declassified'))) */
export const front = teiBuilder('front');
/** `<back>`. @example back(div({ type: 'notes' }, p('...'))) */
export const back = teiBuilder('back');
/** `<handNote>`. @example handNote({ id: 'h-kalinin', scribe: 'Kalinin', scope: 'minor' }, 'Handwritten note by A. Kalinin.') */
export const handNote = teiBuilder('handNote');
/** `<person>`. @example person({ id: 'guevara' }, persName('Ernesto Guevara')) */
export const person = teiBuilder('person');
/** `<place>`. @example place({ id: 'cuba' }, placeName('Cuba')) */
export const place = teiBuilder('place');
/** `<org>`. @example org({ id: 'cpsu' }, orgName('CPSU')) */
export const org = teiBuilder('org');
