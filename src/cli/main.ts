/**
 * The CLI: arguments to library calls, and errors to messages and exit codes
 * (0 ok, 1 invalid input, 2 usage or internal error). Nothing else lives here.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TeiError, TeiUsageError } from '../errors.js';
import type { Command, OptionSpec } from './command.js';
import { importCommand } from './commands/import.js';
import { info } from './commands/info.js';
import { html, text } from './commands/render.js';
import { validate } from './commands/validate.js';
import { processIo, type CliIo } from './io.js';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const commands: Command[] = [html, text, validate, info, importCommand];

/**
 * Run the CLI with `argv` (without the node and script paths).
 *
 * @returns the exit code.
 * @example
 * process.exitCode = await main(['info', 'tei/darusenkov-1964-10-16.xml'])
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout.write(usage());
      return EXIT_OK;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    const command = commands.find((c) => c.name === first);
    if (!command) throw new TeiUsageError(`unknown command "${first}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(commandHelp(command));
      return EXIT_OK;
    }
    return await command.run(parseCommandArguments(command, rest), io);
  } catch (error) {
    return report(error, io);
  }
}

function parseCommandArguments(command: Command, args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: Object.fromEntries(
        Object.entries(command.options).map(([name, { type, short, multiple }]) => [
          name,
          { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    // node:util reports unknown options as TypeError; to the user it is misuse, not a crash.
    if (!String((error as { code?: string }).code).startsWith('ERR_PARSE_ARGS')) throw error;
    throw new TeiUsageError(`${(error as Error).message.split('\n')[0]}: usage: ${command.usage}`);
  }
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof TeiUsageError) {
    io.stderr.write(`teikit: ${error.message}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (error instanceof TeiError) {
    io.stderr.write(`${error.location()}: error: ${error.message}\n`);
    if (error.frame) io.stderr.write(`${error.frame}\n`);
    return EXIT_INVALID;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`teikit: internal error (please report it): ${detail}\n`);
  return EXIT_USAGE;
}

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: teikit <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show help (also after a command: teikit info --help)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 invalid input, 2 usage or internal error.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => `  ${describeOption(name, spec)}`);
  return [`Usage: ${command.usage}`, '', command.summary, '', 'Options:', ...options, ''].join('\n');
}

function describeOption(name: string, spec: OptionSpec): string {
  const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ' <value>' : ''}`;
  return `${flag.padEnd(24)} ${spec.description}`;
}

/** The package version, read from the package.json two levels up (from src/cli and from dist/cli alike). */
function version(): string {
  const path = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}
