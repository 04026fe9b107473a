import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic, readEditionFileSync, toText, validate } from 'teikit';

// A notebook kept as the Shelley-Godwin Archive keeps one: each page a <surface> in a file of its own.
process.chdir(mkdtempSync(join(tmpdir(), 'teikit-example-')));
mkdirSync('pages');
writeFileSync('pages/p1.xml', `<surface xmlns="http://www.tei-c.org/ns/1.0" xml:id="p1" n="1r">
  <zone type="main"><line>Strew oh strew</line><line>Hair, not <del rend="strikethrough">dew</del> yew!</line></zone>
  <zone type="margin"><line><ref target="#p9">see p. 9</ref></line></zone>
</surface>`);
writeFileSync('notebook.xml', `<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
  <teiHeader><fileDesc><titleStmt><title>A notebook</title></titleStmt>
    <publicationStmt><availability><licence>CC0</licence></availability></publicationStmt>
    <sourceDesc><p>Manuscript</p></sourceDesc></fileDesc></teiHeader>
  <sourceDoc><xi:include href="pages/p1.xml"/></sourceDoc>
</TEI>`);

const page = readEditionFileSync('pages/p1.xml');
console.log(page.kind, page.document.children[0].name);
console.log(toText('notebook.xml', { xinclude: true }));
for (const d of validate('notebook.xml', { xinclude: true })) console.log(formatDiagnostic(d));
