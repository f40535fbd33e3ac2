/**
 * What `aga verify` is asked to do: its arguments, the files they name, the manifest and the number
 * of verification threads. Every problem here is a UsageError (exit code 2).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { formatZodError } from '../schemas/format-error';
import { manifestSchema, type Manifest } from '../schemas/manifest';

export interface Options {
  manifest?: string;
  jwks: string[];
  csv?: string;
  lmsCsv?: string;
  /** --xapi OUT: xAPI statements of every valid record and acknowledgement. */
  xapi?: string;
  /** --site URL: the site's address (with its base path), for xAPI's activity ids and accounts. */
  site?: string;
  json: boolean;
  help: boolean;
  paths: string[];
}


export class UsageError extends Error {}

/** Options given at most once, with a value, and the field each sets. */
const SINGLE: Readonly<Record<string, 'manifest' | 'csv' | 'lmsCsv' | 'xapi' | 'site'>> = {
  '--manifest': 'manifest', '--csv': 'csv', '--lms-csv': 'lmsCsv', '--xapi': 'xapi', '--site': 'site',
};

export function parseArgs(args: readonly string[]): Options {
  const opts: Options = { json: false, help: false, paths: [], jwks: [] };
  const valueOf = (name: string, i: number, inline: string | undefined): [string, number] => {
    if (inline !== undefined) {
      if (inline === '') throw new UsageError(`${name} needs a value`);
      return [inline, i];
    }
    const next = args[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`${name} needs a value`);
    return [next, i + 1];
  };
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      opts.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === '--') onlyPaths = true;
    else if (name === '--help' || name === '-h') opts.help = true;
    else if (name === '--json' && inline === undefined) opts.json = true;
    else if (name === '--jwks') {
      const [value, at] = valueOf(name, i, inline);
      i = at;
      opts.jwks.push(value);
    }
    else if (Object.hasOwn(SINGLE, name)) {
      const key = SINGLE[name]!;
      if (opts[key] !== undefined) throw new UsageError(`${name} given twice`);
      const [value, at] = valueOf(name, i, inline);
      i = at;
      opts[key] = value;
    } else throw new UsageError(`unknown option ${arg}`);
  }
  if (opts.site !== undefined && !/^https?:\/\/[^/]/.test(opts.site)) throw new UsageError(`--site must be the site's address, like https://academy.example.com/, not "${opts.site}"`);
  return opts;
}

/** The *.json files under a folder, recursively, in a stable order; paths joined onto `dir` as given. */
function jsonFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    // Symbolic links to folders are not followed, so a link loop cannot hang the walk.
    if (e.isDirectory()) for (const f of jsonFilesUnder(path)) out.push(f);
    else if (/\.json$/i.test(e.name) && (e.isFile() || (e.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile()))) out.push(path);
  }
  return out;
}

export function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) throw new UsageError(`no such file or folder: ${p}`);
    if (st.isDirectory()) for (const f of jsonFilesUnder(p)) files.push(f);
    else files.push(p);
  }
  return [...new Set(files)];
}

export async function loadManifest(file: string | undefined): Promise<Manifest> {
  if (file !== undefined) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`cannot read the manifest ${file}: ${(error as Error).message}`);
    }
    const parsed = manifestSchema.safeParse(data);
    if (!parsed.success) throw new UsageError(`${file} is not a records manifest:\n${formatZodError(file, parsed.error).map((p) => `  - ${p}`).join('\n')}`);
    return parsed.data;
  }
  // Loaded only here: reading content/ pulls in YAML and Markdown helpers that --manifest does not need.
  const { ContentError, contentDir, readContent } = await import('../build/content');
  const { contentManifest } = await import('../build/manifest');
  try {
    const set = readContent(contentDir());
    if (!set.lock) throw new UsageError(`${join(set.dir, 'versions.lock.json')} is missing: run npm run content:lock, or pass --manifest`);
    return await contentManifest(set);
  } catch (error) {
    if (error instanceof ContentError) throw new UsageError(`cannot build the manifest from ${contentDir()}/ (pass --manifest FILE instead):\n${error.message}`);
    throw error;
  }
}


/**
 * How many threads verify files: AGA_VERIFY_THREADS when set (1 verifies in the command's own
 * thread, as before there were workers), else one per core (os.availableParallelism()).
 */
export function threadCount(value = process.env.AGA_VERIFY_THREADS): number {
  if (value === undefined || value === '') return availableParallelism();
  if (!/^[1-9][0-9]{0,2}$/.test(value)) throw new UsageError(`AGA_VERIFY_THREADS must be a whole number from 1 to 999, not "${value}"`);
  return Number(value);
}
