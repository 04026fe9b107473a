/**
 * NODE-ONLY. The files a CLI run covers (`teikit html|text|validate`): paths as given, directories (every `.xml` file below them),
 * and glob patterns (`tei/**\/*.xml`, `letters/L0?.xml`, `{a,b}/*.xml`) for shells and CI configurations that do not
 * expand them. Sorted and without duplicates, so that reports are stable.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { TeiUsageError } from '../errors.js';

/**
 * The files named by `patterns`, relative to `cwd` as written (a path stays as given). `-` (standard input) is kept.
 *
 * @throws {TeiUsageError} when a glob matches no file.
 * @example
 * expandFilePatterns(['tei', 'corpus/**\/*.xml']) // ['corpus/a/b.xml', 'tei/darusenkov-1964-10-16.xml', ...]
 */
export function expandFilePatterns(patterns: readonly string[], cwd = process.cwd()): string[] {
  const found = new Set<string>();
  for (const pattern of patterns) {
    if (pattern === '-' || !/[*?[{]/.test(pattern)) {
      if (pattern !== '-' && isDirectory(resolve(cwd, pattern))) for (const file of xmlFilesUnder(cwd, pattern)) found.add(file);
      else found.add(pattern);
      continue;
    }
    const matches = glob(pattern, cwd);
    if (matches.length === 0) throw new TeiUsageError(`no files match "${pattern}"`);
    for (const match of matches) found.add(match);
  }
  return [...found].sort((a, b) => (a === '-' ? -1 : b === '-' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** True when `path` is an existing folder. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function xmlFilesUnder(cwd: string, directory: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(resolve(cwd, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.xml')) out.push(path);
    }
  };
  visit(directory);
  return out;
}

/** Files matching a glob: the literal leading directories are the root of the search. */
function glob(pattern: string, cwd: string): string[] {
  const segments = pattern.split(/[\\/]+/);
  const firstWild = segments.findIndex((s) => /[*?[{]/.test(s));
  const base = segments.slice(0, firstWild).join('/');
  const matcher = globToRegExp(segments.slice(firstWild).join('/'));
  const root = resolve(cwd, base || (pattern.startsWith('/') ? '/' : '.'));
  const out: string[] = [];
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) visit(path);
      else if (matcher.test(rel)) out.push(base ? `${base}/${rel}` : rel);
    }
  };
  visit(root);
  return out;
}

/** `**` any depth, `*` and `?` within a segment, `[...]` classes, `{a,b}` alternatives. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i + 1);
      if (end === -1) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((part) => part.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
