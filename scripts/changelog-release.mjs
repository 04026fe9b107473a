// The npm `version` lifecycle script: in CHANGELOG.md, the "Unreleased" section becomes the new version's,
// dated today, under a fresh empty "Unreleased". npm has already written the new version to package.json.
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version ?? JSON.parse(readFileSync('package.json', 'utf8')).version;
const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!changelog.includes('## [Unreleased]')) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
if (changelog.includes(`## [${version}]`)) throw new Error(`CHANGELOG.md already has a section for ${version}`);
const today = new Date().toISOString().slice(0, 10);
writeFileSync('CHANGELOG.md', changelog.replace('## [Unreleased]', `## [Unreleased]\n\n## [${version}] - ${today}`));
console.log(`CHANGELOG.md: Unreleased is now ${version} (${today})`);
