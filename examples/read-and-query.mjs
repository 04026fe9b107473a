import { readFileSync } from 'node:fs';
import { readEditionFileSync, writeTei, gaps, notes, hands, alignedParagraphs } from 'teikit';

const path = 'tei/darusenkov-1964-10-16.xml';
const edition = readEditionFileSync(path); // readEditionFile(path) is the async form
console.log(edition.header.title);
console.log(hands(edition).map((hand) => hand.id));
console.log(gaps(edition).map((gap) => gap.attributes.reason));
console.log(notes(edition).length, 'notes;', alignedParagraphs(edition).pairs.length, 'paragraph pairs');
console.log(writeTei(edition) === readFileSync(path, 'utf8')); // lossless
