/** Folders of small TEI files for the XInclude tests, written under the run's temporary folder. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const TEI = 'xmlns="http://www.tei-c.org/ns/1.0"';
export const XI = 'xmlns:xi="http://www.w3.org/2001/XInclude"';

/** A marker that only the file outside every XInclude root holds: it must never reach an output. */
export const SECRET = 'SECRET-OUTSIDE-THE-ROOT-7f3a';

/** A TEI document with a minimal header around `body` (with the XInclude namespace declared on the root). */
export function teiDocument(body: string, title = 'Assembled'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI ${TEI} ${XI}>
  <teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt>
    <publicationStmt><availability><licence>CC0 1.0</licence></availability></publicationStmt><sourceDesc><p>Test</p></sourceDesc></fileDesc></teiHeader>
  <text><body>
${body}
  </body></text>
</TEI>
`;
}

/**
 * Write `files` (path → content; a `{ link }` value makes a symbolic link) into a new folder; return its path.
 * Beside it, outside it, `secret.xml` and `secret.txt` hold {@link SECRET}.
 */
export function writeTree(files: Record<string, string | Uint8Array | { link: string }>): string {
  const base = mkdtempSync(join(tmpdir(), 'teikit-xinclude-'));
  writeFileSync(join(base, 'secret.xml'), `<p ${TEI}>${SECRET}</p>`);
  writeFileSync(join(base, 'secret.txt'), SECRET);
  const root = join(base, 'edition');
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, target);
    else writeFileSync(target, content);
  }
  mkdirSync(root, { recursive: true });
  return root;
}
