/** `teikit info <file|-> [--json]`: an edition at a glance. */
import { editionInfo, type EditionInfo } from '../../inspect/editionInfo.js';
import { xincludeSettings } from '../../node/xinclude.js';
import { parseTei } from '../../parse/parseTei.js';
import { assembleXIncludes } from '../../xinclude/assemble.js';
import { readSource } from '../input.js';
import { expectPositionals, type Command } from '../command.js';
import { xincludeFrom, xincludeOptions } from '../xinclude.js';

export const info: Command = {
  name: 'info',
  summary: 'the root, title, dates, languages, hands; counts of gaps, notes, marginalia, pages, names, surfaces, zones, images, lines',
  usage: 'teikit info <file|-> [--json] [--xinclude [--xinclude-root dir]]',
  options: { json: { type: 'boolean', description: 'print JSON instead of text' }, ...xincludeOptions },
  async run({ positionals, values }, io) {
    const [argument] = expectPositionals(positionals, 1, this.usage);
    const source = await readSource(argument, io);
    const settings = xincludeSettings(xincludeFrom(values), source.file);
    const assembled = settings ? assembleXIncludes(source.text, { ...settings, file: source.file }) : undefined;
    const doc = parseTei(assembled?.text ?? source.text, { file: source.file });
    const summary: EditionInfo & { includedFiles?: string[] } = editionInfo(doc, source.file);
    if (assembled) summary.includedFiles = assembled.map.parts.slice(1).map((part) => part.name);
    io.stdout.write(values.json ? `${JSON.stringify({ file: source.file, ...summary }, null, 2)}\n` : formatInfo(source.file, summary));
    return 0;
  },
};

/** Aligned `label  value` lines, as an editor reads them. */
export function formatInfo(file: string, info: EditionInfo & { includedFiles?: string[] }): string {
  const rows: Array<[string, string]> = [
    ['title', info.title ?? '(none)'],
    ['dates', info.dates.map((d) => (d.type ? `${d.when ?? d.text} (${d.type})` : (d.when ?? d.text))).join(', ') || '(none)'],
    ['languages', info.languages.map((l) => (l.name ? `${l.ident} (${l.name})` : l.ident)).join(', ') || '(none)'],
    ['texts', describeTexts(info)],
    ['hands', listed(info.hands.map(describeHand), '; ')],
    ['gaps', counted(info.gaps.total, info.gaps.byReason)],
    ['notes', counted(info.notes.total, info.notes.byType)],
    ['marginalia', String(info.marginalia)],
    ['pages', String(info.pages)],
    ['names', `persName ${info.names.persName}, placeName ${info.names.placeName}, orgName ${info.names.orgName}`],
    ['registers', `person ${info.registers.person}, place ${info.registers.place}, org ${info.registers.org}`],
  ];
  // The facsimile and embedded transcription: only the counts there is something to count for.
  const { surfaces, zones, images, lines } = info.facsimile;
  const facsimile = ([[surfaces, 'surface'], [zones, 'zone'], [images, 'image'], [lines, 'line']] as const).filter(([n]) => n > 0);
  if (facsimile.length) rows.push(['facsimile', facsimile.map(([n, word]) => plural(n, word)).join(', ')]);
  if (info.root === 'teiCorpus') rows.unshift(['corpus', `teiCorpus of ${info.members} documents`]);
  if (info.fragment) rows.unshift(['root', `<${info.root}>: a fragment (no teiHeader of its own)`]);
  if (info.includedFiles) rows.push(['included', listed(info.includedFiles, ', ')]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${file}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

function describeTexts(info: EditionInfo): string {
  return listed(info.texts.map((t) => [t.lang, t.type].filter(Boolean).join(' ') || 'text'), ', ');
}

const LISTED_AT_MOST = 10;

/** `N: a, b, c`, cut after ten items so that a corpus of a thousand texts stays one line. */
function listed(items: string[], separator: string): string {
  if (!items.length) return '0';
  const more = items.length > LISTED_AT_MOST ? `${separator}... (${items.length - LISTED_AT_MOST} more)` : '';
  return `${items.length}: ${items.slice(0, LISTED_AT_MOST).join(separator)}${more}`;
}

function describeHand(hand: EditionInfo['hands'][number]): string {
  const description = hand.description.length > 60 ? `${hand.description.slice(0, 57)}...` : hand.description;
  return `${hand.id ?? '(no id)'}${description ? ` "${description}"` : ''} (${hand.uses} ${hand.uses === 1 ? 'use' : 'uses'})`;
}

/** `1 surface`, `3,210 lines`. */
function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function counted(total: number, parts: Record<string, number>): string {
  const entries = Object.entries(parts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length ? `${total}: ${entries.map(([k, n]) => `${k} ${n}`).join(', ')}` : String(total);
}
