/**
 * Paragraph alignment of an original and its translation, in the manner of Gale and Church: a dynamic programme
 * over the two sequences that pairs paragraphs whose lengths fit the texts' overall length ratio, lets a paragraph
 * stay unpaired or two merge against one, and favours pairs that share numbers (dates, record numbers). Only
 * one-to-one pairs are kept as alignment; the rest are reported as unpaired. Browser-safe.
 */
import { proseLength } from './script.js';

/** The result: pairs of indices (original, translation) and the indices left unpaired on each side. */
export interface Alignment {
  pairs: Array<[number, number]>;
  unpairedOriginal: number[];
  unpairedTranslation: number[];
}

const SKIP = 2;
const MERGE = 1;
/** Widest band of the programme around the diagonal: keeps long texts linear. */
const BAND = 60;

interface Measure {
  length: number;
  numbers: Set<string>;
}

/**
 * Align two sequences of paragraph texts.
 *
 * @example
 * alignParagraphs(['Встретился с Геварой.', '№ 375'], ['I met with Guevara.', 'No 375']).pairs // [[0, 0], [1, 1]]
 */
export function alignParagraphs(original: readonly string[], translation: readonly string[]): Alignment {
  const a = original.map(measure);
  const b = translation.map(measure);
  const n = a.length;
  const m = b.length;
  const total = (xs: Measure[]) => xs.reduce((sum, x) => sum + x.length, 0);
  const ratio = total(a) > 0 && total(b) > 0 ? total(b) / total(a) : 1;
  const width = Math.max(BAND, Math.abs(n - m) + 10);
  const low = (i: number) => Math.max(0, Math.floor((i * m) / Math.max(n, 1)) - width);
  const high = (i: number) => Math.min(m, Math.ceil((i * m) / Math.max(n, 1)) + width);
  const stride = 2 * width + 2;
  const cost = new Float64Array((n + 1) * stride).fill(Infinity);
  const move = new Uint8Array((n + 1) * stride);
  const cell = (i: number, j: number) => (j < low(i) || j > high(i) ? -1 : i * stride + (j - low(i)));
  const get = (i: number, j: number) => {
    const c = i < 0 || j < 0 ? -1 : cell(i, j);
    return c === -1 ? Infinity : cost[c]!;
  };
  // Moves: 1 = pair, 2 = original alone, 3 = translation alone, 4 = two originals to one, 5 = one to two translations.
  const steps: Array<[number, number, number, (i: number, j: number) => number]> = [
    [1, 1, 1, (i, j) => pairCost(a[i - 1]!, b[j - 1]!, ratio)],
    [1, 0, 2, () => SKIP],
    [0, 1, 3, () => SKIP],
    [2, 1, 4, (i, j) => pairCost(merge(a[i - 2]!, a[i - 1]!), b[j - 1]!, ratio) + MERGE],
    [1, 2, 5, (i, j) => pairCost(a[i - 1]!, merge(b[j - 2]!, b[j - 1]!), ratio) + MERGE],
  ];
  cost[cell(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = low(i); j <= high(i); j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = 0;
      for (const [di, dj, id, price] of steps) {
        if (i < di || j < dj) continue;
        const before = get(i - di, j - dj);
        if (before === Infinity) continue;
        const total = before + price(i, j);
        if (total < best) [best, bestMove] = [total, id];
      }
      const c = cell(i, j);
      cost[c] = best;
      move[c] = bestMove;
    }
  }
  return trace(a, b, ratio, n, m, (i, j) => move[cell(i, j)]!);
}

function trace(a: Measure[], b: Measure[], ratio: number, n: number, m: number, moveAt: (i: number, j: number) => number): Alignment {
  const pairs: Array<[number, number]> = [];
  const unpairedOriginal: number[] = [];
  const unpairedTranslation: number[] = [];
  let i = n;
  let j = m;
  const keep = (x: number, y: number) => {
    if (acceptable(a[x]!, b[y]!, ratio)) pairs.push([x, y]);
    else unpairedOriginal.push(x), unpairedTranslation.push(y);
  };
  while (i > 0 || j > 0) {
    switch (moveAt(i, j)) {
      case 1:
        keep(i - 1, j - 1);
        i--, j--;
        break;
      case 2:
        unpairedOriginal.push(--i);
        break;
      case 3:
        unpairedTranslation.push(--j);
        break;
      case 4: {
        // Two originals against one translation: the longer one is the pair.
        const [x, y] = a[i - 2]!.length >= a[i - 1]!.length ? [i - 2, i - 1] : [i - 1, i - 2];
        keep(x, j - 1);
        unpairedOriginal.push(y);
        i -= 2;
        j--;
        break;
      }
      case 5: {
        const [x, y] = b[j - 2]!.length >= b[j - 1]!.length ? [j - 2, j - 1] : [j - 1, j - 2];
        keep(i - 1, x);
        unpairedTranslation.push(y);
        i--;
        j -= 2;
        break;
      }
      default:
        // Outside the band (cannot happen for the corner cells): leave the rest unpaired.
        while (i > 0) unpairedOriginal.push(--i);
        while (j > 0) unpairedTranslation.push(--j);
    }
  }
  pairs.reverse();
  unpairedOriginal.sort((x, y) => x - y);
  unpairedTranslation.sort((x, y) => x - y);
  return { pairs, unpairedOriginal, unpairedTranslation };
}

function measure(text: string): Measure {
  return { length: proseLength(text.replace(/\s+/g, '')), numbers: new Set(text.match(/\d+/g) ?? []) };
}

function merge(x: Measure, y: Measure): Measure {
  return { length: x.length + y.length, numbers: new Set([...x.numbers, ...y.numbers]) };
}

/** How badly two paragraphs fit as a pair: the log of their length ratio against the texts', less shared numbers. */
function pairCost(x: Measure, y: Measure, ratio: number): number {
  let cost = 3 * Math.abs(Math.log((y.length + 20) / ((x.length + 20) * ratio)));
  const shared = [...x.numbers].filter((number) => y.numbers.has(number)).length;
  if (shared > 0) cost -= 0.8 * Math.min(shared, 3);
  else if (x.numbers.size > 0 && y.numbers.size > 0) cost += 0.5;
  return Math.max(cost, -2);
}

/** A pair is kept when the lengths are within a factor of three of the expected ratio, or numbers tie them. */
function acceptable(x: Measure, y: Measure, ratio: number): boolean {
  const factor = (y.length + 20) / ((x.length + 20) * ratio);
  const shared = [...x.numbers].some((number) => y.numbers.has(number));
  return shared || (factor > 1 / 3 && factor < 3);
}
