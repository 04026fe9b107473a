/**
 * Pretty printing decides, per element, how its children are laid out. It only ever changes whitespace-only
 * text in element-only content; mixed content and `xml:space="preserve"` regions are written exactly as they
 * are, with everything below them. Browser-safe.
 *
 * - A TEI element (or a TEI example in `egXML`) is re-indented (one child per line) when its content model is
 *   element-only ({@link ELEMENT_ONLY_TEI}) and it holds no text other than whitespace and no CDATA. Any other
 *   TEI element (`p`, `note`, `item`, `hi`... whose model is mixed: their whitespace is text) is written exactly
 *   as it is, with everything below it, even when this instance holds only elements.
 * - An element of another namespace, whose content model teikit does not know, is re-indented only when it has
 *   no other text and already has a line break between every two of its children (so no whitespace is
 *   inserted where there was none); its descendants are looked at in turn.
 * The decision depends only on the tree, and re-indenting keeps it true, so pretty printing is idempotent.
 */
import { TEI_NS } from '../parse/prolog.js';

const TEI_EXAMPLES_NS = 'http://www.tei-c.org/ns/Examples';
import type { ElementNode } from '../model/nodes.js';

/** How an element's children are written. @example const layout: Layout = 'indent' */
export type Layout =
  /** Re-indent: drop whitespace-only text, put each child on its own line. */
  | 'indent'
  /** Write the children's text as it is, but look at each child element again. */
  | 'keep'
  /** Mixed content or `xml:space="preserve"`: this element and everything below it exactly as they are. */
  | 'verbatim';

/**
 * TEI elements whose content model is element-only (whitespace between their children is insignificant).
 * Inline and choice-like elements (`choice`, `subst`, `app`) are left out on purpose: tools that read all of
 * their text nodes would see inserted whitespace.
 *
 * @example
 * ELEMENT_ONLY_TEI.has('div') // true
 * ELEMENT_ONLY_TEI.has('p') // false: mixed content
 */
export const ELEMENT_ONLY_TEI = new Set([
  'TEI', 'teiCorpus', 'teiHeader', 'fileDesc', 'titleStmt', 'editionStmt', 'publicationStmt', 'seriesStmt',
  'notesStmt', 'sourceDesc', 'encodingDesc', 'profileDesc', 'revisionDesc', 'listChange', 'langUsage', 'textClass',
  'particDesc', 'settingDesc', 'handNotes', 'handDesc', 'msDesc', 'msIdentifier', 'altIdentifier', 'msContents',
  'msItem', 'physDesc', 'objectDesc', 'supportDesc', 'layoutDesc', 'scriptDesc', 'decoDesc',
  'bindingDesc', 'history', 'additional', 'adminInfo', 'availability', 'correspDesc',
  'correspContext', 'projectDesc', 'samplingDecl', 'editorialDecl', 'tagsDecl', 'classDecl', 'taxonomy',
  'category', 'refsDecl', 'listPrefixDef', 'appInfo', 'abstract', 'calendarDesc', 'standOff', 'listPerson',
  'listPlace', 'listOrg', 'listBibl', 'listEvent', 'listRelation', 'listWit', 'person', 'personGrp', 'place',
  'org', 'event', 'text', 'group', 'front', 'body', 'back', 'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6',
  'div7', 'lg', 'sp', 'list', 'listApp', 'table', 'row', 'castList', 'castGroup', 'facsimile', 'surface',
  'surfaceGrp', 'figure', 'titlePage', 'docTitle', 'respStmt', 'biblStruct', 'monogr', 'analytic',
  'imprint', 'floatingText', 'sourceDoc', 'schemaSpec', 'elementSpec', 'attList', 'classes', 'content',
]);

/**
 * The layout of `element`'s children, given its parent's layout.
 *
 * @example
 * layoutOf(p({}, 'some ', hi({}, 'mixed'), ' text'), 'keep') // 'verbatim'
 * layoutOf(div({}, p('a'), p('b')), 'keep') // 'indent'
 */
export function layoutOf(element: ElementNode, parentLayout: Layout): Layout {
  if (parentLayout === 'verbatim') return 'verbatim';
  if (element.attributes['xml:space'] === 'preserve') return 'verbatim';
  const known = element.namespace === TEI_NS || element.namespace === TEI_EXAMPLES_NS;
  if (known && !ELEMENT_ONLY_TEI.has(element.name)) return 'verbatim';
  const children = element.children;
  let hasOtherChild = false;
  let everyGapBreaks = true;
  let gapBreaks = false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text') {
      if (child.cdata || !isWhitespace(child.value)) return 'verbatim';
      if (!gapBreaks && child.value.includes('\n')) gapBreaks = true;
      continue;
    }
    hasOtherChild = true;
    if (!gapBreaks) everyGapBreaks = false;
    gapBreaks = false;
  }
  if (!hasOtherChild) return 'keep';
  if (known) return 'indent';
  if (!gapBreaks) everyGapBreaks = false;
  return everyGapBreaks ? 'indent' : 'keep';
}

/** Only XML whitespace (space, tab, newline, CR)? @example isWhitespace('\n  ') // true; isWhitespace('\u00a0') // false */
export function isWhitespace(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}
