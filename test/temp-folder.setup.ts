// One temporary folder per test run: every test, and every CLI, browser or jing process a test starts, makes its
// temporary files under it (TMPDIR is what os.tmpdir() and those programs read), and it is removed at the end,
// so a run leaves nothing behind in the system's temporary folder, whichever test made what.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'teikit-test-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
