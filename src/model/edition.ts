/**
 * An edition: the document tree (the source of truth, what `writeTei` writes) plus two views computed from it,
 * `header` (plain strings) and `texts` (metadata and the `front`/`body`/`back` nodes of each text), and for a
 * `teiCorpus` its members with their own views.
 *
 * The views are snapshots, computed when the edition is read or built. After changing the tree, call
 * `editionOf(edition.document)` to recompute them. The nodes in `texts` and `members` are the tree's own
 * objects (shared, not copies), so an in-place change through them is a change of the tree. JSON has no shared
 * references: `JSON.stringify` writes a shared node once per reference, and after `JSON.parse` the copies are
 * separate; call `editionOf(parsed.document)` to share them again. `structuredClone` and `postMessage` keep the
 * sharing. Browser-safe.
 */
import { TEI_NS } from '../parse/prolog.js';
import { TeiModelError } from './errors.js';
import type { TeiElement } from './elements.js';
import { headerOf, type EditionHeader } from './header.js';
import type { ElementNode, TeiDocument } from './nodes.js';
import { assignDefined, teiChild } from './select.js';
import { SKIP, walkElements } from './traverse.js';

/**
 * A text of the edition: each `text` that holds no `group` (a leaf) and is not inside another one.
 * `lang` is its `xml:lang` or the nearest ancestor's.
 *
 * @example
 * const t: EditionText = { id: 'en', lang: 'en', type: 'translation', body: bodyElement }
 */
export interface EditionText {
  id?: string;
  lang?: string;
  type?: string;
  n?: string;
  front?: TeiElement<'front'>;
  body?: TeiElement<'body'>;
  back?: TeiElement<'back'>;
}

/**
 * What the views say about one `TEI` or `teiCorpus` element, or about the root of a fragment (a file whose root is
 * another TEI element, such as a `div` or a `surface` that a project includes into its documents).
 *
 * @example
 * const view: EditionView = { kind: 'TEI', header, texts: [], members: [] }
 */
export interface EditionView {
  /** `TEI`, `teiCorpus`, or `fragment` when the root is any other TEI element (its header view is then empty). */
  kind: 'TEI' | 'teiCorpus' | 'fragment';
  header: EditionHeader;
  texts: EditionText[];
  /** For a `teiCorpus`: its `TEI` and `teiCorpus` children, each with its own views. */
  members: EditionMember[];
}

/**
 * A member of a `teiCorpus`: its root element (in the tree) and its views.
 *
 * @example
 * edition.members.map((m) => m.header.title)
 */
export interface EditionMember extends EditionView {
  root: TeiElement<'TEI' | 'teiCorpus'>;
}

/**
 * A TEI document with its header and texts views. Plain data: JSON-serialisable, no DOM, no classes.
 *
 * @example
 * const edition = readEdition(text)
 * edition.header.title
 * edition.texts.map((t) => [t.lang, t.type]) // [['ru', 'original'], ['en', 'translation']]
 * writeTei(edition) // the document, as text
 */
export interface Edition extends EditionView {
  document: TeiDocument;
}

/**
 * Compute the views of a document: the function `readEdition` and the `edition` builder use, and the one to
 * call after changing the tree.
 *
 * @throws {TeiModelError} when the document's root is not `TEI` or `teiCorpus` in the TEI namespace.
 * @example
 * edition.document.children.push({ type: 'comment', value: ' reviewed ' })
 * const fresh = editionOf(edition.document)
 */
export function editionOf(document: TeiDocument): Edition {
  return { document, ...viewOf(rootElement(document)) };
}

/**
 * The root element of a document or edition: `TEI`, `teiCorpus`, or the root of a fragment.
 *
 * @throws {TeiModelError} when there is none, or it is not in the TEI namespace.
 * @example
 * rootElement(edition).name // 'TEI'
 */
export function rootElement(source: TeiDocument | Edition): ElementNode {
  const document = 'document' in source ? source.document : source;
  const roots = document.children.filter((child): child is ElementNode => child.type === 'element');
  const root = roots[0];
  if (roots.length !== 1 || !root) throw new TeiModelError('children', `a document has exactly one root element, not ${roots.length}`);
  if (root.namespace !== TEI_NS) {
    throw new TeiModelError('root', `the root element must be in ${TEI_NS} (TEI, teiCorpus, or a fragment's root), not <${root.name}> in ${root.namespace ?? 'no namespace'}`);
  }
  return root;
}

/** True for the roots of whole documents, `TEI` and `teiCorpus`. */
function isDocumentElement(element: ElementNode): element is TeiElement<'TEI' | 'teiCorpus'> {
  return element.namespace === TEI_NS && (element.name === 'TEI' || element.name === 'teiCorpus');
}

/** The views of `root` and of its corpus members, at any depth, without recursion. */
function viewOf(root: ElementNode): EditionView {
  const top: EditionView = { kind: isDocumentElement(root) ? root.name : 'fragment', header: headerOf(root), texts: textsOf(root), members: [] };
  if (top.kind === 'fragment') return top;
  const pending: Array<[ElementNode, EditionView]> = [[root, top]];
  while (pending.length > 0) {
    const [element, view] = pending.pop()!;
    for (const child of element.children) {
      if (child.type !== 'element' || !isDocumentElement(child)) continue;
      const member = child;
      const memberView: EditionMember = { root: member, kind: member.name, header: headerOf(member), texts: textsOf(member), members: [] };
      view.members.push(memberView);
      pending.push([member, memberView]);
    }
  }
  return top;
}

/**
 * The leaf texts of `root` (not those of corpus members), in document order.
 *
 * @example
 * textsOf(rootElement(edition)).map((t) => t.id) // ['ru', 'en']
 */
export function textsOf(root: ElementNode): EditionText[] {
  const texts: EditionText[] = [];
  walkElements(root, {
    enter(element, path) {
      if (element.namespace !== TEI_NS) return SKIP;
      switch (element.name) {
        case 'TEI':
        case 'teiCorpus':
          return element === root ? undefined : SKIP;
        case 'text':
          if (teiChild(element, 'group')) return undefined;
          texts.push(textView(element, path));
          return SKIP;
        case 'group':
          return undefined;
        default:
          return element === root ? undefined : SKIP;
      }
    },
  });
  return texts;
}

function textView(text: ElementNode, path: readonly ElementNode[]): EditionText {
  let lang = text.attributes['xml:lang'];
  for (let i = path.length - 1; lang === undefined && i >= 0; i--) lang = path[i]!.attributes['xml:lang'];
  return assignDefined({} as EditionText, {
    id: text.attributes['xml:id'],
    lang,
    type: text.attributes.type,
    n: text.attributes.n,
    front: teiChild(text, 'front') as TeiElement<'front'> | undefined,
    body: teiChild(text, 'body') as TeiElement<'body'> | undefined,
    back: teiChild(text, 'back') as TeiElement<'back'> | undefined,
  });
}
