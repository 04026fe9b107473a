import { toHtml, toText } from 'teikit';

const tei = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Note</title></titleStmt>
<publicationStmt><p>Draft</p></publicationStmt><sourceDesc><p>Typescript</p></sourceDesc></fileDesc></teiHeader>
<text xml:lang="en"><body><p>We met <gap reason="faded" extent="several words"/> in Havana.<note type="translator">Sic.</note></p></body></text></TEI>`;

console.log(toText(tei, { gapStyle: 'descriptive' }));
const page = toHtml('tei/darusenkov-1964-10-16.xml', { view: 'diplomatic', layout: 'parallel' });
console.log(page.slice(0, 15), page.length > 10_000);
const article = toHtml(tei, { fragment: true, notes: 'inline' });
console.log(article.startsWith('<article'));
