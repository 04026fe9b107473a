/**
 * A TEI document with `n` paragraphs, each holding a `<gap/>` without @reason or extent and a translator's note
 * without @resp: three diagnostics per paragraph (gap-reason and translator-note-resp errors, a gap-extent warning)
 * and nothing else, since the header is complete (licence, language). Used to check that hundreds of thousands of
 * diagnostics go through validation and every report format without overflowing the stack.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Diagnostics per paragraph of {@link manyNotesTei}: gap-reason, gap-extent, translator-note-resp. */
export const DIAGNOSTICS_PER_NOTE = { error: 2, warning: 1, total: 3 } as const;

const HEADER = `<teiHeader><fileDesc><titleStmt><title>Many notes</title></titleStmt>
<publicationStmt><p>Draft</p><availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability></publicationStmt>
<sourceDesc><p>Generated</p></sourceDesc></fileDesc>
<profileDesc><langUsage><language ident="en">English</language></langUsage></profileDesc></teiHeader>`;

/**
 * The document's text; paragraph i (from 1) is on line i + 5, so diagnostics are easy to locate.
 *
 * @example
 * validate(manyNotesTei(10)).length // 30
 */
export function manyNotesTei(n: number): string {
  const parts: string[] = [`<TEI xmlns="http://www.tei-c.org/ns/1.0">${HEADER}\n<text xml:lang="en"><body>`];
  for (let i = 1; i <= n; i++) parts.push(`<p>Word ${i} <gap/> lost.<note type="translator">Note ${i}.</note></p>`);
  parts.push('</body></text></TEI>\n');
  return parts.join('\n');
}

/** {@link manyNotesTei} written to a new temporary folder (under the test run's TMPDIR); returns its path. */
export function writeManyNotesTei(n: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'teikit-')), `notes-${n}.xml`);
  writeFileSync(path, manyNotesTei(n));
  return path;
}
