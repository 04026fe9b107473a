// The RELAX NG specification's test-suite shape: small schemas with valid and invalid instances, one folder per
// simplification rule or pattern (test/fixtures/relaxng/spec/<case>/: schema.rng, valid-*.xml, invalid-*.xml,
// README.md, expected.json). Every instance gets the verdict its name says and the messages in expected.json
// (`line:column message`, regenerated with TEIKIT_UPDATE_FIXTURES=1); when jing is installed, jing must agree.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compileSchemaFile, validateFileAgainstSchema } from '../../src/validate/relaxng/node.js';
import { hasJing, runJing, specDir, type JingError } from './helpers.js';

const cases = readdirSync(specDir).sort();
const instancesOf = (name: string) => readdirSync(join(specDir, name)).filter((f) => f.endsWith('.xml')).sort();

// jing once per schema, all its instances in one run, two runs at a time.
const jing = new Map<string, JingError[]>();
beforeAll(async () => {
  if (!hasJing) return;
  const results = await Promise.all(cases.map((name) => runJing(join(specDir, name, 'schema.rng'), instancesOf(name).map((f) => join(specDir, name, f)))));
  for (const result of results) for (const [file, errors] of result) if (file) jing.set(file, errors);
}, 300_000);

test('the suite covers every pattern and simplification rule the issue lists', () => {
  expect(cases).toEqual(
    expect.arrayContaining([
      'interleave', 'mixed', 'attribute-name-classes', 'element-name-classes', 'list', 'data-params', 'value', 'notAllowed', 'empty',
      'choice-group-repetition', 'include-overrides', 'include-start-override', 'combine-choice', 'combine-interleave', 'externalRef',
      'parentRef', 'datatypeLibrary-inheritance', 'ns-inheritance', 'data-except', 'ids',
    ]),
  );
});

const update = process.env.TEIKIT_UPDATE_FIXTURES === '1';

describe.each(cases)('%s', (name) => {
  const dir = join(specDir, name);
  const schemaPath = join(dir, 'schema.rng');
  const instances = instancesOf(name);
  const expectedPath = join(dir, 'expected.json');
  const expected: Record<string, string[]> = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : {};
  const actual: Record<string, string[]> = {};
  afterAll(() => {
    if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
  });

  test('has valid and invalid instances', () => {
    expect(instances.some((f) => f.startsWith('valid-'))).toBe(true);
    expect(instances.some((f) => f.startsWith('invalid-'))).toBe(true);
  });

  test.each(instances)('%s', (instance) => {
    const path = join(dir, instance);
    const diagnostics = validateFileAgainstSchema(path, { schema: compileSchemaFile(schemaPath) });
    const valid = instance.startsWith('valid-');
    if (valid) expect(diagnostics).toEqual([]);
    else expect(diagnostics.length).toBeGreaterThan(0);
    actual[instance] = diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    if (!update) expect(actual[instance], `${name}/expected.json (TEIKIT_UPDATE_FIXTURES=1 regenerates it)`).toEqual(expected[instance]);
    for (const d of diagnostics) {
      expect(d).toMatchObject({ ruleId: 'schema', severity: 'error', file: path });
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
    }
    if (hasJing) {
      const errors = jing.get(path)!;
      expect(errors.length === 0, `jing says ${errors.length ? 'invalid' : 'valid'}: ${errors[0]?.message ?? ''}`).toBe(valid);
      // Same first error line (jing reports at the end of a tag; teikit's span runs from its start to its end).
      if (!valid && errors[0]!.line > 0) {
        expect(errors[0]!.line).toBeGreaterThanOrEqual(diagnostics[0]!.line);
        expect(errors[0]!.line).toBeLessThanOrEqual(diagnostics[0]!.endLine ?? diagnostics[0]!.line);
      }
    }
  });
});
