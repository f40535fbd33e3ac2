/** `aga verify --help`: the options, output, exit codes and environment, as docs/record-format.md states them. */
import { REASON_CODES, REASON_TEXT } from '../lib/records/reasons';

export const VERIFY_HELP = `Usage: npx aga verify [--manifest FILE] [--jwks FILE]... FILES_OR_FOLDERS... [--csv OUT] [--lms-csv OUT]
       [--xapi OUT --site URL] [--json]

Verifies completion records: export bundles (aga-records-<employeeId>-<date>.json), bare
record JWS files, or JSON arrays of records. Folders are walked recursively for *.json files;
a file named on the command line is read whatever its name. Files over 20 MB are reported
and not read. Files are verified on one thread per core and printed one at a time, in order.

Each record is checked in this order, and the first failure is its reason:
${REASON_CODES.map((code) => `  ${code.padEnd(17)}${REASON_TEXT[code]}`).join('\n')}

Output (stdout): one line per record, fields separated by tabs:
  FILE  INDEX  valid|invalid  REASON  MESSAGE
INDEX is the record's 0-based position in its file (in a bundle's "records" list). A file
that yields no record (empty, not JSON, truncated, not a record file, too large) is one
invalid line with INDEX 0 and reason "malformed". REASON is "-" for a valid record.
Paths are printed as given on the command line (folders joined with the files in them).
A summary and warnings go to stderr.
Hostile files: at most 25,000 entries of a file are read; the rest give one invalid line
(reason "malformed", INDEX 25000) that counts them. At most 100 failed records of a file are
listed; the others are counted by reason in a "note:" line on stderr (the exit code is 1).

Options:
  --manifest FILE  the site's records/manifest.json. Without it, the manifest is built from
                   content/ (or $AGA_CONTENT_DIR) with the build's own code.
  --jwks FILE      the identity provider's keys (a JWKS, or a file saved by "aga jwks
                   fetch"); repeat it for every archived key file: providers rotate keys,
                   and a record verifies with the keys of the time it was signed in.
  --csv OUT        also write the roster (one row per employee, status/date/due per
                   current module, keys, identity: "SSO (<issuer>)", "self-declared" or
                   "mixed: ...", and "policy <v> acknowledged": the date, or "no") as CSV to OUT.
  --lms-csv OUT    also write the LMS completion import (one row per valid passed
                   record: user_id, email, course_id, course_title, course_version,
                   status, score_percent, completed_at, record_id) as CSV to OUT.
  --xapi OUT       also write xAPI statements (one per valid record: passed/failed; one per
                   valid policy acknowledgement: accepted) as JSON to OUT. SSO records'
                   actor is the provider's person (mbox from the token's email, else the
                   account issuer + sub); self-declared ones the site's account of the
                   employee ID. Needs --site (or AGA_SITE_ORIGIN).
  --site URL       the site's address with its base path (https://academy.example.com/):
                   module and policy page URLs in --xapi, and the origin records must come from.
  --json           print one JSON array of {file, index, recordId, verdict, reason}
                   (verdict "valid" or "invalid", reason null when valid, recordId null
                   when unknown) and nothing else on stdout.
  -h, --help       show this help.

Warnings (stderr; they never change the exit code): an employee whose records carry
several keys (a new device or browser is legitimate), one key used by several employees,
the same record id more than once (counted once in the roster), the same id on different
records (a conflict), ids or names with hidden characters, one email under several ids,
attempt numbers with gaps or repeats, three keys within a day, records from another site.

Exit codes:
  0  every record verifies
  1  at least one record (or file) does not verify
  2  usage error (no paths, unknown option, missing file, unreadable manifest) or no
     records found (e.g. a folder without *.json files)

Environment:
  AGA_CONTENT_DIR  content folder used when --manifest is not given (default: content)
  AGA_NOW          ISO time used as "now" for re-training due dates in --csv (default: the clock)
  AGA_SITE_ORIGIN  the site's origin (https://academy.example.com): records signed elsewhere are a
                   warning. Without it, records from more than one origin are.
  AGA_VERIFY_THREADS  threads that verify files (default: one per core); 1 verifies in the
                   command's own thread. The output is the same whatever the number.
`;
