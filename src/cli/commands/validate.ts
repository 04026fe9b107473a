/**
 * `teikit validate <files|dirs|globs|->... [--rules config.json] [--schema tei_all|file.rng|xml-model]
 * [--schematron file.sch]... [--format ...]`: edition rules, a RELAX NG schema, TEI's Schematron constraints and
 * any Schematron files, for many files in one process (stylesheets
 * compiled once), reported for people (jing-like lines, code frames in a terminal) or for CI (JSON, JUnit XML,
 * SARIF, GitHub annotations). Exit code 0 when no file has an error (warnings do not fail), 1 when one has.
 */
import { readFileSync } from 'node:fs';
import { TeiError, TeiParseError, TeiUsageError } from '../../errors.js';
import { packagePath } from '../../node/packageFiles.js';
import { checkRulesConfig, type RulesConfig } from '../../validate/config.js';
import type { Validator } from '../../validate/context.js';
import { hasErrors, type Diagnostic } from '../../validate/diagnostic.js';
import { expandFilePatterns } from '../../node/files.js';
import type { SerializableValidateOptions } from '../../batch/task.js';
import { nodeValidators, type NodeValidateOptions } from '../../validate/node.js';
import { RelaxNgSchemaError } from '../../validate/relaxng/schema/errors.js';
import { REPORT_FORMATS, reportChunks, summarize, summaryLine, type FileReport, type ReportFormat } from '../../validate/report/index.js';
import { githubAnnotationChunks } from '../../validate/report/github.js';
import { fileTextChunks, type FrameSources } from '../../validate/report/text.js';
import { builtinRules } from '../../validate/rules/index.js';
import { validate as validateDocument, wellFormedDiagnostic } from '../../validate/validate.js';
import { batchOptions, runCliBatch } from '../batch.js';
import type { Command, ParsedArguments } from '../command.js';
import { readSource } from '../input.js';
import { writeChunks, type CliIo } from '../io.js';
import { xincludeFrom, xincludeOptions } from '../xinclude.js';
import { xincludeSettings, type NodeXIncludeOptions } from '../../node/xinclude.js';

const USAGE = `teikit validate <files|dirs|globs|->... [--xinclude [--xinclude-root dir]] [--rules config.json] [--schematron file.sch] [--schema tei_all|file.rng|xml-model] [--no-tei-schematron] [--format ${REPORT_FORMATS.join('|')}] [--jobs N]`;

/**
 * The `teikit validate` command (registered in src/cli/main.ts).
 *
 * @example
 * const code = await validate.run({ positionals: ['tei/'], values: { format: 'sarif' } }, processIo())
 */
export const validate: Command = {
  name: 'validate',
  summary: 'check editions: pointers, hands, gaps, dates, alignment, header; RELAX NG; TEI Schematron; reports for CI',
  usage: USAGE,
  options: {
    rules: { type: 'string', description: 'a JSON file of rule settings: {"hand-unused": "off", "gap-reason": ["lost"]}' },
    schematron: { type: 'string', multiple: true, description: 'a Schematron file (.sch, .rng with Schematron, or an ODD) to apply too (repeatable)' },
    schema: { type: 'string', description: 'RELAX NG: tei_all (shipped), a .rng file, or xml-model (each file\'s <?xml-model?>)' },
    'no-tei-schematron': { type: 'boolean', description: "skip TEI's own Schematron constraints" },
    format: { type: 'string', description: `${REPORT_FORMATS.join('|')} (default text)` },
    ...xincludeOptions,
    jobs: batchOptions.jobs!,
  },
  async run({ positionals, values }, io) {
    if (positionals.length === 0) throw new TeiUsageError(`missing argument: usage: ${USAGE}`);
    const format = (values.format ?? 'text') as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) throw new TeiUsageError(`unknown format "${String(values.format)}": use ${REPORT_FORMATS.join(', ')}`);
    const rules = typeof values.rules === 'string' ? readRulesConfig(values.rules) : undefined;
    const validateOptions: SerializableValidateOptions = {
      teiSchematron: values['no-tei-schematron'] !== true,
      schematron: (values.schematron as string[] | undefined) ?? [],
      schema: values.schema as string | undefined,
      ...xincludeFrom(values),
    };
    const files = expandFilePatterns(positionals);
    // Built here even when workers do the work, so that a schema or Schematron file that cannot be used fails the
    // run before any file. TEI's own Schematron cannot be unusable: only the process that uses it loads it.
    const validators = createValidators(files.length === 1 ? validateOptions : { ...validateOptions, teiSchematron: false });
    const streaming = format === 'text' || format === 'github';
    const frames = format === 'text' && io.stdout.isTTY === true;
    const reports: FileReport[] = [];
    const emit = (report: FileReport, source?: FrameSources) => {
      reports.push(report);
      if (streaming) writeChunks(io.stdout, format === 'text' ? fileTextChunks(report, frames ? source : undefined) : githubAnnotationChunks(report));
    };
    if (files.length === 1) {
      const { report, source } = await validateOne(files[0]!, io, rules, validators, validateOptions);
      emit(report, source);
    } else {
      await validateInWorkers({ ...validateOptions, rules }, { positionals, values }, io, frames, emit);
    }
    if (streaming) io.stdout.write(`${summaryLine(summarize(reports))}\n`);
    else writeChunks(io.stdout, reportChunks(reports, format, { version: packageVersion(), rules: ruleDescriptions() }));
    return reports.some((r) => hasErrors(r.diagnostics)) ? 1 : 0;
  },
};

/**
 * Many files through the worker pool; reports are emitted in input order as soon as all before them are in.
 */
async function validateInWorkers(
  options: SerializableValidateOptions,
  args: ParsedArguments,
  io: CliIo,
  frames: boolean,
  emit: (report: FileReport, source?: FrameSources) => void,
): Promise<void> {
  await runCliBatch('validate', options, args, io, USAGE, (summary) => {
    for (const result of summary.results) {
      if (result.ok) emit({ file: result.file, diagnostics: result.diagnostics ?? [] }, frames && result.diagnostics?.length ? sourceFor : undefined);
      else emit({ file: result.file, diagnostics: [inputDiagnostic(result.failure, result.file)] });
    }
  });
}

/** A file's text again, for code frames on a terminal (an included file's too); none when it cannot be read. */
function sourceFor(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function validateOne(
  file: string,
  io: CliIo,
  rules: RulesConfig | undefined,
  validators: Validator[],
  includes: NodeXIncludeOptions,
): Promise<{ report: FileReport; source?: FrameSources }> {
  let text: string;
  let name = file;
  try {
    const source = await readSource(file, io);
    text = source.text;
    name = source.file;
  } catch (error) {
    if (error instanceof TeiParseError) return { report: { file: name, diagnostics: [wellFormedDiagnostic(error, name)] } };
    if (error instanceof TeiError && error.kind === 'input') return { report: { file: name, diagnostics: [inputDiagnostic(error, name)] } };
    throw error;
  }
  const xinclude = xincludeSettings(includes, name);
  const source = (path: string) => (path === name ? text : sourceFor(path));
  return { report: { file: name, diagnostics: validateDocument(text, { file: name, rules, validators, xinclude }) }, source };
}

/**
 * Compiled once for the whole run. A schema or Schematron file that cannot be used is misuse (exit 2), like a bad option;
 * a missing build artifact is teikit's fault, an internal error (exit 2); neither is an invalid document (exit 1).
 */
function createValidators(options: NodeValidateOptions): Validator[] {
  try {
    return nodeValidators(options);
  } catch (error) {
    if (error instanceof TeiError && error.kind === 'input') throw new TeiUsageError(error.message);
    if (error instanceof RelaxNgSchemaError) throw new TeiUsageError(`${error.location()}: ${error.message}`);
    if (error instanceof TeiError && error.kind === 'transform') throw new Error(error.message, { cause: error });
    throw error;
  }
}

/** A file that cannot be read fails like an invalid one, and the run goes on with the others. */
function inputDiagnostic(error: Pick<TeiError, 'message'>, file: string): Diagnostic {
  return { ruleId: 'input', severity: 'error', message: error.message, file, line: 0, column: 0, xpath: '' };
}

function readRulesConfig(path: string): RulesConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TeiUsageError(`cannot read the rules configuration ${path}: ${(error as Error).message}`);
  }
  return checkRulesConfig(parsed, builtinRules.map((r) => r.id));
}

function ruleDescriptions(): Map<string, string> {
  return new Map([...builtinRules.map((r) => [r.id, r.description] as [string, string]), ['well-formed', 'The document is well-formed XML with a TEI root.']]);
}

function packageVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}
