// Bad input: a clear typed error with a line, or an edition with review notes; never a crash.
import { describe, expect, test } from 'vitest';
import { TeiInputError, TeiUsageError, validate, writeTei } from '../../src/index.js';
import { importTranscription, importTranscriptionWithTrace } from '../../src/import/index.js';
import { nothingLostProblems } from './support.js';

function inputError(run: () => unknown): TeiInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof TeiInputError) return error;
    throw error;
  }
  throw new Error('expected a TeiInputError');
}

describe('refused with a TeiInputError', () => {
  test('an empty file', () => {
    const error = inputError(() => importTranscription('\n\n', { file: 'empty.txt' }));
    expect([error.message, error.location()]).toEqual(['the transcription is empty', 'empty.txt:1:1']);
  });

  test('a binary file', () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = inputError(() => importTranscription(new TextDecoder('latin1').decode(bytes), { file: 'scan.png' }));
    expect(error.message).toMatch(/binary file/);
    expect(error.line).toBe(2);
  });

  test('a control character, with a code frame', () => {
    const error = inputError(() => importTranscription('Title\n\nText with a \u001b escape.', { file: 'x.txt' }));
    expect(error.location()).toBe('x.txt:3:13');
    expect(error.frame).toContain('> 3 | Text with a \u2400 escape.');
  });

  test('not text at all', () => {
    expect(() => importTranscription(42 as unknown as string)).toThrow(TeiInputError);
  });

  test('malformed options are usage errors', () => {
    expect(() => importTranscription('text', { date: '27.11.2026' })).toThrow(TeiUsageError);
    expect(() => importTranscription('text', { conventions: { brackets: 'none' } as never })).toThrow(TeiUsageError);
  });
});

describe('imported with review notes', () => {
  test('no recognisable header, unbalanced brackets on both sides, an unknown remark', () => {
    const input = 'Informe [borrador\n\nEl comité se reunió y no llegó a un acuerdo] sobre los fondos.\n\n[?] Próxima reunión en junio.\n';
    const result = importTranscriptionWithTrace(input);
    expect(result.trace.review.map((r) => [r.line ?? null, r.message.split(':')[0]])).toEqual([
      [null, 'no recognisable header (Citation'],
      [1, 'unbalanced "["'],
      [3, 'unbalanced "]"'],
      [5, 'bracketed remark [?] matches no convention'],
      [null, 'the record has no title'],
    ]);
    const xml = writeTei(result.edition);
    expect(xml).toContain('<anchor xml:id="review-1"/>[borrador');
    expect(xml).toContain('<note type="review" n="3" target="#review-1">Line 1, column 9: unbalanced "["');
    expect(nothingLostProblems(input, result)).toEqual([]);
    expect(validate({ text: xml, file: 'x.xml' }, { schema: 'tei_all' }).filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('a header without a body', () => {
    const input = '# A record\n\nCitation:\n"A record", Example Archive.\n';
    const result = importTranscriptionWithTrace(input);
    expect(result.trace.review.map((r) => r.message)).toContain('the record has no transcription or translation after its header');
    expect(validate({ text: writeTei(result.edition), file: 'x.xml' }, { schema: 'tei_all' }).filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('a language the conventions do not know', () => {
    const input = '# A record\n\nOriginal Language:\nKlingon\n\nSome text of the record that is long enough to be read as prose by the importer.\n';
    const result = importTranscriptionWithTrace(input);
    expect(result.trace.review[0]).toMatchObject({ line: 4, message: 'language "Klingon" is not among the conventions\' languages: add it to "languages"' });
  });

  test('a text that resumes after another language is gathered, and said so', () => {
    const input = 'Die Regierung hat die Normen erhöht und die Arbeiter sind unzufrieden.\n\nThe government has raised the norms and the workers are dissatisfied.\n\nDie Lage ist ernst und wird sich nicht bessern.\n';
    const result = importTranscriptionWithTrace(input);
    expect(result.edition.texts.map((t) => t.lang)).toEqual(['de', 'en']);
    expect(result.trace.review.some((r) => r.line === 5 && /resumes here/.test(r.message))).toBe(true);
  });

  test('deep nesting and long lines do not overflow', () => {
    const nested = `${'['.repeat(5000)}x${']'.repeat(5000)}`;
    const long = `${'word '.repeat(200_000)}end.`;
    const result = importTranscriptionWithTrace(`${nested}\n\n${long}\n`);
    expect(result.edition.texts).toHaveLength(1);
  });

  test('a paragraph of 100,000 remarks joined to the one before does not overflow, and stays linear', () => {
    // The join used to push the block's 200,000 nodes as arguments (a RangeError); each remark's line end was found
    // by a scan to the end of the 2 MB line (quadratic: 24 s instead of 6 s through the CLI).
    const remarks = Array.from({ length: 100_000 }, (_, i) => `word${i} [illegible] more`).join(' ');
    const result = importTranscriptionWithTrace(`Report\n\nThe committee met\n\nand then ${remarks}.\n`);
    const gaps = writeTei(result.edition).match(/<gap /g) ?? [];
    expect(gaps).toHaveLength(100_000);
    expect(result.trace.consumed).toHaveLength(200_000); // each remark's brackets
  });

  test('a title in 20,000 layers of bold marks does not overflow', () => {
    const marks = '**'.repeat(20_000);
    const result = importTranscriptionWithTrace(`${marks}Title${marks}\n\nSome text.\n`);
    expect(result.edition.texts).toHaveLength(1);
  });
});
