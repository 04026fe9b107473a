/** The shape every CLI command has, so that `main` can dispatch, document and check them alike. */
import { TeiUsageError } from '../errors.js';
import type { CliIo } from './io.js';

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  multiple?: boolean;
  description: string;
}

export interface ParsedArguments {
  positionals: string[];
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code: 0 ok, 1 invalid input. Throws TeiError for bad input, TeiUsageError for misuse. */
  run(args: ParsedArguments, io: CliIo): Promise<number>;
}

/** The positionals a command needs, exactly `count` of them, or a usage error. */
export function expectPositionals(positionals: string[], count: 1, usage: string): [string];
export function expectPositionals(positionals: string[], count: number, usage: string): string[] {
  if (positionals.length === 0) throw new TeiUsageError(`missing argument: usage: ${usage}`);
  if (positionals.length > count) throw new TeiUsageError(`unexpected argument "${positionals[count]}": usage: ${usage}`);
  return positionals;
}
