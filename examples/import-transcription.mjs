import { importTranscription, writeTei, gaps } from 'teikit';

const record = `## October 27, 1964

# Record of a conversation with the Minister of Industry

Citation:
"Record of a conversation with the Minister of Industry", October 27, 1964, Example Archive, TsKhSD, f. 5, op. 49. Translated by A. Translator. https://example.org/document/1

Original Language:
Russian

Встретился с министром промышленности и имел с ним доверительную беседу.

I met with the Minister of Industry [YePSRK] and had a confidential [several words unreadable due to faded text] conversation with him.

[Handwritten note on the left]: "Archive [1 word illegible]"`;

const edition = importTranscription(record, { file: 'record.txt' });
console.log(edition.texts.map((t) => `${t.id}: ${t.type}`).join(', '));
console.log(gaps(edition).map((g) => g.attributes.reason).join(', '));
console.log(writeTei(edition.texts[1].body, { pretty: true }));
