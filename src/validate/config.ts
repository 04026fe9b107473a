/**
 * Rule configuration: turn a rule off, change its severity, or give it options. Browser-safe.
 *
 * ```json
 * { "gap-reason": ["faded", "illegible", "lost"], "hand-unused": "off", "date-order": "warning",
 *   "tei:att.datable.w3c/att-datable-w3c-when": "off", "tei:*": "warning" }
 * ```
 * Keys are rule ids. Schematron rules (`tei:...`, `sch:...`) can also be named by a prefix and `*`
 * (`tei:*`); an exact id wins over a prefix. A value is `"off"`, a severity, the rule's options (an array, for the
 * rules whose options are a list), or `{ "severity": ..., "options": ... }`.
 */
import { TeiUsageError } from '../errors.js';
import type { Severity } from './diagnostic.js';

/**
 * How one rule is configured.
 *
 * @example
 * const settings: RuleSetting[] = ['off', 'warning', ['lost', 'illegible'], { severity: 'info', options: ['lost'] }]
 */
export type RuleSetting = Severity | 'off' | readonly unknown[] | { severity?: Severity | 'off'; options?: unknown };

/**
 * Rule id to setting.
 *
 * @example
 * const rules: RulesConfig = { 'gap-reason': ['faded', 'illegible'], 'hand-unused': 'off' }
 */
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

/**
 * A rule's effective configuration.
 *
 * @example
 * const setting: ResolvedSetting<null> = { enabled: true, severity: 'warning', options: null }
 */
export interface ResolvedSetting<Options> {
  enabled: boolean;
  severity: Severity;
  options: Options;
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);

/**
 * The configuration of one built-in rule.
 *
 * @example
 * resolveSetting({ 'gap-reason': ['lost'] }, 'gap-reason', 'error', DEFAULT_REASONS) // { enabled: true, severity: 'error', options: ['lost'] }
 */
export function resolveSetting<Options>(config: RulesConfig | undefined, id: string, severity: Severity, options: Options): ResolvedSetting<Options> {
  const setting = config?.[id];
  if (setting === undefined) return { enabled: true, severity, options };
  if (typeof setting === 'string') {
    return setting === 'off' ? { enabled: false, severity, options } : { enabled: true, severity: setting, options };
  }
  if (Array.isArray(setting)) return { enabled: true, severity, options: setting as Options };
  const object = setting as { severity?: Severity | 'off'; options?: unknown };
  return {
    enabled: object.severity !== 'off',
    severity: object.severity && object.severity !== 'off' ? object.severity : severity,
    options: object.options === undefined ? options : (object.options as Options),
  };
}

/**
 * The severity a configuration gives any rule id (Schematron ones included), or `off`; undefined when the
 * configuration does not mention it.
 *
 * @example
 * configuredSeverity({ 'tei:*': 'warning' }, 'tei:relatedItem/targetorcontent1') // 'warning'
 */
export function configuredSeverity(config: RulesConfig | undefined, ruleId: string): Severity | 'off' | undefined {
  if (!config) return undefined;
  const exact = severityOf(config[ruleId]);
  if (exact) return exact;
  let best: { length: number; severity: Severity | 'off' } | undefined;
  for (const [key, setting] of Object.entries(config)) {
    if (!key.endsWith('*')) continue;
    const prefix = key.slice(0, -1);
    const severity = severityOf(setting);
    if (severity && ruleId.startsWith(prefix) && (!best || prefix.length > best.length)) best = { length: prefix.length, severity };
  }
  return best?.severity;
}

function severityOf(setting: RuleSetting | undefined): Severity | 'off' | undefined {
  if (typeof setting === 'string') return setting;
  if (setting && !Array.isArray(setting) && typeof setting === 'object') return (setting as { severity?: Severity | 'off' }).severity;
  return undefined;
}

/**
 * Refuse what cannot be right: an unknown severity, or an unknown rule id without a Schematron prefix (a typo
 * would otherwise silently configure nothing).
 *
 * @throws {TeiUsageError} naming the key.
 * @example
 * checkRulesConfig({ 'gap-reasons': 'off' }, ['gap-reason']) // throws: unknown rule "gap-reasons"
 */
export function checkRulesConfig(config: unknown, knownIds: readonly string[]): RulesConfig {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new TeiUsageError('the rules configuration must be an object of rule ids to settings');
  }
  const known = new Set(knownIds);
  for (const [key, setting] of Object.entries(config)) {
    const schematron = key.includes(':') || key === '*';
    if (!schematron && !known.has(key)) {
      throw new TeiUsageError(`unknown rule "${key}" in the rules configuration (known rules: ${[...known].sort().join(', ')})`);
    }
    const severity = typeof setting === 'string' ? setting : severityOf(setting as RuleSetting);
    const valid = typeof setting === 'string' || Array.isArray(setting) || (setting !== null && typeof setting === 'object');
    if (!valid || (severity !== undefined && severity !== 'off' && !SEVERITIES.has(severity))) {
      throw new TeiUsageError(`invalid setting for rule "${key}": use "off", "error", "warning", "info", options, or { "severity", "options" }`);
    }
  }
  return config as RulesConfig;
}
