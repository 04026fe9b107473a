import { validate, formatDiagnostic } from 'teikit';

console.log(validate('tei/darusenkov-1964-10-16.xml', { schema: 'tei_all' }).length);

const letter = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>Letter</title></titleStmt><publicationStmt><p>Draft</p></publicationStmt>
<sourceDesc><p>Typescript</p></sourceDesc></fileDesc></teiHeader>
<text><body><p><handShift new="#h9"/>Sent <gap/> <bogus/></p></body></text></TEI>`;
for (const d of validate({ text: letter, file: 'letter.xml' }, { schema: 'tei_all', rules: { 'header-licence': 'off' } })) {
  console.log(formatDiagnostic(d));
}
