/**
 * A compiled schema to compact JSON and back: the simplified pattern graph as a table in which every interned
 * pattern appears once and refers to earlier entries by index (element contents last, since elements may be
 * recursive). Loading rebuilds the patterns through the same builder, so a loaded schema is the compiled one.
 * tei_all (1.1 MB of RELAX NG) becomes about 200 KB and loads in tens of milliseconds.
 */
import { createDatatype } from './datatypes/library.js';
import type { Datatype } from './datatypes/types.js';
import { NameClass } from './nameClass.js';
import {
  ATTRIBUTE,
  CHOICE,
  DATA,
  DATA_EXCEPT,
  ELEMENT,
  GROUP,
  INTERLEAVE,
  LIST,
  ONE_OR_MORE,
  VALUE,
  type Pattern,
} from './patterns.js';
import { Schema, type SchemaInfo } from './schema.js';
import { NamespaceScope } from './xml/namespaces.js';

/**
 * The format marker and version of serialised schemas.
 * @example
 * serializeSchema(schema).format === SCHEMA_FORMAT // true
 */
export const SCHEMA_FORMAT = 'teikit-relaxng-schema';
/**
 * The version of the serialised form; loading refuses other versions.
 * @example
 * serializeSchema(schema).version === SCHEMA_FORMAT_VERSION // true
 */
export const SCHEMA_FORMAT_VERSION = 1;

type NameClassEntry = ['n', number] | ['a', number] | ['s', number, number] | ['c', number, number];
type PatternEntry =
  | ['c', number[]]
  | ['g' | 'i', number, number]
  | ['o' | 'l', number]
  | ['d', number]
  | ['x', number, number]
  | ['v', number, string, [string, string][] | null]
  | ['a', number, number]
  | ['e', number];

/**
 * The JSON form of a compiled schema.
 * @example
 * const data: SerializedSchema = JSON.parse(readFileSync('dist/schemas/tei_all.json', 'utf8'))
 */
export interface SerializedSchema {
  format: typeof SCHEMA_FORMAT;
  version: number;
  /** Where the schema was compiled from. */
  source: string;
  /** The schema's header comments (licence and attribution of generated TEI schemas). */
  header: string;
  namespaces: string[];
  /** [namespace index, local name]. */
  names: [number, string][];
  nameClasses: NameClassEntry[];
  /** [library, type, params]. */
  datatypes: [string, string, [string, string][]][];
  /** Patterns 0, 1, 2 are notAllowed, empty and text; entries start at 3. */
  patterns: PatternEntry[];
  /** [name class, content pattern] per element pattern. */
  elements: [number, number][];
  start: number;
}

/**
 * The JSON-ready form of a schema.
 *
 * @example
 * const json = JSON.stringify(serializeSchema(compileSchema(rngText)))
 * const again = loadCompiledSchema(json)
 */
export function serializeSchema(schema: Schema, info: Partial<SchemaInfo> = {}): SerializedSchema {
  const namespaces: string[] = [];
  const nsIndex = new Map<string, number>();
  const names: [number, string][] = [];
  const nameIndex = new Map<number, number>();
  const nameClasses: NameClassEntry[] = [];
  const ncIndex = new Map<string, number>();
  const datatypes: [string, string, [string, string][]][] = [];
  const dtIndex = new Map<string, number>();
  const patterns: PatternEntry[] = [];
  const patternIndex = new Map<Pattern, number>();
  const elements: [number, number][] = [];
  const elementIndex = new Map<Pattern, number>();
  const b = schema.builder;
  patternIndex.set(b.notAllowed, 0);
  patternIndex.set(b.empty, 1);
  patternIndex.set(b.text, 2);

  const ns = (uri: string) => {
    let i = nsIndex.get(uri);
    if (i === undefined) nsIndex.set(uri, (i = namespaces.push(uri) - 1));
    return i;
  };
  const name = (id: number) => {
    let i = nameIndex.get(id);
    if (i === undefined) nameIndex.set(id, (i = names.push([ns(schema.names.ns[id]!), schema.names.local[id]!]) - 1));
    return i;
  };
  const nameClass = (nc: NameClass): number => {
    const key = nc.key();
    let i = ncIndex.get(key);
    if (i !== undefined) return i;
    let entry: NameClassEntry;
    if (nc.kind === 'name') entry = ['n', name(nc.nameId)];
    else if (nc.kind === 'anyName') entry = ['a', nc.a ? nameClass(nc.a) : -1];
    else if (nc.kind === 'nsName') entry = ['s', ns(nc.ns), nc.a ? nameClass(nc.a) : -1];
    else entry = ['c', nameClass(nc.a!), nameClass(nc.b!)];
    ncIndex.set(key, (i = nameClasses.push(entry) - 1));
    return i;
  };
  const datatype = (dt: Datatype): number => {
    const entry: [string, string, [string, string][]] = [dt.library, dt.name, dt.params.map((p) => [p.name, p.value])];
    const key = JSON.stringify(entry);
    let i = dtIndex.get(key);
    if (i === undefined) dtIndex.set(key, (i = datatypes.push(entry) - 1));
    return i;
  };
  const pattern = (p: Pattern): number => {
    const known = patternIndex.get(p);
    if (known !== undefined) return known;
    let entry: PatternEntry;
    switch (p.kind) {
      case CHOICE:
        entry = ['c', p.members!.map(pattern)];
        break;
      case GROUP:
        entry = ['g', pattern(p.p1!), pattern(p.p2!)];
        break;
      case INTERLEAVE:
        entry = ['i', pattern(p.p1!), pattern(p.p2!)];
        break;
      case ONE_OR_MORE:
        entry = ['o', pattern(p.p1!)];
        break;
      case LIST:
        entry = ['l', pattern(p.p1!)];
        break;
      case DATA:
        entry = ['d', datatype(p.datatype!)];
        break;
      case DATA_EXCEPT:
        entry = ['x', datatype(p.datatype!), pattern(p.p2!)];
        break;
      case VALUE:
        entry = ['v', datatype(p.datatype!), p.literal!, p.context ? [...p.context] : null];
        break;
      case ATTRIBUTE:
        entry = ['a', nameClass(p.nc!), pattern(p.p1!)];
        break;
      case ELEMENT:
        entry = ['e', elementIndex.get(p)!];
        break;
      default:
        throw new Error(`cannot serialise a pattern of kind ${p.kind} (derivative states are not part of a schema)`);
    }
    const i = patterns.push(entry) - 1 + 3;
    patternIndex.set(p, i);
    return i;
  };

  for (const e of b.elements) elementIndex.set(e, elementIndex.size);
  for (const e of b.elements) elements.push([nameClass(e.nc!), -1]);
  const start = pattern(schema.start);
  b.elements.forEach((e, i) => (elements[i]![1] = pattern(e.p1!)));
  return {
    format: SCHEMA_FORMAT,
    version: SCHEMA_FORMAT_VERSION,
    source: info.source ?? schema.info.source,
    header: info.header ?? schema.info.header,
    namespaces,
    names,
    nameClasses,
    datatypes,
    patterns,
    elements,
    start,
  };
}

/**
 * A schema from its serialised form (an object or its JSON text).
 *
 * @throws {Error} when the data is not a serialised schema of this version.
 * @example
 * const schema = loadCompiledSchema(await (await fetch('/schemas/tei_all.json')).text())
 */
export function loadCompiledSchema(data: string | SerializedSchema): Schema {
  const s = typeof data === 'string' ? (JSON.parse(data) as SerializedSchema) : data;
  if (s.format !== SCHEMA_FORMAT || s.version !== SCHEMA_FORMAT_VERSION) {
    throw new Error(`not a compiled teikit schema of version ${SCHEMA_FORMAT_VERSION} (format ${String(s.format)}, version ${String(s.version)}): recompile it`);
  }
  const { builder: b, names } = Schema.parts();
  const nameIds = s.names.map(([nsI, local]) => names.id(s.namespaces[nsI]!, local));
  const ncs: NameClass[] = [];
  for (const entry of s.nameClasses) {
    switch (entry[0]) {
      case 'n': {
        const id = nameIds[entry[1]]!;
        ncs.push(NameClass.name(names, names.ns[id]!, names.local[id]!));
        break;
      }
      case 'a':
        ncs.push(NameClass.anyName(entry[1] === -1 ? null : ncs[entry[1]]!));
        break;
      case 's':
        ncs.push(NameClass.nsName(s.namespaces[entry[1]]!, entry[2] === -1 ? null : ncs[entry[2]]!));
        break;
      case 'c':
        ncs.push(NameClass.choice(ncs[entry[1]]!, ncs[entry[2]]!));
        break;
    }
  }
  const dts = s.datatypes.map(([library, type, params]) => createDatatype(library, type, params.map(([name, value]) => ({ name, value }))));
  const elements = s.elements.map(([nc]) => b.element(ncs[nc]!));
  const ps: Pattern[] = [b.notAllowed, b.empty, b.text];
  const at = (i: number) => ps[i]!;
  for (const entry of s.patterns) {
    switch (entry[0]) {
      case 'c':
        ps.push(b.choiceOf(entry[1].map(at)));
        break;
      case 'g':
        ps.push(b.group(at(entry[1]), at(entry[2])));
        break;
      case 'i':
        ps.push(b.interleave(at(entry[1]), at(entry[2])));
        break;
      case 'o':
        ps.push(b.oneOrMore(at(entry[1])));
        break;
      case 'l':
        ps.push(b.list(at(entry[1])));
        break;
      case 'd':
        ps.push(b.data(dts[entry[1]]!));
        break;
      case 'x':
        ps.push(b.data(dts[entry[1]]!, at(entry[2])));
        break;
      case 'v': {
        const dt = dts[entry[1]]!;
        const context = entry[3] ? new Map(entry[3]) : null;
        const scope = context ? NamespaceScope.root().declare(context) : undefined;
        ps.push(b.value(dt, entry[2], dt.parse(entry[2], scope ? { scope } : undefined), context));
        break;
      }
      case 'a':
        ps.push(b.attribute(ncs[entry[1]]!, at(entry[2])));
        break;
      case 'e':
        ps.push(elements[entry[1]]!);
        break;
    }
  }
  s.elements.forEach(([, content], i) => b.setContent(elements[i]!, at(content)));
  return new Schema(b, names, at(s.start), { source: s.source, header: s.header });
}

