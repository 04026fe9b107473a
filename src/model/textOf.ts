/**
 * The plain text of a node, in a reading or a diplomatic view. One iterative walk. Browser-safe.
 *
 * | Element | `reading` | `diplomatic` |
 * |---|---|---|
 * | `choice` | its first child that is not `sic`/`abbr`/`orig` (`corr`, `expan`, `reg`...) | its first child that is not `corr`/`expan`/`reg` |
 * | `sic`, `abbr`, `orig` outside a `choice` | kept (they are the only reading there) | kept |
 * | `corr`, `expan`, `reg` outside a `choice` | kept | left out |
 * | `del` | left out | kept |
 * | `supplied` | kept | left out |
 * | `add`, `unclear`, `damage` | kept | kept |
 * | `app` | its `lem`, else its first `rdg` | the same |
 * | `fw` (running heads, page numbers) | left out | kept |
 * | `gap` | the `gap` marker (default `[…]`) | the same |
 * | `lb` | a space; nothing with `break="no"` (and the whitespace around it is dropped) | the same |
 * | `pb`, `cb` | nothing; with `break="no"` the whitespace around them is dropped | the same |
 * | `note` | left out unless `notes: true`; its own leading `label` (the archive's name for it) always | the same |
 * | `desc`, `figDesc`, `teiHeader`, `standOff`, comments, PIs | left out | the same |
 *
 * Whitespace is then folded to single spaces and trimmed, unless `normalize: false`.
 */
import { TEI_NS } from '../parse/prolog.js';
import { ownLabel } from '../tei/conventions.js';
import type { View } from '../transform/options.js';
import type { ElementNode, ModelNode } from './nodes.js';

/** Options of {@link textOf}. @example textOf(paragraph, { view: 'diplomatic', notes: true, gap: '' }) */
export interface TextOfOptions {
  /** `reading` (default): corrections, expansions, regularisations, supplied text. `diplomatic`: the source as written. */
  view?: View;
  /** Include notes, where they stand. Default false. */
  notes?: boolean;
  /** What a `gap` becomes. Default `'[…]'`; `''` for nothing. */
  gap?: string;
  /** Fold whitespace to single spaces and trim. Default true. */
  normalize?: boolean;
}

const READING_SKIPS_IN_CHOICE = new Set(['sic', 'abbr', 'orig']);
const DIPLOMATIC_SKIPS_IN_CHOICE = new Set(['corr', 'expan', 'reg']);
const ALWAYS_LEFT_OUT = new Set(['desc', 'figDesc', 'teiHeader', 'standOff']);

/**
 * The plain text of `node`.
 *
 * @example
 * textOf(findById(edition.document, 'en-p3')!, { view: 'reading' }) // 'Taking the position ... in its reticence. […] "advanced age ...'
 * textOf(el('p', {}, 'Dr', el('lb', { break: 'no' }), 'ess')) // 'Dress'
 */
export function textOf(node: ModelNode, options: TextOfOptions = {}): string {
  const reading = (options.view ?? 'reading') === 'reading';
  const gapMarker = options.gap ?? '[…]';
  const withNotes = options.notes === true;
  let out = '';
  let joining = false;
  const stack: ModelNode[] = [node];
  const pushChildren = (children: readonly ModelNode[]) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  const join = () => {
    out = out.replace(/[ \t\n\r]+$/, '');
    joining = true;
  };
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      const value = joining ? current.value.replace(/^[ \t\n\r]+/, '') : current.value;
      if (value !== '') joining = false;
      out += value;
      continue;
    }
    if (current.type === 'document') {
      pushChildren(current.children);
      continue;
    }
    if (current.type !== 'element') continue;
    if (current.namespace !== TEI_NS) {
      pushChildren(current.children);
      continue;
    }
    const isRoot = current === node;
    switch (current.name) {
      case 'note': {
        const label = ownLabel(current);
        if (withNotes || isRoot) pushChildren(label ? current.children.filter((c) => c !== label) : current.children);
        continue;
      }
      case 'gap':
        out += gapMarker;
        joining = false;
        continue;
      case 'lb':
        if (current.attributes.break === 'no') join();
        else out += ' ';
        continue;
      case 'pb':
      case 'cb':
        if (current.attributes.break === 'no') join();
        continue;
      case 'del':
        if (!reading || isRoot) pushChildren(current.children);
        continue;
      case 'supplied':
        if (reading || isRoot) pushChildren(current.children);
        continue;
      case 'fw':
        if (!reading || isRoot) pushChildren(current.children);
        continue;
      case 'corr':
      case 'expan':
      case 'reg':
        if (reading || isRoot) pushChildren(current.children);
        continue;
      case 'choice': {
        // The chosen alternative's content, whatever its name (a sic is shown in reading when there is no corr).
        const chosen = chooseAlternative(current, reading ? READING_SKIPS_IN_CHOICE : DIPLOMATIC_SKIPS_IN_CHOICE);
        if (chosen) pushChildren(chosen.children);
        continue;
      }
      case 'app': {
        const chosen = teiChildElements(current).find((c) => c.name === 'lem') ?? teiChildElements(current).find((c) => c.name === 'rdg');
        if (chosen) pushChildren(chosen.children);
        continue;
      }
      default:
        if (ALWAYS_LEFT_OUT.has(current.name) && !isRoot) continue;
        pushChildren(current.children);
    }
  }
  return options.normalize === false ? out : out.replace(/[ \t\n\r]+/g, ' ').trim();
}

/** The alternative of a `choice` the view shows: the first child not in `skipped`, else the first child. */
function chooseAlternative(choice: ElementNode, skipped: ReadonlySet<string>): ElementNode | undefined {
  const alternatives = teiChildElements(choice);
  return alternatives.find((c) => !skipped.has(c.name)) ?? alternatives[0];
}

function teiChildElements(element: ElementNode): ElementNode[] {
  return element.children.filter((c): c is ElementNode => c.type === 'element' && c.namespace === TEI_NS);
}
