import { parseTei, TeiParseError } from 'teikit';

try {
  parseTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>Marx & Engels</p></TEI>', { file: 'bad.xml' });
} catch (error) {
  if (error instanceof TeiParseError) console.log(`${error.location()}: ${error.message}`);
}
