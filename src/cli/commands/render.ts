/** `teikit html` and `teikit text`: TEI to a reading edition or to plain text, to stdout or a file. */
import { writeFile } from 'node:fs/promises';
import { TeiUsageError } from '../../errors.js';
import { toHtmlAsync, toTextAsync } from '../../node/transform.js';
import { HTML_CHOICES, TEXT_CHOICES } from '../../transform/options.js';
import { expectPositionals, type Command, type OptionSpec, type ParsedArguments } from '../command.js';
import type { CliIo } from '../io.js';
import { readSource } from '../input.js';

const oneOf = (values: readonly string[]) => values.join('|');

const shared: Record<string, OptionSpec> = {
  output: { type: 'string', short: 'o', description: 'write to this file instead of standard output' },
  view: { type: 'string', description: `${oneOf(HTML_CHOICES.view)} (default reading)` },
  'gap-style': { type: 'string', description: `${oneOf(HTML_CHOICES.gapStyle)}: [\u2026] or the archive's wording (default leiden)` },
  stylesheet: { type: 'string', description: "a customised stylesheet that xsl:imports teikit's (compiled on first use)" },
  param: { type: 'string', multiple: true, description: 'a stylesheet parameter name=value (repeatable)' },
};

export const html: Command = {
  name: 'html',
  summary: 'TEI to an HTML5 reading edition (or a fragment)',
  usage: `teikit html <file|-> [-o out.html] [--view ${oneOf(HTML_CHOICES.view)}] [--layout ${oneOf(HTML_CHOICES.layout)}] [--notes ${oneOf(HTML_CHOICES.notes)}] [--fragment]`,
  options: {
    ...shared,
    layout: { type: 'string', description: `${oneOf(HTML_CHOICES.layout)} (default parallel)` },
    notes: { type: 'string', description: `${oneOf(HTML_CHOICES.notes)} (default foot)` },
    fragment: { type: 'boolean', description: 'an <article> to embed, not a whole page' },
  },
  async run(args, io) {
    const [argument] = expectPositionals(args.positionals, 1, this.usage);
    const source = await readSource(argument, io);
    const { values } = args;
    const result = await toHtmlAsync(source, {
      view: values.view as never,
      layout: values.layout as never,
      notes: values.notes as never,
      gapStyle: values['gap-style'] as never,
      fragment: values.fragment === true,
      stylesheet: values.stylesheet as string | undefined,
      params: parseParams(values.param),
    });
    await deliver(result, args, io);
    return 0;
  },
};

export const text: Command = {
  name: 'text',
  summary: 'TEI to plain text: paragraphs, gaps, numbered notes',
  usage: `teikit text <file|-> [-o out.txt] [--view ${oneOf(TEXT_CHOICES.view)}] [--notes ${oneOf(TEXT_CHOICES.notes)}] [--gap-style ${oneOf(TEXT_CHOICES.gapStyle)}]`,
  options: {
    ...shared,
    notes: { type: 'string', description: `${oneOf(TEXT_CHOICES.notes)} (default end)` },
  },
  async run(args, io) {
    const [argument] = expectPositionals(args.positionals, 1, this.usage);
    const source = await readSource(argument, io);
    const { values } = args;
    const result = await toTextAsync(source, {
      view: values.view as never,
      notes: values.notes as never,
      gapStyle: values['gap-style'] as never,
      stylesheet: values.stylesheet as string | undefined,
      params: parseParams(values.param),
    });
    await deliver(result, args, io);
    return 0;
  },
};

async function deliver(result: string, args: ParsedArguments, io: CliIo): Promise<void> {
  const output = args.values.output;
  if (typeof output === 'string') await writeFile(output, result);
  else io.stdout.write(result);
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
