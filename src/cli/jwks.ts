/**
 * `aga jwks fetch ISSUER --out FILE`: saves the identity provider's current signing keys with the
 * date, for HR's archive. Providers rotate keys; records signed before a rotation verify only with
 * the old keys, so HR keeps every file this writes and passes them all to `aga verify`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { issuerSchema } from '../schemas/identity';
import { FetchProblem, fetchJwks } from '../lib/identity/fetch-jwks';
import { readJwksFile } from '../lib/identity/jwks-file';

export const JWKS_HELP = `Usage: npx aga jwks fetch ISSUER --out FILE

Fetches the identity provider's current signing keys and saves them, with the issuer and
the date, as JSON: {"issuer", "fetchedAt", "keys"}. ISSUER is exactly the "sso.issuer" of
content/org.yaml. The keys are found through ISSUER/.well-known/openid-configuration
(its "jwks_uri"). Keep every file this writes: after the provider rotates its keys, older
records verify only with the older keys.

Exit codes:
  0  saved
  1  the provider could not be reached or did not answer with keys
  2  usage error
`;

/**
 * Reads HR's key files (saved by `aga jwks fetch`, or plain JWKS) for `aga verify --jwks FILE`
 * (repeatable). Resolves to one key set per file, or the first problem in plain words.
 */
export function loadJwksFiles(paths: readonly string[]): { ok: true; keys: JSONWebKeySet[] } | { ok: false; message: string } {
  const keys: JSONWebKeySet[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return { ok: false, message: `${path}: the key file cannot be read` };
    }
    const read = readJwksFile(path, text);
    if (!read.ok) return read;
    keys.push(read.jwks);
  }
  return { ok: true, keys };
}

/** Runs `aga jwks ...`; resolves to the exit code. */
export async function runJwks(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(JWKS_HELP);
    return 0;
  }
  const [sub, ...rest] = args;
  const positional: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--out') out = rest[(i += 1)];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg.startsWith('-')) return usage(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  if (sub !== 'fetch') return usage(sub === undefined ? 'a subcommand is needed ("fetch")' : `unknown subcommand "${sub}"`);
  const [issuer] = positional;
  if (positional.length !== 1 || issuer === undefined) return usage('exactly one ISSUER is needed');
  if (!out) return usage('--out FILE is needed');
  if (!issuerSchema.safeParse(issuer).success) return usage(`"${issuer}" is not an issuer URL (https, or http on localhost, without query or fragment)`);
  try {
    const saved = await fetchJwks(issuer);
    writeFileSync(out, `${JSON.stringify(saved, null, 2)}\n`);
    process.stderr.write(`aga jwks: saved ${saved.keys.length} key(s) of ${issuer} to ${out}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof FetchProblem)) throw error;
    process.stderr.write(`aga jwks: ${error.message}. Nothing was saved.\n`);
    return 1;
  }
}

function usage(problem: string): number {
  process.stderr.write(`aga jwks: ${problem}\n\n${JWKS_HELP}`);
  return 2;
}
