/**
 * The body's sections: which blocks belong to the original transcription and which to each translation, by the
 * language of each block (script first, then frequent words), with the record's declared languages preferred.
 * Blocks that tell nothing (numbers, "(O. AAPACEHKOB)") stay with their neighbours. Browser-safe.
 */
import type { LanguageConvention, TextRole } from './conventions.js';
import { detectLanguage } from './script.js';
import { textOf, type Block, type Source } from './source.js';
import type { TraceCollector } from './trace.js';

/** The blocks of one text of the edition. */
export interface TextSection {
  language?: LanguageConvention;
  role: TextRole;
  blocks: Block[];
}

/** What the header says about languages. */
export interface DeclaredLanguages {
  originals: LanguageConvention[];
  translations: LanguageConvention[];
}

/**
 * Group body blocks into texts by language.
 *
 * @example
 * splitSections(source, blocks, { originals: [ru], translations: [en] }, DEFAULT_CONVENTIONS.languages, trace)
 *   .map((s) => [s.language?.ident, s.role]) // [['ru', 'original'], ['en', 'translation']]
 */
export function splitSections(
  source: Source,
  blocks: Block[],
  declared: DeclaredLanguages,
  known: readonly LanguageConvention[],
  trace: TraceCollector,
): TextSection[] {
  const preferred = [...declared.originals, ...declared.translations];
  const detected = blocks.map((block) => {
    const text = textOf(source, block);
    return (preferred.length ? detectLanguage(text, preferred) : undefined) ?? detectLanguage(text, known);
  });
  const languages = settleUndecided(source, blocks, detected, declared.originals[0]);
  const sections: TextSection[] = [];
  const bySection = new Map<string, TextSection>();
  let previous: string | undefined;
  blocks.forEach((block, i) => {
    const language = languages[i];
    const key = language?.ident ?? '';
    let section = bySection.get(key);
    if (!section) {
      section = { ...(language ? { language } : {}), role: 'original', blocks: [] };
      bySection.set(key, section);
      sections.push(section);
    } else if (previous !== key) {
      trace.review(
        `text in ${language?.names[0] ?? 'an undetected language'} resumes here after text in another language; it is gathered into the ${language?.names[0] ?? ''} text`.replace(/ {2,}/g, ' '),
        block.start,
      );
    }
    section.blocks.push(block);
    previous = key;
  });
  assignRoles(sections, declared);
  return sections;
}

/**
 * Blocks that tell nothing ("(O. AAPACEHKOB)", "Schmidt", a stamp) take the language of the block before them, or
 * at the start the first decided one. Between two languages, a run of them is cut at its first bracketed remark:
 * square brackets are the translator's and the archive's, so the run has crossed into the next text there.
 */
function settleUndecided(
  source: Source,
  blocks: Block[],
  detected: Array<LanguageConvention | undefined>,
  fallback: LanguageConvention | undefined,
): Array<LanguageConvention | undefined> {
  const settled = [...detected];
  let previous = detected.find((l) => l !== undefined) ?? fallback;
  for (let i = 0; i < blocks.length; ) {
    if (settled[i]) {
      previous = settled[i];
      i++;
      continue;
    }
    let end = i;
    while (end < blocks.length && !settled[end]) end++;
    const next = settled[end];
    const cut = next && next !== previous ? blocks.slice(i, end).findIndex((b) => /[[［〔【]/u.test(textOf(source, b))) : -1;
    for (let k = i; k < end; k++) settled[k] = cut !== -1 && k - i >= cut ? next : previous;
    i = end;
  }
  return settled;
}

/** Original or translation: as declared, else the first text is the original. */
function assignRoles(sections: TextSection[], declared: DeclaredLanguages): void {
  const isTranslation = (s: TextSection) => declared.translations.some((l) => l.ident === s.language?.ident);
  const isOriginal = (s: TextSection) => declared.originals.some((l) => l.ident === s.language?.ident);
  let original = sections.find(isOriginal) ?? sections.find((s) => !isTranslation(s));
  if (!original && sections.length === 1 && declared.translations.length === 0) original = sections[0];
  for (const section of sections) section.role = section === original ? 'original' : 'translation';
}
