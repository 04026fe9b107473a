/**
 * `teikit html` and `teikit text`: TEI to a reading edition or to plain text. One file goes to stdout or `-o`;
 * many files (or `--out-dir`, or `--split`) go through the worker pool into a folder.
 */
import { writeFile } from 'node:fs/promises';
import { TeiUsageError } from '../../errors.js';
import { isDirectory } from '../../node/files.js';
import { toHtmlAsync, toTextAsync, type NodeHtmlOptions, type NodeTextOptions } from '../../node/transform.js';
import { HTML_CHOICES, TEXT_CHOICES } from '../../transform/options.js';
import { batchOptions, runCliBatch } from '../batch.js';
import type { Command, OptionSpec, ParsedArguments } from '../command.js';
import type { CliIo } from '../io.js';
import { readSource } from '../input.js';
import { xincludeFrom, xincludeOptions } from '../xinclude.js';

const oneOf = (values: readonly string[]) => values.join('|');

const shared: Record<string, OptionSpec> = {
  output: { type: 'string', short: 'o', description: 'write to this file instead of standard output' },
  view: { type: 'string', description: `${oneOf(HTML_CHOICES.view)} (default reading)` },
  'gap-style': { type: 'string', description: `${oneOf(HTML_CHOICES.gapStyle)}: [\u2026] or the archive's wording (default leiden)` },
  stylesheet: { type: 'string', description: "a customised stylesheet that xsl:imports teikit's (compiled on first use)" },
  param: { type: 'string', multiple: true, description: 'a stylesheet parameter name=value (repeatable)' },
  ...xincludeOptions,
  ...batchOptions,
};

export const html: Command = {
  name: 'html',
  summary: 'TEI to an HTML5 reading edition (or a fragment)',
  usage: `teikit html <files|dirs|globs|->... [-o out.html | --out-dir dir [--jobs N] [--split]] [--xinclude [--xinclude-root dir]] [--view ${oneOf(HTML_CHOICES.view)}] [--layout ${oneOf(HTML_CHOICES.layout)}] [--notes ${oneOf(HTML_CHOICES.notes)}] [--fragment]`,
  options: {
    ...shared,
    layout: { type: 'string', description: `${oneOf(HTML_CHOICES.layout)} (default parallel)` },
    notes: { type: 'string', description: `${oneOf(HTML_CHOICES.notes)} (default foot)` },
    fragment: { type: 'boolean', description: 'an <article> to embed, not a whole page' },
  },
  async run(args, io) {
    const { values } = args;
    const options: NodeHtmlOptions = {
      view: values.view as never,
      layout: values.layout as never,
      notes: values.notes as never,
      gapStyle: values['gap-style'] as never,
      fragment: values.fragment === true,
      stylesheet: values.stylesheet as string | undefined,
      params: parseParams(values.param),
      ...xincludeFrom(values),
    };
    return render('html', options, args, io, this.usage);
  },
};

export const text: Command = {
  name: 'text',
  summary: 'TEI to plain text: paragraphs, gaps, numbered notes',
  usage: `teikit text <files|dirs|globs|->... [-o out.txt | --out-dir dir [--jobs N] [--split]] [--xinclude [--xinclude-root dir]] [--view ${oneOf(TEXT_CHOICES.view)}] [--notes ${oneOf(TEXT_CHOICES.notes)}] [--gap-style ${oneOf(TEXT_CHOICES.gapStyle)}]`,
  options: {
    ...shared,
    notes: { type: 'string', description: `${oneOf(TEXT_CHOICES.notes)} (default end)` },
  },
  async run(args, io) {
    const { values } = args;
    const options: NodeTextOptions = {
      view: values.view as never,
      notes: values.notes as never,
      gapStyle: values['gap-style'] as never,
      stylesheet: values.stylesheet as string | undefined,
      params: parseParams(values.param),
      ...xincludeFrom(values),
    };
    return render('text', options, args, io, this.usage);
  },
};

/** One document to stdout or `-o` in this process; anything more through the batch runner. */
async function render(command: 'html' | 'text', options: NodeHtmlOptions | NodeTextOptions, args: ParsedArguments, io: CliIo, usage: string) {
  const single = singleInput(args, usage);
  if (single === undefined) return runCliBatch(command, options, args, io, usage);
  const source = await readSource(single, io);
  const result = command === 'html' ? await toHtmlAsync(source, options as NodeHtmlOptions) : await toTextAsync(source, options as NodeTextOptions);
  const output = args.values.output;
  if (typeof output === 'string') await writeFile(output, result);
  else io.stdout.write(result);
  return 0;
}

/** The one input of a single conversion, or undefined for a batch (`--out-dir`, `--split`, several inputs). */
function singleInput({ positionals, values }: ParsedArguments, usage: string): string | undefined {
  if (positionals.length === 0) throw new TeiUsageError(`missing argument: usage: ${usage}`);
  const batch = values['out-dir'] !== undefined || values.split === true;
  if (batch && values.output !== undefined) throw new TeiUsageError('-o writes one file; with --out-dir or --split, outputs go into the folder');
  if (batch) return undefined;
  if (positionals.length > 1 || /[*?[{]/.test(positionals[0]!) || isDirectory(positionals[0]!)) throw new TeiUsageError(`several inputs need --out-dir: usage: ${usage}`);
  return positionals[0];
}

/** `--param name=value` pairs to a parameter map. */
function parseParams(values: unknown): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of (values as string[] | undefined) ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new TeiUsageError(`--param takes name=value, not "${pair}"`);
    params[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return params;
}
