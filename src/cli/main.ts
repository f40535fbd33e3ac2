/**
 * Entry of the `aga` command line (bin/aga.mjs loads it through tsx).
 * Exit codes: 0 every record verifies, 1 some record does not, 2 usage error or no records found.
 */
import { runJwks } from './jwks';
import { runVerify } from './verify';
import { VERIFY_HELP } from './verify-help';

export const MAIN_HELP = `aga: tools for AI Governance Academy completion records

Usage:
  npx aga verify [--manifest FILE] FILES_OR_FOLDERS... [--csv OUT] [--lms-csv OUT] [--json]
  npx aga jwks fetch ISSUER --out FILE
  npx aga --help
  npx aga verify --help

Commands:
  verify   Verify signed completion records (export bundles, bare records or arrays of
           records) against the site's manifest, print one line per record, and
           optionally write the training roster and the LMS completion import as CSV.
  jwks     Save the identity provider's current signing keys, for HR's archive.

verify sends nothing anywhere: everything runs on this machine. jwks fetch contacts only
the identity provider named on its command line.
`;

/** Runs the command line with its arguments; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    if (command === 'help' && rest[0] === 'verify') {
      process.stdout.write(VERIFY_HELP);
      return 0;
    }
    process.stdout.write(MAIN_HELP);
    return 0;
  }
  if (command === 'verify') return runVerify(rest);
  if (command === 'jwks') return runJwks(rest);
  process.stderr.write(command === undefined ? `aga: a command is needed\n\n${MAIN_HELP}` : `aga: unknown command "${command}"\n\n${MAIN_HELP}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
