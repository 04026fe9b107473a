import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { expandFilePatterns } from '../src/node/files.js';
import { corpusDir, repoRoot } from './helpers.js';

test('paths, directories, globs (relative and absolute), sorted and unique', () => {
  const rel = relative(repoRoot, join(corpusDir, 'rusdracor'));
  expect(expandFilePatterns([`${rel}/*.xml`, rel, '-'], repoRoot)).toEqual([
    '-',
    `${rel}/chekhov-tragik-ponevole.xml`,
    `${rel}/pushkin-mocart-i-saleri.xml`,
  ]);
  expect(expandFilePatterns([`${corpusDir}/**/L0{0022,1549}.xml`])).toEqual([
    `${corpusDir}/schnitzler-briefe/L00022.xml`,
    `${corpusDir}/schnitzler-briefe/L01549.xml`,
  ]);
  expect(expandFilePatterns([`${corpusDir}/isicily/ISic0[0-1]????.xml`]).map((f) => f.replace(/.*\//, ''))).toEqual([
    'ISic000017.xml',
    'ISic001174.xml',
    'ISic001249.xml',
  ]);
  expect(expandFilePatterns(['does/not/exist.xml'])).toEqual(['does/not/exist.xml']);
  expect(() => expandFilePatterns(['does/not/*.xml'])).toThrow(/no files match/);
});
