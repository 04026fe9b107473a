// The tests read real inputs from ../shared beside the checkout (see README). Without it, say so once, instead of
// letting dozens of tests fail with ENOENT.
import { existsSync } from 'node:fs';
import { corpusDir, seedPath, sharedDir } from './helpers.js';

export default function setup(): void {
  const missing = [corpusDir, seedPath].filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(`the tests need the shared inputs beside the checkout, at ${sharedDir}; missing: ${missing.join(', ')}`);
  }
}
