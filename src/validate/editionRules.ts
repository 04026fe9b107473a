/**
 * Runs the edition rules: one walk over the document feeds the shared index and every rule's visitor, then each
 * rule finishes over the collections. Linear in the size of the document: no XPath, no per-element searches.
 * Browser-safe.
 */
import type { Element } from '@xmldom/xmldom';
import { walkElements } from '../dom/walk.js';
import { TEI_NS } from '../parse/parseTei.js';
import { configuredSeverity, resolveSetting, type RulesConfig } from './config.js';
import { isDocumentRoot } from '../parse/prolog.js';
import { XINCLUDE_NS } from './relaxng/xml/namespaces.js';
import type { ValidationContext, Validator } from './context.js';
import type { Diagnostic } from './diagnostic.js';
import { createIndexBuilder } from './documentIndex.js';
import type { ElementHandler, Rule, RuleVisitor, WalkState } from './rule.js';
import { builtinRules } from './rules/index.js';

/**
 * The validator that runs `rules` (by default every built-in rule) as `config` says.
 *
 * @example
 * const diagnostics = editionRules({ 'hand-unused': 'off' })(createValidationContext(doc, 'a.xml', text))
 */
export function editionRules(config?: RulesConfig, rules: readonly Rule<unknown>[] = builtinRules): Validator {
  return (context) => runRules(context, config, rules);
}

function runRules(context: ValidationContext, config: RulesConfig | undefined, rules: readonly Rule<unknown>[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const builder = createIndexBuilder();
  const visitors: RuleVisitor[] = [];
  const root = context.document.documentElement;
  const fragment = !!root && !isDocumentRoot(root.localName ?? '');
  let unresolvedIncludes = false;
  for (const rule of rules) {
    const setting = resolveSetting(config, rule.id, rule.severity, rule.options);
    if (!setting.enabled) continue;
    // A finding may carry its own severity; a severity the configuration sets for the rule wins.
    const configured = configuredSeverity(config, rule.id) !== undefined;
    visitors.push(
      rule.create({
        options: setting.options,
        index: builder.index,
        fragment,
        get unresolvedIncludes() {
          return unresolvedIncludes;
        },
        report: (node, message, details) =>
          diagnostics.push(context.diagnostic(rule.id, (!configured && details?.severity) || setting.severity, node, message, details)),
      }),
    );
  }

  const enter = handlersByName(visitors, 'enter');
  const leave = handlersByName(visitors, 'leave');
  const open = new Map<string, number>();
  const state: WalkState = {
    inside: (name) => open.get(name) ?? 0,
    get member() {
      return builder.member;
    },
  };
  const run = (handlers: Map<string, ElementHandler[]>, element: Element) => {
    const own = element.namespaceURI === TEI_NS ? handlers.get(element.localName ?? '') : undefined;
    if (own) for (const handler of own) handler(element, state);
    const any = handlers.get('*');
    if (any) for (const handler of any) handler(element, state);
  };

  if (root) {
    walkElements(
      root,
      (element) => {
        builder.enter(element);
        if (element.localName === 'include' && element.namespaceURI === XINCLUDE_NS) unresolvedIncludes = true;
        run(enter, element);
        if (element.namespaceURI === TEI_NS) open.set(element.localName ?? '', (open.get(element.localName ?? '') ?? 0) + 1);
      },
      (element) => {
        if (element.namespaceURI === TEI_NS) open.set(element.localName ?? '', (open.get(element.localName ?? '') ?? 1) - 1);
        run(leave, element);
        builder.leave(element);
      },
    );
  }
  for (const visitor of visitors) visitor.finish?.();
  return diagnostics;
}

function handlersByName(visitors: RuleVisitor[], which: 'enter' | 'leave'): Map<string, ElementHandler[]> {
  const byName = new Map<string, ElementHandler[]>();
  for (const visitor of visitors) {
    for (const [name, handler] of Object.entries(visitor[which] ?? {})) {
      const list = byName.get(name);
      if (list) list.push(handler);
      else byName.set(name, [handler]);
    }
  }
  return byName;
}
