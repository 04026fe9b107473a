// Type-level tests (checked by `tsc --noEmit -p .`; at run time they only run the code): narrowing on `type` and
// on the TEI name, typed attributes, builder return types, and extension by module augmentation.
import { describe, expectTypeOf, test } from 'vitest';
import type { GlobalAttributes } from '../../src/model/attributes.js';
import { gap, note, persName, p, el, text } from '../../src/model/builders.js';
import type { TeiElement } from '../../src/model/elements.js';
import { isTeiElement } from '../../src/model/guards.js';
import type { ElementChild, ElementNode, GenericElement, ModelNode } from '../../src/model/nodes.js';
import { readEdition } from '../../src/model/readEdition.js';
import type { EditionText } from '../../src/model/edition.js';

declare module '../../src/model/elements.js' {
  interface TeiElementMap {
    /** A customisation's element, typed by augmentation. */
    persPronouns: GlobalAttributes & { evidence?: string };
  }
}

describe('types', () => {
  test('narrowing on type, then on the TEI name', () => {
    const node = gap({ reason: 'faded' }) as ModelNode;
    if (node.type === 'element' && node.name === 'gap') {
      // A generic element may also be called gap (in another namespace), so both remain; reason is typed on both.
      expectTypeOf(node).toEqualTypeOf<TeiElement<'gap'> | GenericElement>();
      expectTypeOf(node.attributes.reason).toEqualTypeOf<string | undefined>();
    }
    if (isTeiElement(node, 'gap')) {
      expectTypeOf(node).toEqualTypeOf<TeiElement<'gap'>>();
      expectTypeOf(node.attributes.atLeast).toEqualTypeOf<string | undefined>();
      expectTypeOf(node.namespace).toEqualTypeOf<'http://www.tei-c.org/ns/1.0'>();
    }
    if (isTeiElement(node, 'sic', 'corr')) expectTypeOf(node.name).toEqualTypeOf<'sic' | 'corr'>();
    if (node.type === 'text') expectTypeOf(node.value).toBeString();
    if (node.type === 'pi') expectTypeOf(node.target).toBeString();
  });

  test('a switch over element names', () => {
    const describeChild = (child: ElementChild): string => {
      if (child.type !== 'element') return child.type;
      switch (child.name) {
        case 'note':
          return child.attributes.place ?? 'note';
        case 'date':
          return child.attributes.when ?? 'date';
        default:
          return child.name;
      }
    };
    expectTypeOf(describeChild).returns.toBeString();
  });

  test('builders return the element they build', () => {
    expectTypeOf(gap({ quantity: 2 })).toEqualTypeOf<TeiElement<'gap'>>();
    expectTypeOf(note({ type: 'translator', resp: '#goldberg' }, 'x')).toEqualTypeOf<TeiElement<'note'>>();
    expectTypeOf(persName({ ref: '#guevara' }, 'Guevara').attributes.ref).toEqualTypeOf<string | undefined>();
    expectTypeOf(p('just children')).toEqualTypeOf<TeiElement<'p'>>();
    expectTypeOf(el('gap', { reason: 'lost' })).toEqualTypeOf<TeiElement<'gap'>>();
    expectTypeOf(el('xi:include', { href: 'x.xml' })).toEqualTypeOf<ElementNode>();
    const unchecked = () => {
      // @ts-expect-error an object is not an attribute value
      gap({ reason: { faded: true } });
    };
    expectTypeOf(unchecked).toBeFunction();
  });

  test('views hold typed nodes', () => {
    const edition = readEdition('<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body/></text></TEI>');
    expectTypeOf(edition.texts).toEqualTypeOf<EditionText[]>();
    expectTypeOf(edition.texts[0]?.body).toEqualTypeOf<TeiElement<'body'> | undefined>();
    expectTypeOf(text).returns.toEqualTypeOf<TeiElement<'text'>>();
  });

  test('module augmentation adds elements to the map', () => {
    const node = el('persPronouns', { evidence: 'conjecture' }) as ModelNode;
    if (isTeiElement(node, 'persPronouns')) expectTypeOf(node.attributes.evidence).toEqualTypeOf<string | undefined>();
  });
});
