/**
 * The import's trace: which source characters a convention consumed (brackets, labels, Markdown marks) and which
 * element it made of them, and what a person should review. Together with the positions on the produced nodes,
 * it accounts for every character of the input. Browser-safe.
 */
import type { ElementNode, Position } from '../model/nodes.js';
import { newlineIn, positionAt, type Source } from './source.js';

/**
 * Source text that a convention turned into markup instead of text: `[` and `]` around a gap, `Translator's
 * note:`, `[Stamp]:`, `## ` before a heading. `element` and `at` name the element it became (its name and
 * position, as in the model).
 *
 * @example
 * const span: ConsumedSpan = { line: 98, column: 40, text: '[', element: 'gap', at: { line: 98, column: 40 }, convention: 'gap-vague-lines' }
 */
export interface ConsumedSpan extends Position {
  text: string;
  element: string;
  at: Position;
  convention: string;
}

/**
 * Something the importer could not decide and left for a person: an unrecognised bracket, an unbalanced one, a
 * header field it could not read. `id` is the `xml:id` of the element that marks the place in the text, if any.
 *
 * @example
 * const item: ReviewItem = { line: 12, column: 3, message: 'bracketed remark "[?]" matches no convention', id: 'review-1' }
 */
export interface ReviewItem {
  line?: number;
  column?: number;
  message: string;
  id?: string;
}

/**
 * What an import leaves beside the edition.
 *
 * @example
 * for (const item of importTranscriptionWithTrace(text).trace.review) console.log(`${item.line}: ${item.message}`)
 */
export interface ImportTrace {
  consumed: ConsumedSpan[];
  review: ReviewItem[];
  /** How often each bracket convention fired, by name. */
  conventionsUsed: Record<string, number>;
}

/** Collects the trace while the importer runs. */
export class TraceCollector {
  readonly trace: ImportTrace = { consumed: [], review: [], conventionsUsed: {} };
  private reviewCount = 0;

  constructor(private readonly source: Source) {}

  /** The position of an offset. */
  at(offset: number): Position {
    return positionAt(this.source, offset);
  }

  /** Give `element` the position of `offset` and return it. */
  place<E extends ElementNode>(element: E, offset: number): E {
    element.position = this.at(offset);
    return element;
  }

  /**
   * Record that `[from, to)` became `element` rather than text. Whitespace is not recorded (it is never
   * required to survive); a span that crosses lines is recorded line by line.
   */
  consume(from: number, to: number, element: ElementNode, convention: string): void {
    const at = element.position ?? this.at(from);
    const text = this.source.text;
    let start = from;
    while (start < to) {
      const newline = newlineIn(text, start, to);
      const stop = newline === -1 ? to : newline;
      const piece = text.slice(start, stop);
      const lead = piece.length - piece.trimStart().length;
      if (piece.trim() !== '') {
        this.trace.consumed.push({ ...this.at(start + lead), text: piece.trim(), element: element.name, at, convention });
      }
      start = stop + 1;
    }
  }

  /** Count a convention's use. */
  used(convention: string): void {
    this.trace.conventionsUsed[convention] = (this.trace.conventionsUsed[convention] ?? 0) + 1;
  }

  /** Add a review item at `offset` (if given); returns the id to put on the element that marks the place. */
  review(message: string, offset?: number, anchored = false): string | undefined {
    const id = anchored ? `review-${++this.reviewCount}` : undefined;
    const where = offset === undefined ? {} : this.at(offset);
    this.trace.review.push({ ...where, message, ...(id ? { id } : {}) });
    return id;
  }
}
