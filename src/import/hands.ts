/**
 * The hands an import declares: the main hand of the original, and one new hand for each marginal note or
 * handwritten addition the transcription introduces ("[Handwritten note at the bottom of the first page]"), whose
 * wording is kept in the hand's description. Browser-safe.
 */
import { el, q } from '../model/builders.js';
import type { ElementChild, ElementNode, Position } from '../model/nodes.js';

/** The id of the original's main hand. */
export const MAIN_HAND = 'hand-main';

interface DeclaredHand {
  id: string;
  label: Array<ElementChild | string>;
  position: Position;
}

/** Collects hands while the texts are converted, then makes their `handNote`s. */
export class HandRegistry {
  private readonly declared: DeclaredHand[] = [];

  /** Declare a hand introduced by `label` (text nodes of the source); returns its id. */
  add(label: Array<ElementChild | string>, position: Position): string {
    const id = `hand-${this.declared.length + 1}`;
    this.declared.push({ id, label, position });
    return id;
  }

  get size(): number {
    return this.declared.length;
  }

  /**
   * The `handNote`s: the main hand (when there is an original) and the introduced ones. The description starts
   * with who wrote (unknown), so that renderings that name a hand by its description read well.
   */
  handNotes(withMainHand: boolean): ElementNode[] {
    const notes: ElementNode[] = [];
    if (withMainHand) {
      notes.push(el('handNote', { id: MAIN_HAND, scope: 'major' }, 'the main hand of the original, not described in the record'));
    }
    for (const hand of this.declared) {
      const note = el('handNote', { id: hand.id, scope: 'minor' }, 'an unidentified writer; the transcription introduces this text as ', q(hand.label));
      note.position = hand.position;
      notes.push(note);
    }
    return notes;
  }
}
