/**
 * The bracket scanner: finds the balanced editorial brackets of a block (square brackets, and their full-width
 * and lenticular forms), nested to any depth, and the ones left unbalanced, by offset. Parentheses are the
 * text's own and are not scanned. Browser-safe.
 */
import type { Span } from './source.js';

/** Opening bracket → its closing bracket. */
export const BRACKET_PAIRS: Readonly<Record<string, string>> = { '[': ']', '［': '］', '〔': '〕', '【': '】' };
const CLOSERS = new Map(Object.entries(BRACKET_PAIRS).map(([open, close]) => [close, open]));

/** The brackets of a span: pairs by opening offset (each maps to its closing offset) and unbalanced offsets. */
export interface BracketScan {
  pairs: Map<number, number>;
  /** Opening offsets in order, for finding the next bracket after a position. */
  opens: number[];
  unbalanced: number[];
}

/**
 * Scan `text[span.start, span.end)`.
 *
 * @example
 * scanBrackets('a [b [c]] ] [d', { start: 0, end: 14 }) // pairs {2 → 8, 5 → 7}, unbalanced [10, 12]
 */
export function scanBrackets(text: string, span: Span): BracketScan {
  const pairs = new Map<number, number>();
  const unbalanced: number[] = [];
  const stack: Array<{ char: string; at: number }> = [];
  for (let i = span.start; i < span.end; i++) {
    const char = text[i]!;
    if (Object.hasOwn(BRACKET_PAIRS, char)) {
      stack.push({ char, at: i });
    } else if (CLOSERS.has(char)) {
      const opener = CLOSERS.get(char)!;
      // Match the nearest opener of the same kind; openers of other kinds above it are unbalanced.
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.char !== opener) k--;
      if (k < 0) {
        unbalanced.push(i);
        continue;
      }
      for (const left of stack.splice(k + 1)) unbalanced.push(left.at);
      pairs.set(stack.pop()!.at, i);
    }
  }
  for (const left of stack) unbalanced.push(left.at);
  unbalanced.sort((a, b) => a - b);
  return { pairs, opens: [...pairs.keys()].sort((a, b) => a - b), unbalanced };
}

/**
 * The first pair that opens at or after `from` and closes before `end`, skipping pairs that start inside an
 * earlier one (the caller's cursor is never inside a pair).
 */
export function nextPair(scan: BracketScan, from: number, end: number): Span | undefined {
  let low = 0;
  let high = scan.opens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (scan.opens[middle]! < from) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < scan.opens.length; i++) {
    const open = scan.opens[i]!;
    if (open >= end) return undefined;
    const close = scan.pairs.get(open)!;
    if (close < end) return { start: open, end: close + 1 };
  }
  return undefined;
}
