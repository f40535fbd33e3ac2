/**
 * Temporary folders for tests, removed when the process that made them exits. A folder made with
 * mkdtempSync and never removed (no after hook, or a test that failed before reaching it) stays
 * in the OS temp dir for good, and CI machines are reused: runs had left thousands in /tmp.
 *
 * Only for a folder whose last user is the process that made it (a unit test file, a Playwright
 * worker). A folder that another process must still read after this one ends, such as a
 * Playwright webServer's, needs its own cleanup (see tests/support/e2e-teardown.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

// One listener for every folder of the process. 'exit' listeners must be synchronous, hence rmSync.
process.on('exit', () => {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      // One folder that will not go must not keep the others, nor change how the tests ended.
      process.stderr.write(`could not remove ${dir}: ${String(error)}\n`);
    }
  }
});

/** A new empty folder in the OS temp dir named `prefix` and random characters (e.g. 'aga-cli-'). */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
