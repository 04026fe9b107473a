/**
 * Which script and language a stretch of text is in: letters counted by Unicode script, leaving out the letters
 * that look alike in Latin, Cyrillic and Greek (OCR reads "ДАРУСЕНКОВ" as "AAPACEHKOB"), then frequent words to
 * tell languages of one script apart. Bracketed remarks and Markdown marks are not counted: they are the editor's,
 * not the text's. Browser-safe.
 */
import type { LanguageConvention } from './conventions.js';

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Arabic', 'Hebrew', 'Devanagari', 'Georgian', 'Armenian', 'Thai'];
const SCRIPT_PATTERNS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

// Letters that OCR confuses across Latin, Cyrillic and Greek: they do not tell the script.
const LOOKALIKES = new Set(
  [
    'AaBCcEeHIiJjKkMOoPpSsTXxYy', // Latin
    'АаВЕеІіЈјКкМНОоРрСсТХхУуЅѕ', // Cyrillic
    'ΑΒΕΗΙΚΜΝΟΡΤΥΧΖοικνρυχ', // Greek
  ].join(''),
);

/**
 * Letters of each script in `text`, lookalikes left out.
 *
 * @example
 * scriptCounts('(O. AAPACEHKOB)') // {}
 * scriptCounts('Встретился с Геварой') // { Cyrillic: 13 }
 */
export function scriptCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const char of editorialFree(text)) {
    if (LOOKALIKES.has(char) || !/\p{L}/u.test(char)) continue;
    const found = SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char));
    const name = found ? found[0] : 'Other';
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/**
 * The script with most distinctive letters, or undefined when there are none (numbers, lookalikes only).
 *
 * @example
 * dominantScript('Secret Copy No 2') // 'Latin'
 */
export function dominantScript(text: string): string | undefined {
  const counts = scriptCounts(text);
  // Kana decide for Japanese even beside more Han characters.
  if ((counts.Hiragana ?? 0) + (counts.Katakana ?? 0) > 0) return 'Hiragana';
  let best: string | undefined;
  for (const [name, count] of Object.entries(counts)) if (best === undefined || count > counts[best]!) best = name;
  return best;
}

/**
 * The language of `text` among `candidates` (the record's declared languages first), or undefined when nothing
 * tells: no distinctive letter, a script none of the candidates is written in, or several candidates of that
 * script and no frequent word that prefers one.
 *
 * @example
 * detectLanguage('Der Botschafter sagte, dass die Regierung', [en, de])?.ident // 'de'
 */
export function detectLanguage(text: string, candidates: readonly LanguageConvention[]): LanguageConvention | undefined {
  const script = dominantScript(text);
  if (!script) return undefined;
  const writtenIn = candidates.filter((l) => l.scripts.includes(script) || (script === 'Hiragana' && l.scripts.includes('Katakana')));
  if (writtenIn.length <= 1) return writtenIn[0];
  const words = editorialFree(text).toLowerCase().split(/[^\p{L}\p{M}'’]+/u).filter(Boolean);
  const scored = writtenIn
    .map((language) => {
      const stopwords = new Set(language.stopwords ?? []);
      return { language, score: words.filter((w) => stopwords.has(w)).length };
    })
    .sort((x, y) => y.score - x.score);
  // Languages of one script are told apart only by evidence; without it (or on a tie) nothing is decided.
  const [first, second] = scored;
  return first && first.score > 0 && first.score > (second?.score ?? 0) ? first.language : undefined;
}

/**
 * The length of a text as Latin-script prose would have it: a Han, kana or Hangul character stands for a word of
 * about three letters, so that the thresholds above hold for Chinese, Japanese and Korean too.
 */
export function proseLength(text: string): number {
  let length = 0;
  for (const char of text) length += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char) ? 3 : 1;
  return length;
}

/** Text without bracketed remarks and Markdown marks. */
function editorialFree(text: string): string {
  return text.replace(/\[[^\]]*\]/g, ' ').replace(/[*#_]+/g, ' ');
}
