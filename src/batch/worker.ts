/**
 * The batch worker (a Tinypool worker thread): one task in, one result out. Stylesheets and schemas are loaded
 * on first use and cached by the modules it calls, so each worker compiles them once for the whole batch.
 * Every failure becomes a result: a bad file never ends the worker or the batch.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TeiError } from '../errors.js';
import { readXmlFile } from '../node/readInput.js';
import { toHtmlAsync, toTextAsync, type NodeHtmlOptions, type NodeTextOptions } from '../node/transform.js';
import type { Validator } from '../validate/context.js';
import { nodeValidators } from '../validate/node.js';
import { xincludeSettings } from '../node/xinclude.js';
import { validate } from '../validate/validate.js';
import type { BatchResult, BatchTask, SerializableValidateOptions } from './task.js';

const validatorsByOptions = new Map<string, Validator[]>();

/**
 * Run one task.
 *
 * @example
 * await runTask({ command: 'text', file: 'a.xml', output: 'out/a.txt', options: {} }) // { ok: true, ... }
 */
export default async function runTask(task: BatchTask): Promise<BatchResult> {
  const started = performance.now();
  const ms = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    const text = task.text ?? (await readXmlFile(task.file)).text;
    const bytesIn = Buffer.byteLength(text);
    if (task.command === 'validate') {
      const options = task.options as SerializableValidateOptions;
      const xinclude = xincludeSettings(options, task.file);
      const diagnostics = validate(text, { file: task.file, rules: options.rules, validators: validatorsFor(options), xinclude });
      return { ok: true, file: task.file, bytesIn, bytesOut: 0, ms: ms(), diagnostics };
    }
    const source = { text, file: task.file };
    const result =
      task.command === 'html' ? await toHtmlAsync(source, task.options as NodeHtmlOptions) : await toTextAsync(source, task.options as NodeTextOptions);
    if (task.output) {
      await mkdir(dirname(task.output), { recursive: true });
      await writeFile(task.output, result);
    }
    return { ok: true, file: task.file, output: task.output, bytesIn, bytesOut: Buffer.byteLength(result), ms: ms() };
  } catch (error) {
    if (error instanceof TeiError) {
      const { message, line, column, kind } = error;
      return { ok: false, file: task.file, failure: { message, file: error.file ?? task.file, line, column, kind }, ms: ms() };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, file: task.file, failure: { message: `internal error: ${message}`, file: task.file, kind: 'internal' }, ms: ms() };
  }
}

function validatorsFor(options: SerializableValidateOptions): Validator[] {
  const key = JSON.stringify([options.schema, options.teiSchematron, options.schematron]);
  let validators = validatorsByOptions.get(key);
  if (!validators) validatorsByOptions.set(key, (validators = nodeValidators(options)));
  return validators;
}
