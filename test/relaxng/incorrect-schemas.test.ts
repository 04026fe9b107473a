// Incorrect schemas (test/fixtures/relaxng/incorrect/*.rng, each with its expected error in a leading comment):
// teikit refuses each with a RelaxNgSchemaError that names the problem and points into the schema; jing refuses it too.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { compileSchema, RelaxNgSchemaError } from '../../src/validate/relaxng/index.js';
import { compileSchemaFile } from '../../src/validate/relaxng/node.js';
import { hasJing, incorrectDir, runJing } from './helpers.js';

const schemas = readdirSync(incorrectDir)
  .filter((f) => f.endsWith('.rng') && f !== 'included.rng')
  .sort();

test('there are incorrect schemas for each kind of restriction', () => {
  expect(schemas.length).toBeGreaterThanOrEqual(30);
});

test.concurrent.each(schemas)('%s is refused', async (name) => {
  const path = join(incorrectDir, name);
  const expected = /expected error: (.*?) -->/.exec(readFileSync(path, 'utf8'))![1]!;
  let error: unknown;
  try {
    compileSchemaFile(path);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RelaxNgSchemaError);
  const schemaError = error as RelaxNgSchemaError;
  expect(schemaError.message).toContain(expected);
  expect(schemaError.kind).toBe('parse');
  expect(schemaError.file).toMatch(/\.rng$/);
  expect(schemaError.line).toBeGreaterThanOrEqual(1);
  expect(schemaError.frame).toContain('|');
  if (hasJing) {
    const dir = mkdtempSync(join(tmpdir(), 'teikit-rng-'));
    writeFileSync(join(dir, 'a.xml'), '<a/>');
    const jing = await runJing(path, [join(dir, 'a.xml')]);
    expect([...jing.values()].flat().length, 'jing refuses the schema too').toBeGreaterThan(0);
  }
});

test('a schema without a loader cannot include', () => {
  expect(() => compileSchema('<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="x.rng"/></grammar>')).toThrow(/cannot read .*no loader/);
});

test('unknown datatypes are a clear error naming the type, never a silent pass', () => {
  expect(() =>
    compileSchema('<element name="a" xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"><data type="gYears"/></element>'),
  ).toThrow('datatype "gYears" from library "http://www.w3.org/2001/XMLSchema-datatypes" not recognized');
});
