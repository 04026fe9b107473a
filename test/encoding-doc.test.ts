// docs/encoding.md cannot drift from the code: the rule ids it names are the built-in rules (all of them, with
// their severities), the TEI Schematron ids it names are constraints of tei-p5.sch, and every TEI element in the
// first column of its tables is handled by a template of the stylesheets, or is admitted in its limits section.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinRules } from '../src/validate/rules/index.js';
import { repoRoot } from './helpers.js';

const doc = readFileSync(join(repoRoot, 'docs', 'encoding.md'), 'utf8');
const LIMITS_HEADING = '## What teikit does not interpret';

interface Table {
  section: string;
  header: string[];
  rows: string[][];
}

/** The cells of a Markdown table line (`|` inside backticks or escaped as `\|` does not split). */
function cells(line: string): string[] {
  const result: string[] = [];
  let current = '';
  let code = false;
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i]!;
    if (char === '\\' && inner[i + 1] === '|') {
      current += '|';
      i++;
    } else if (char === '`') {
      code = !code;
      current += char;
    } else if (char === '|' && !code) {
      result.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  result.push(current.trim());
  return result;
}

/** Every table of a Markdown text, with the `##` section it stands in. */
function tablesOf(markdown: string): Table[] {
  const lines = markdown.split('\n');
  const found: Table[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('## ')) section = line.slice(3).trim();
    if (!line.startsWith('|') || !/^\|[\s|:-]+\|$/.test(lines[i + 1] ?? '')) continue;
    const table: Table = { section, header: cells(line), rows: [] };
    for (i += 2; i < lines.length && lines[i]!.startsWith('|'); i++) table.rows.push(cells(lines[i]!));
    i--;
    found.push(table);
  }
  return found;
}

/** The contents of the backtick spans of a Markdown text. */
function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** TEI element names in a code span: `note[@type="marginal"]` → note, `msDesc/msIdentifier` → both; attributes are not names. */
function elementNames(span: string): string[] {
  let bare = span;
  while (/\[[^[\]]*\]/.test(bare)) bare = bare.replace(/\[[^[\]]*\]/g, '');
  return bare.split(/[\s/|,()]+/).filter((token) => /^[A-Za-z][A-Za-z0-9]*$/.test(token));
}

const tables = tablesOf(doc);
const ruleColumns = tables.flatMap((table) => {
  const column = table.header.findIndex((h) => h === 'rules that check it' || h === 'rule');
  return column === -1 ? [] : table.rows.map((row) => row[column] ?? '');
});
const ruleTokens = ruleColumns.flatMap(codeSpans);
const builtinIds = builtinRules.map((rule) => rule.id);

describe('rule ids', () => {
  test('the tables have rule columns', () => {
    expect(ruleColumns.length).toBeGreaterThan(50);
  });

  test('every rule id the doc names is a built-in rule (or a TEI Schematron constraint)', () => {
    const unknown = ruleTokens.filter((token) => !token.startsWith('tei:') && !builtinIds.includes(token));
    // Rule ids named in prose: "the rule `x`".
    const inProse = [...doc.matchAll(/\brules? `([^`]+)`/g)].map((m) => m[1]!).filter((id) => !builtinIds.includes(id));
    expect([...unknown, ...inProse]).toEqual([]);
  });

  test('every built-in rule appears in the doc', () => {
    expect(builtinIds.filter((id) => !ruleTokens.includes(id))).toEqual([]);
  });

  test('"Rules at a glance" lists each built-in rule once, with its default severity', () => {
    const glance = tables.find((t) => t.section === 'Rules at a glance');
    expect(glance?.header.slice(0, 2)).toEqual(['rule', 'severity']);
    const listed = (glance?.rows ?? []).map((row) => [codeSpans(row[0] ?? '')[0], row[1]]);
    expect(listed).toEqual(builtinRules.map((rule) => [rule.id, rule.severity]));
  });

  test('every TEI Schematron id names a constraint of tei-p5.sch', () => {
    const schematron = readFileSync(join(repoRoot, 'xslt', 'schematron', 'tei-p5.sch'), 'utf8');
    const ids = [...new Set(ruleTokens.filter((token) => token.startsWith('tei:')))];
    expect(ids.length).toBeGreaterThan(0);
    // schematronRuleId: pattern tei_all-{element}-{constraint}-constraint… → tei:{element}/{constraint}
    const missing = ids.filter((id) => !schematron.includes(`pattern id="tei_all-${id.slice('tei:'.length).replace('/', '-')}-constraint`));
    expect(missing).toEqual([]);
  });
});

describe('TEI elements', () => {
  const xslDir = join(repoRoot, 'xslt');
  const stylesheets = readdirSync(xslDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.xsl') && !file.startsWith('schematron'))
    .map((file) => readFileSync(join(xslDir, file), 'utf8'));
  const patterns = stylesheets.flatMap((xsl) => [...xsl.matchAll(/\b(?:match|select)="([^"]*)"/g)].map((m) => m[1]!));
  /** A name as a step or a quoted name in a match or select pattern (not a function, variable, attribute or part of a name). */
  const handled = (name: string) => {
    const step = new RegExp(`(?:^|[\\s(|/\\[,!'"=]|::)${name}(?![\\w.:-]|\\s*\\()`);
    return patterns.some((pattern) => step.test(pattern));
  };

  const elementTables = tables.filter((t) => t.header[0] === 'TEI');
  const named = [...new Set(elementTables.flatMap((t) => t.rows.flatMap((row) => codeSpans(row[0] ?? '').flatMap(elementNames))))];
  const limitsStart = doc.indexOf(LIMITS_HEADING);
  const limitsEnd = doc.indexOf('\n## ', limitsStart + 1);
  const admitted = new Set(codeSpans(doc.slice(limitsStart, limitsEnd === -1 ? undefined : limitsEnd)).flatMap(elementNames));

  test('the doc has its element tables and its limits section', () => {
    expect(stylesheets.length).toBeGreaterThan(10);
    expect(elementTables.length).toBeGreaterThanOrEqual(7);
    expect(named.length).toBeGreaterThan(80);
    expect(limitsStart).toBeGreaterThan(-1);
  });

  test('every element of the tables has a template in xslt/, or is listed under the limits', () => {
    expect(named.filter((name) => !handled(name) && !admitted.has(name))).toEqual([]);
  });

  test('the check finds elements that are not handled', () => {
    expect(handled('gap')).toBe(true);
    expect(handled('persName')).toBe(true);
    expect(handled('notAnElement')).toBe(false);
    expect(handled('style')).toBe(false);
  });
});
