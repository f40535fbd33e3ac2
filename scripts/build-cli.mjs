// Bundles the `aga` command line into ES modules (node_modules/.cache/aga/aga.mjs, and verify-worker.mjs
// beside it for the threads of `aga verify`) so that it starts without compiling TypeScript. Runs on `npm install` / `npm ci` (the "prepare" script); bin/aga.mjs uses
// the bundle only while every source it was built from is unchanged, and falls back to tsx otherwise.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'aga');

mkdirSync(outDir, { recursive: true });
const result = await build({
  entryPoints: { aga: join(root, 'src', 'cli', 'main.ts'), 'verify-worker': join(root, 'src', 'cli', 'verify-worker.ts') },
  outdir: outDir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Dependencies are bundled too: `aga verify` starts three threads, and each loaded zod's and jose's
  // hundred-odd module files (issue 17: --help 218 -> 118 ms; 18,000 records 4 % less CPU).
  // CommonJS dependencies (yaml) require Node's built-ins through this `require`.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});
// What the launcher checks: every source file of the bundle with its size and modification time.
const sources = Object.keys(result.metafile.inputs).map((file) => {
  const path = resolve(root, file);
  const { mtimeMs, size } = statSync(path);
  return { path, mtimeMs, size };
});
writeFileSync(join(outDir, 'sources.json'), `${JSON.stringify({ sources })}\n`);
