// The nothing-lost property over generated records: a seeded generator (deterministic, so a failure names its
// record) writes archive records in several scripts, with header fields missing or shuffled, every bracket
// convention, unusual and unbalanced brackets, Markdown, page numbers, CRLF, BOM, tabs and form feeds.
import { describe, expect, test } from 'vitest';
import { validate, writeTei } from '../../src/index.js';
import { importTranscriptionWithTrace } from '../../src/import/index.js';
import { nothingLostProblems } from './support.js';

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS: Record<string, string[]> = {
  Russian: 'и в не что на с он как по это мы товарищ правительство Куба политика вопрос встретился заявил СССР Хрущев ЦК'.split(' '),
  German: 'die der und das nicht ist mit den von zu Regierung Arbeiter Normen Versorgung Lage Konsulat Bericht'.split(' '),
  Greek: 'και το της η ο κυβέρνηση πρέσβης συνάντηση Αθήνα ζήτημα'.split(' '),
  Chinese: '外交部 会议 讨论 问题 同志 强调 我们 认为 大使馆 合作'.split(' '),
  Arabic: 'في من على الحكومة السفير الاجتماع القاهرة مسألة'.split(' '),
  Spanish: 'el la los que de en del por con una gobierno embajador reunión Habana'.split(' '),
  English: 'the and of to in is that with for was on he government ambassador meeting question policy Cuba'.split(' '),
};

const EDITORIAL = [
  '[several words unreadable due to faded text]', '[1 word illegible]', '[one line illegible]', '[2-3 lines missing]',
  '[illegible]', '[...]', '[name not declassified]', '[text not declassified]', '[several lines lost here due to fading in the text]',
  "[Translator's note: a remark with [illegible] inside.]", "[Editor's note: see the original.]", '[Stamp]: Declassified',
  '[Classification stamp]: Secret', '[Stamp: Received 3 May 1962]', '[signature]', '[illegible signature]', 'recieve [sic]',
  '[YePSRK]', '[me]', '[Page 4]', '[Handwritten note at the bottom of the page]: "Agreed [signature] 5.3.53"',
  '[Note to the left]: archive copy', '[Handwritten in the margin: read]', '[Handwritten]: "yes"', '**SECRET**', '**bold**',
  '[?]', '[unbalanced', 'unbalanced]', '[[nested [deep]]]', '［fullwidth］', '【lenticular】', '〔tortoise〕', '[]', ']', '[',
  '[Stamp]:', '[Note to the right]: "unterminated', '🕟', '"quoted"', '«кавычки»', '\t', '\f', '**', '* * *', '(O. AAPACEHKOB)',
];

const FIELDS = ['Citation', 'Summary', 'Credits', 'Original Language', 'Contents', 'Keywords'];

function generate(seed: number): string {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const sentence = (language: string) => {
    const words = Array.from({ length: 3 + Math.floor(next() * 14) }, () => (chance(0.12) ? pick(EDITORIAL) : pick(WORDS[language]!)));
    return `${words.join(' ')}${pick(['.', '.', '', ',', ':', '!'])}`;
  };
  const paragraph = (language: string) => {
    const sentences = Array.from({ length: 1 + Math.floor(next() * 5) }, () => sentence(language));
    return sentences.join(chance(0.2) ? '\n' : ' ');
  };
  const original = pick(['Russian', 'German', 'Greek', 'Chinese', 'Arabic', 'Spanish', 'English']);
  const parts: string[] = [];
  if (chance(0.7)) parts.push(`${pick(['## ', '', '### '])}${pick(['October 27, 1964', '3 March 1953', '1947', 'undated'])}`);
  if (chance(0.8)) parts.push(`${pick(['# ', '', '## **'])}Record ${seed}: ${sentence('English')}`);
  const fields = FIELDS.filter(() => chance(0.6)).sort(() => next() - 0.5);
  for (const field of fields) {
    const style = pick(['## **X:**', '#### X:', 'X:', '**X**:', 'X: inline']);
    const value =
      field === 'Citation' ? `"Record ${seed}", October 27, 1964, Example Archive, Fond ${seed}, op. 2. Translated by A. B. Person. https://example.org/${seed}`
      : field === 'Original Language' ? original
      : field === 'Contents' ? `Original Scan\nTranslation - English`
      : sentence('English');
    if (style === 'X: inline') parts.push(`${field}: ${value.split('\n').join(' ')}`);
    else parts.push(style.replace('X', field), value);
  }
  if (chance(0.5)) parts.push('Example Archive', 'Original Scan');
  const body = (language: string) => {
    for (let i = 0, n = 1 + Math.floor(next() * 7); i < n; i++) {
      parts.push(chance(0.1) ? pick(['266', '2.', '- 46 -', '[Page 46]', `# ${sentence(language)}`, 'HEAD LINE']) : paragraph(language));
    }
  };
  body(original);
  if (chance(0.7)) body('English');
  const separator = () => (chance(0.1) ? '\n\n\n' : chance(0.05) ? '\n \t\n' : '\n\n');
  let text = parts.map((p) => p + separator()).join('');
  if (chance(0.3)) text = text.replace(/\n/g, '\r\n');
  if (chance(0.2)) text = `\uFEFF${text}`;
  return text;
}

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

describe('generated records', () => {
  test.each(SEEDS)('record %i: imported, nothing lost', (seed) => {
    const input = generate(seed);
    const result = importTranscriptionWithTrace(input, { file: `generated-${seed}.txt` });
    expect(nothingLostProblems(input, result)).toEqual([]);
  });

  test.each(SEEDS.filter((seed) => seed % 10 === 0))('record %i: valid against tei_all, no errors from the edition rules', (seed) => {
    const { edition } = importTranscriptionWithTrace(generate(seed));
    const diagnostics = validate({ text: writeTei(edition, { pretty: true }), file: `generated-${seed}.xml` }, { schema: 'tei_all' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
