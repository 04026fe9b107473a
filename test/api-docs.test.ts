// Every exported symbol has a doc comment with an example (TypeDoc's build checks that a comment exists; this
// checks the example). Reads the entry points with the TypeScript compiler.
import ts from 'typescript';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { repoRoot } from './helpers.js';

test('every export of teikit and teikit/browser has a TSDoc comment with an @example', () => {
  const entries = ['src/index.ts', 'src/browser.ts'].map((f) => join(repoRoot, f));
  const program = ts.createProgram(entries, { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const missing = new Set<string>();
  for (const entry of entries) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const hasExample = (symbol.getDeclarations() ?? []).some((declaration) =>
        ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example') ||
        // Variables carry their comment on the statement.
        (ts.isVariableDeclaration(declaration) && ts.getJSDocTags(declaration.parent.parent).some((tag) => tag.tagName.text === 'example')),
      );
      if (!hasExample) missing.add(exported.name);
    }
  }
  expect([...missing].sort()).toEqual([]);
}, 60_000);
