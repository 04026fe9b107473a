/**
 * XML Schema regular expressions (XSD 1.0 Part 2, appendix F) translated to JavaScript `RegExp` with the `u` flag.
 * The differences that matter: XSD patterns are implicitly anchored; `^` and `$` are ordinary characters; `.` is
 * any character but CR and LF; `\d \w \i \c \s` have XML meanings; `\p{IsBlock}` names Unicode blocks; character
 * classes may subtract (`[a-z-[aeiou]]`). Subtraction and complemented multi-character escapes inside a class
 * are written with a negative lookahead over one code point, so the result runs on any ES2018 engine.
 */
import { UNICODE_BLOCKS } from './unicodeBlocks.js';

/**
 * The pattern is not a valid XSD regular expression. `position` is the 0-based index in the pattern.
 *
 * @example
 * try { xsdRegex('[a-') } catch (e) { (e as XsdRegexError).position }
 */
export class XsdRegexError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'XsdRegexError';
  }
}

const cache = new Map<string, RegExp>();

/**
 * Translate an XSD pattern to an anchored JavaScript RegExp (cached by pattern).
 *
 * @throws {XsdRegexError} when the pattern is not a valid XSD regular expression.
 * @example
 * xsdRegex('[a-z-[aeiou]]+').test('xyz') // true
 * xsdRegex('\\i\\c*').test('tei:p') // true
 * xsdRegex('\\d{4}').test('1964') // true
 */
export function xsdRegex(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(`^(?:${translateXsdRegex(pattern)})$`, 'u');
    cache.set(pattern, re);
  }
  return re;
}

/**
 * The JavaScript source (without anchors) for an XSD pattern.
 *
 * @example
 * translateXsdRegex('[^\\p{C}\\p{Z}]+') // '[^\\p{C}\\p{Z}]+'
 */
export function translateXsdRegex(pattern: string): string {
  return new Translator(pattern).translate();
}

/** A set of code points as a JS fragment that matches exactly one of them. */
interface CharSet {
  /** Items that can stand inside `[...]`: ranges as `\u{..}-\u{..}`, property escapes. */
  simple: string[];
  /** Sets that cannot (complements, subtractions): alternatives, each a one-code-point JS fragment. */
  complex: string[];
}

const emptySet = (): CharSet => ({ simple: [], complex: [] });

function cp(code: number): string {
  return `\\u{${code.toString(16)}}`;
}

/** One code point of the set, as a JS fragment. */
function setToJs(set: CharSet): string {
  const parts: string[] = [];
  if (set.simple.length > 0) parts.push(`[${set.simple.join('')}]`);
  parts.push(...set.complex);
  if (parts.length === 0) return '[]'; // matches nothing
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}

function complement(set: CharSet): CharSet {
  if (set.complex.length === 0) return { simple: [], complex: [set.simple.length ? `[^${set.simple.join('')}]` : '[\\s\\S]'] };
  return { simple: [], complex: [`(?:(?!${setToJs(set)})[\\s\\S])`] };
}

function subtract(base: CharSet, minus: CharSet): CharSet {
  return { simple: [], complex: [`(?:(?!${setToJs(minus)})${setToJs(base)})`] };
}

function union(a: CharSet, b: CharSet): CharSet {
  return { simple: [...a.simple, ...b.simple], complex: [...a.complex, ...b.complex] };
}

function ranges(list: readonly (readonly [number, number])[]): CharSet {
  return { simple: list.map(([lo, hi]) => (lo === hi ? cp(lo) : `${cp(lo)}-${cp(hi)}`)), complex: [] };
}

// XML 1.0 (fifth edition) NameStartChar and NameChar; XSD's \i and \c.
const NAME_START: [number, number][] = [
  [0x3a, 0x3a],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2ff],
  [0x370, 0x37d],
  [0x37f, 0x1fff],
  [0x200c, 0x200d],
  [0x2070, 0x218f],
  [0x2c00, 0x2fef],
  [0x3001, 0xd7ff],
  [0xf900, 0xfdcf],
  [0xfdf0, 0xfffd],
  [0x10000, 0xeffff],
];
const NAME_CHAR: [number, number][] = [...NAME_START, [0x2d, 0x2e], [0x30, 0x39], [0xb7, 0xb7], [0x300, 0x36f], [0x203f, 0x2040]];

const CATEGORIES = new Set([
  'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
  'Z', 'Zs', 'Zl', 'Zp', 'S', 'Sm', 'Sc', 'Sk', 'So', 'C', 'Cc', 'Cf', 'Co', 'Cn', 'Cs',
]);

function multiCharEscape(letter: string): CharSet | undefined {
  switch (letter) {
    case 's':
      return ranges([[0x20, 0x20], [0x9, 0xa], [0xd, 0xd]]);
    case 'S':
      return complement(ranges([[0x20, 0x20], [0x9, 0xa], [0xd, 0xd]]));
    case 'i':
      return ranges(NAME_START);
    case 'I':
      return complement(ranges(NAME_START));
    case 'c':
      return ranges(NAME_CHAR);
    case 'C':
      return complement(ranges(NAME_CHAR));
    case 'd':
      return { simple: ['\\p{Nd}'], complex: [] };
    case 'D':
      return { simple: ['\\P{Nd}'], complex: [] };
    case 'w':
      return complement({ simple: ['\\p{P}', '\\p{Z}', '\\p{C}'], complex: [] });
    case 'W':
      return { simple: ['\\p{P}', '\\p{Z}', '\\p{C}'], complex: [] };
    default:
      return undefined;
  }
}

const SINGLE_ESCAPES: Record<string, number> = { n: 0xa, r: 0xd, t: 0x9 };
const ESCAPABLE = '\\|.?*+(){}-[]^';

class Translator {
  private i = 0;

  constructor(private readonly p: string) {}

  private fail(message: string, at = this.i): never {
    throw new XsdRegexError(`invalid XSD regular expression /${this.p}/: ${message} at position ${at + 1}`, at);
  }

  private peek(): number | undefined {
    return this.p.codePointAt(this.i);
  }

  private next(): number {
    const c = this.p.codePointAt(this.i);
    if (c === undefined) this.fail('unexpected end of the pattern');
    this.i += c > 0xffff ? 2 : 1;
    return c;
  }

  translate(): string {
    const out = this.regExp();
    if (this.i < this.p.length) this.fail(`unexpected "${this.p[this.i]}"`);
    return out;
  }

  private regExp(): string {
    const branches = [this.branch()];
    while (this.peek() === 0x7c /* | */) {
      this.i++;
      branches.push(this.branch());
    }
    return branches.join('|');
  }

  private branch(): string {
    let out = '';
    for (let c = this.peek(); c !== undefined && c !== 0x7c && c !== 0x29; c = this.peek()) {
      out += this.atom() + this.quantifier();
    }
    return out;
  }

  private quantifier(): string {
    const c = this.peek();
    if (c === 0x3f || c === 0x2a || c === 0x2b) {
      this.i++;
      return String.fromCharCode(c);
    }
    if (c !== 0x7b /* { */) return '';
    const start = this.i;
    const close = this.p.indexOf('}', start);
    if (close === -1) this.fail('"{" without "}"', start);
    const body = this.p.slice(start + 1, close);
    const m = /^(\d+)(,(\d*))?$/.exec(body);
    if (!m) this.fail(`bad quantifier {${body}}`, start);
    if (m[3] !== undefined && m[3] !== '' && Number(m[3]) < Number(m[1])) this.fail(`bad quantifier {${body}}: maximum below minimum`, start);
    this.i = close + 1;
    return `{${body}}`;
  }

  private atom(): string {
    const start = this.i;
    const c = this.next();
    switch (c) {
      case 0x28 /* ( */: {
        const inner = this.regExp();
        if (this.peek() !== 0x29) this.fail('"(" without ")"', start);
        this.i++;
        return `(?:${inner})`;
      }
      case 0x5b /* [ */:
        return setToJs(this.charClassExpr(start));
      case 0x2e /* . */:
        return '[^\\n\\r]';
      case 0x5c /* \ */:
        return setToJs(this.escape(start));
      case 0x3f:
      case 0x2a:
      case 0x2b:
      case 0x7b:
        return this.fail(`quantifier "${String.fromCodePoint(c)}" without anything to repeat`, start);
      case 0x5d:
      case 0x7d:
        return this.fail(`unescaped "${String.fromCodePoint(c)}"`, start);
      default:
        return cp(c);
    }
  }

  /** After `\`: a single-character, multi-character, category or block escape. */
  private escape(start: number): CharSet {
    const c = this.next();
    const letter = String.fromCodePoint(c);
    const multi = multiCharEscape(letter);
    if (multi) return multi;
    if (letter === 'p' || letter === 'P') {
      if (this.peek() !== 0x7b) this.fail(`"\\${letter}" must be followed by "{"`, start);
      const close = this.p.indexOf('}', this.i);
      if (close === -1) this.fail(`"\\${letter}{" without "}"`, start);
      const name = this.p.slice(this.i + 1, close);
      this.i = close + 1;
      const set = this.property(name, start);
      return letter === 'p' ? set : complement(set);
    }
    const single = SINGLE_ESCAPES[letter];
    if (single !== undefined) return ranges([[single, single]]);
    if (ESCAPABLE.includes(letter)) return ranges([[c, c]]);
    return this.fail(`unknown escape "\\${letter}"`, start);
  }

  private property(name: string, start: number): CharSet {
    if (CATEGORIES.has(name)) return { simple: [`\\p{${name}}`], complex: [] };
    if (name.startsWith('Is')) {
      const block = UNICODE_BLOCKS[name.slice(2)];
      if (block) return ranges(block);
      return this.fail(`unknown Unicode block "${name.slice(2)}"`, start);
    }
    return this.fail(`unknown character property "${name}"`, start);
  }

  /** After `[`: a character group, possibly negated, possibly minus another class; consumes the `]`. */
  private charClassExpr(start: number): CharSet {
    let negated = false;
    if (this.peek() === 0x5e /* ^ */) {
      negated = true;
      this.i++;
    }
    let set = emptySet();
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('"[" without "]"', start);
      if (c === 0x5d /* ] */) {
        if (first) this.fail('empty character class', start);
        this.i++;
        break;
      }
      if (c === 0x2d /* - */) {
        const after = this.p.codePointAt(this.i + 1);
        if (after === 0x5b /* [ */) {
          if (first) this.fail('subtraction without a class to subtract from', this.i);
          this.i += 2;
          const minus = this.charClassExpr(this.i - 1);
          if (this.peek() !== 0x5d) this.fail('a subtraction must end the character class', this.i);
          this.i++;
          return subtract(negated ? complement(set) : set, minus);
        }
        if (!first && after !== 0x5d) this.fail('"-" must be escaped here', this.i);
        this.i++;
        set = union(set, ranges([[0x2d, 0x2d]]));
        first = false;
        continue;
      }
      set = union(set, this.classItem());
      first = false;
    }
    return negated ? complement(set) : set;
  }

  /** A range `a-z`, a single character, or an escape inside a class. */
  private classItem(): CharSet {
    const start = this.i;
    const low = this.classChar();
    if (typeof low !== 'number') return low;
    if (this.peek() === 0x2d /* - */ && this.p.codePointAt(this.i + 1) !== 0x5b && this.p.codePointAt(this.i + 1) !== 0x5d) {
      this.i++;
      const high = this.classChar();
      if (typeof high !== 'number') this.fail('a range cannot end with a class escape', start);
      if (high < low) this.fail('range out of order', start);
      return ranges([[low, high]]);
    }
    return ranges([[low, low]]);
  }

  /** One character (as a code point) or a class escape (as a set). */
  private classChar(): number | CharSet {
    const start = this.i;
    const c = this.next();
    if (c === 0x5b /* [ */) this.fail('unescaped "[" in a character class', start);
    if (c !== 0x5c /* \ */) return c;
    const letter = String.fromCodePoint(this.peek() ?? 0);
    const single = SINGLE_ESCAPES[letter];
    if (single !== undefined) {
      this.i++;
      return single;
    }
    if (ESCAPABLE.includes(letter) && letter !== '') {
      this.i++;
      return letter.codePointAt(0)!;
    }
    return this.escape(start);
  }
}
