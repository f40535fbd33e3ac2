#!/usr/bin/env node
// The `aga` command line. `npm install` bundles it (scripts/build-cli.mjs) so that it starts without
// compiling TypeScript; when the bundle is missing, or any source it was built from has changed since,
// it runs the TypeScript sources through tsx instead, so the command always runs the code as it is.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cache = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.cache', 'aga');

function bundleIsCurrent() {
  try {
    const { sources } = JSON.parse(readFileSync(join(cache, 'sources.json'), 'utf8'));
    return sources.every(({ path, mtimeMs, size }) => {
      const now = statSync(path);
      return now.mtimeMs === mtimeMs && now.size === size;
    });
  } catch {
    return false;
  }
}

const fromBundle = process.env.AGA_CLI_FROM_SOURCE !== '1' && bundleIsCurrent();
// AGA_CLI_TRACE=1 says which one runs (for the tests and for anyone wondering why start-up is slow).
if (process.env.AGA_CLI_TRACE === '1') process.stderr.write(`aga: running from ${fromBundle ? 'the bundle' : 'the TypeScript sources'}\n`);
if (fromBundle) {
  await import(pathToFileURL(join(cache, 'aga.mjs')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
