// `npm version` readiness: the changelog keeps Keep a Changelog's form, and the version script dates the release.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './helpers.js';

test('the version script turns Unreleased into the new version, once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teikit-release-'));
  copyFileSync(join(repoRoot, 'CHANGELOG.md'), join(dir, 'CHANGELOG.md'));
  writeFileSync(join(dir, 'package.json'), '{"version": "0.1.0"}');
  const run = () => execFileSync(process.execPath, [join(repoRoot, 'scripts', 'changelog-release.mjs')], { cwd: dir, env: { PATH: process.env.PATH }, stdio: 'pipe' });
  run();
  const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
  expect(changelog).toMatch(/^## \[Unreleased\]\n\n## \[0\.1\.0\] - \d{4}-\d{2}-\d{2}\n\n### Added\n/m);
  expect(run).toThrow(/already has a section for 0\.1\.0/);
});

test('package.json is ready for the first release', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string>; files: string[] };
  expect(manifest.scripts.version).toContain('changelog-release.mjs');
  expect(manifest.files).toContain('CHANGELOG.md');
  expect(readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8')).toContain('## [Unreleased]');
});
