/**
 * A compiled RELAX NG schema, ready to validate: its interned patterns and start, the derivative functions (whose
 * memos make the schema faster the more it is used), the DTD-compatibility ID types of attributes, and what to
 * validate an out-of-context element against. Browser-safe; one schema can validate any number of documents.
 */
import { Derivatives } from './derivatives.js';
import type { IdType } from './datatypes/types.js';
import { NameTable } from './nameClass.js';
import { ATTRIBUTE, CHOICE, DATA, ELEMENT, GROUP, INTERLEAVE, ONE_OR_MORE, VALUE, type Pattern, PatternBuilder } from './patterns.js';

/**
 * Where a schema came from and the notice it carries (licence, attribution).
 * @example
 * loadSchema('tei_all').info.header // 'Schema generated from ODD source ... CC+BY and BSD-2 licences ...'
 */
export interface SchemaInfo {
  /** The schema's URL or name, e.g. `file:///.../tei_all.rng` or `tei_all`. */
  source: string;
  /** The comments at the head of the schema's main document: for generated TEI schemas, licence and attribution. */
  header: string;
}

/**
 * A compiled schema. Create one with `compileSchema` (from `.rng` text), `loadCompiledSchema` (from the JSON that
 * `serializeSchema` writes) or, in Node, `loadSchema`.
 *
 * @example
 * const schema = compileSchema(rngText, { url: 'file:///schemas/project.rng' })
 * validateXml(schema, xmlText, { file: 'letter.xml' }).length // 0 when valid
 */
export class Schema {
  readonly derivatives: Derivatives;
  private idTypeMap: Map<number, Map<number, IdType>> | null = null;
  private idAttributes: Set<number> | null = null;
  private readonly foundElements = new Map<number, Pattern>();

  /** @internal Use `compileSchema` or `loadCompiledSchema`. */
  constructor(
    readonly builder: PatternBuilder,
    readonly names: NameTable,
    readonly start: Pattern,
    readonly info: SchemaInfo,
  ) {
    this.derivatives = new Derivatives(builder, names);
  }

  /** The number of element declarations. */
  get elementCount(): number {
    return this.builder.elements.length;
  }

  /**
   * The content to validate an element named `name` against when it appears where the schema does not allow it:
   * every declaration of that name (the most specific name class wins), or notAllowed when there is none.
   */
  findElement(name: number): Pattern {
    let found = this.foundElements.get(name);
    if (found) return found;
    let best = 0;
    let contents: Pattern[] = [];
    for (const e of this.builder.elements) {
      if (e.p1 === this.builder.notAllowed) continue;
      const s = e.nc!.specificity(this.names, name);
      if (s > best) {
        best = s;
        contents = [e.p1!];
      } else if (s === best && s > 0) contents.push(e.p1!);
    }
    found = this.builder.choiceOf(contents);
    this.foundElements.set(name, found);
    return found;
  }

  /** Attribute names that have an ID type on some element (a quick filter before `idType`). */
  get idAttributeNames(): ReadonlySet<number> {
    if (!this.idAttributes) this.buildIdTypes();
    return this.idAttributes!;
  }

  /** The ID type of attribute `attribute` on element `element` (DTD compatibility, RELAX NG DTD compatibility §4). */
  idType(element: number, attribute: number): IdType {
    if (!this.idTypeMap) this.buildIdTypes();
    return this.idTypeMap!.get(element)?.get(attribute) ?? 0;
  }

  private buildIdTypes(): void {
    const map = new Map<number, Map<number, IdType>>();
    const attributes = new Set<number>();
    // The ID-typed attributes of a pattern (not inside its child elements), memoised: TEI's attribute classes are
    // shared by hundreds of elements.
    const memo = new Map<Pattern, [number, IdType][]>();
    const idAttributes = (p: Pattern): [number, IdType][] => {
      let found = memo.get(p);
      if (found) return found;
      found = [];
      memo.set(p, found);
      switch (p.kind) {
        case ATTRIBUTE: {
          const v = p.p1!;
          const idType = (v.kind === DATA || v.kind === VALUE) && v.datatype ? v.datatype.idType : 0;
          if (idType !== 0) for (const name of p.nc!.listedNames({ names: new Set(), wildcard: false }).names) found.push([name, idType]);
          break;
        }
        case CHOICE:
          for (const m of p.members!) found.push(...idAttributes(m));
          break;
        case GROUP:
        case INTERLEAVE:
          found.push(...idAttributes(p.p1!), ...idAttributes(p.p2!));
          break;
        case ONE_OR_MORE:
          found.push(...idAttributes(p.p1!));
          break;
        case ELEMENT:
        default:
      }
      return found;
    };
    for (const element of this.builder.elements) {
      const found = idAttributes(element.p1!);
      if (found.length === 0) continue;
      for (const name of element.nc!.listedNames({ names: new Set(), wildcard: false }).names) {
        let byAttribute = map.get(name);
        if (!byAttribute) map.set(name, (byAttribute = new Map()));
        for (const [attribute, idType] of found) {
          byAttribute.set(attribute, idType);
          attributes.add(attribute);
        }
      }
    }
    this.idTypeMap = map;
    this.idAttributes = attributes;
  }

  /** A fresh schema's parts, for the compilers. */
  static parts(): { builder: PatternBuilder; names: NameTable } {
    return { builder: new PatternBuilder(), names: new NameTable() };
  }
}
