#!/usr/bin/env bash
# The package as users get it: pack, install the tarball in an empty folder, import it, require it,
# type-check a consumer, run the CLI through npx; then publint and arethetypeswrong.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"

npx publint --strict
npx attw --pack . --profile node16

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball: $(tar -tzf "$work/$tarball" | wc -l) files"
tar -tzf "$work/$tarball" | sed 's/^package\///' | sort > "$work/contents.txt"
for required in package.json README.md LICENSE dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/cli/bin.js \
  dist/xslt/html.sef.json dist/xslt/text.sef.json dist/schemas/tei_all.json dist/schemas/tei_all.LICENSE.txt \
  dist/xslt/schematron-tei-p5.sef.json dist/xslt/schematron-compile.sef.json \
  tei/darusenkov-1964-10-16.xml tei/README.md; do
  grep -qx "$required" "$work/contents.txt" || { echo "missing from the package: $required"; exit 1; }
done
if grep -E '^(src|test|scripts|node_modules)/' "$work/contents.txt"; then
  echo "the package ships development files"; exit 1
fi

mkdir "$work/consumer"
cd "$work/consumer"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball" typescript@5.9 @types/node@20 >/dev/null
edition=node_modules/teikit/tei/darusenkov-1964-10-16.xml

node --input-type=module -e "
import { parseTei, editionInfo } from 'teikit';
import { readFileSync } from 'node:fs';
const info = editionInfo(parseTei(readFileSync('$edition', 'utf8')));
if (!info.title) throw new Error('import: no title');
console.log('import ok:', info.title.slice(0, 40));
"
node -e "
const { parseTei, editionInfo } = require('teikit');
const info = editionInfo(parseTei(require('node:fs').readFileSync('$edition', 'utf8')));
if (!info.title) throw new Error('require: no title');
console.log('require ok:', info.texts.length, 'texts');
"
node -e "
const { validateFileAgainstSchema } = require('teikit');
const errors = validateFileAgainstSchema('$edition', { schema: 'tei_all' });
if (errors.length) throw new Error('tei_all from the package: ' + errors[0].message);
console.log('tei_all ok');
"
cat > consumer.ts <<'TS'
import { parseTei, editionInfo, TeiParseError, type EditionInfo } from 'teikit';
const info: EditionInfo = editionInfo(parseTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>'));
const error: TeiParseError | undefined = undefined;
console.log(info.gaps.total, error);
TS
npx tsc --noEmit --strict --module nodenext --moduleResolution nodenext --types node consumer.ts
echo "types ok"
npx teikit --version
npx teikit info "$edition" > /dev/null
npx teikit validate --schema tei_all "$edition"
echo "npx teikit ok"
