/**
 * Conventions with their regular expressions compiled once per import, and the lookups the importer makes in
 * their tables (gap reason, stamp type, language by name). Browser-safe.
 */
import { compilePattern, type BracketConvention, type Conventions, type LanguageConvention, type TextRole } from './conventions.js';

/** A bracket convention ready to run. */
export interface CompiledBracket extends BracketConvention {
  regex: RegExp;
}

interface CompiledTyped {
  regex: RegExp;
  type: string;
}

/** The conventions of one import, compiled. */
export interface CompiledConventions {
  source: Conventions;
  brackets: CompiledBracket[];
  gapReasons: CompiledTyped[];
  stampWords: RegExp[];
  stampTypes: CompiledTyped[];
  pageNumbers: Array<{ regex: RegExp; bare: boolean }>;
  unclearLines: Array<{ regex: RegExp; reason: string }>;
  exportLabels: Set<string>;
  contents: CompiledTyped[];
  translators: RegExp[];
  headerFields: Map<string, string>;
}

/**
 * Compile every pattern of `conventions`.
 *
 * @throws {TeiUsageError} for a pattern that does not compile.
 */
export function compileConventions(conventions: Conventions): CompiledConventions {
  const typed = (key: 'gapReasons' | 'stampTypes' | 'contents') =>
    conventions[key].map((p, i) => ({ regex: compilePattern(p.match, p.flags, `${key}[${i}]`), type: p.type }));
  return {
    source: conventions,
    brackets: conventions.brackets.map((b, i) => ({ ...b, regex: compilePattern(b.match, b.flags, `brackets[${i}] "${b.name}"`) })),
    gapReasons: typed('gapReasons'),
    stampWords: conventions.stampWords.map((p, i) => compilePattern(p.match, p.flags, `stampWords[${i}]`)),
    stampTypes: typed('stampTypes'),
    pageNumbers: conventions.pageNumbers.map((p, i) => ({ regex: compilePattern(p.match, p.flags, `pageNumbers[${i}]`), bare: p.bare === true })),
    unclearLines: conventions.unclearLines.map((p, i) => ({ regex: compilePattern(p.match, p.flags, `unclearLines[${i}]`), reason: p.reason })),
    exportLabels: new Set(conventions.exportLabels.map(labelKey)),
    contents: typed('contents'),
    translators: conventions.translators.map((p, i) => compilePattern(p.match, p.flags, `translators[${i}]`)),
    headerFields: new Map(Object.entries(conventions.headerFields).map(([label, kind]) => [label.toLowerCase(), kind])),
  };
}

/** How export labels and contents items are compared: case and spacing do not count. */
export function labelKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The first type whose pattern matches `text`, if any. */
export function typeOf(table: CompiledTyped[], text: string): string | undefined {
  return table.find((entry) => entry.regex.test(text))?.type;
}

/** Does the bracket convention apply in a text of this kind? */
export function appliesIn(convention: BracketConvention, role: TextRole): boolean {
  return !convention.texts || convention.texts.includes(role);
}

/** The language a name ("Russian", "english") stands for, if the conventions know it. */
export function languageNamed(conventions: Conventions, name: string): LanguageConvention | undefined {
  const wanted = name.trim().toLowerCase();
  return conventions.languages.find((l) => l.names.some((n) => n.toLowerCase() === wanted) || l.ident.toLowerCase() === wanted);
}
