// The model's public surface at a glance (src/model/index.ts, re-exported by src/index.ts and src/browser.ts),
// and the rule that it stays browser-safe: only src/model/node.ts may reach Node's modules.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import * as model from '../../src/model/index.js';
import { readText, repoRoot } from '../helpers.js';

test('model exports', () => {
  expect(Object.keys(model).sort()).toEqual(
    [
      'KNOWN_PREFIXES', 'MODELLED_ELEMENTS', 'SKIP', 'TEI', 'TeiModelError',
      'abbr', 'add', 'alignedParagraphs', 'back', 'body', 'cb', 'cdata', 'choice', 'closer', 'comment', 'corr', 'damage',
      'date', 'del', 'desc', 'div', 'documentToModel', 'edition', 'editionOf', 'el', 'expan', 'findById', 'findElements',
      'foreign', 'front', 'fw', 'gap', 'gaps', 'group', 'handNote', 'handShift', 'hands', 'head', 'headerOf', 'hi',
      'isComment', 'isDocument', 'isElement', 'isParent', 'isPi', 'isTeiElement', 'isText', 'lb', 'marginalia',
      'normalizedText', 'note', 'notes', 'opener', 'org', 'orgName', 'orgs', 'orig', 'p', 'pb', 'persName', 'person',
      'persons', 'pi', 'place', 'placeName', 'places', 'q', 'quote', 'readEdition', 'ref', 'reg', 'rootElement', 'salute',
      'seg', 'sic', 'signed', 'stamp', 'subst', 'supplied', 'surfaces', 'teiElements', 'teiHeader', 'text', 'textContent', 'textOf',
      'textsOf', 'unclear', 'walkElements', 'writeTei',
    ].sort(),
  );
});

test('src/model (but node.ts), src/serialize and src/parse/toModel.ts import nothing from Node', () => {
  const files = [
    ...readdirSync(join(repoRoot, 'src', 'model')).filter((f) => f !== 'node.ts').map((f) => join('src', 'model', f)),
    ...readdirSync(join(repoRoot, 'src', 'serialize')).map((f) => join('src', 'serialize', f)),
    join('src', 'parse', 'toModel.ts'),
  ];
  for (const file of files) {
    const source = readText(join(repoRoot, file));
    expect(source, file).not.toMatch(/from '(?:node:[^']+|\.\.\/node\/[^']+|\.\.\/cli\/[^']+)'/);
  }
  expect(readText(join(repoRoot, 'src', 'model', 'node.ts'))).toMatch(/from '\.\.\/node\/readInput\.js'/);
});
