#!/usr/bin/env node
// Makes sure the programs the tests drive exist: Debian's Chromium for the browser tests (Playwright
// cannot download its own browser here) and libxml2-utils' xmllint, which checks every SCORM
// package's imsmanifest.xml. Missing ones are installed with apt-get when we are root.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const xmllint = process.env.XMLLINT_PATH ?? '/usr/bin/xmllint';
/** Each tool: where it must be, the Debian package that has it, how to point at another copy. */
const tools = [
  { path: chromium, pkg: 'chromium', variable: 'CHROMIUM_PATH' },
  { path: xmllint, pkg: 'libxml2-utils', variable: 'XMLLINT_PATH' },
];
const missing = tools.filter((t) => !existsSync(t.path));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  for (const t of missing) {
    console.error(`No ${t.path}: install Debian's "${t.pkg}" package (sudo apt-get install -y ${t.pkg}) or set ${t.variable}, then run the tests again.`);
  }
  process.exit(1);
}
const names = missing.map((t) => t.pkg);
console.log(`Installing ${names.join(', ')} with apt-get (one time)...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
const still = missing.filter((t) => !existsSync(t.path));
for (const t of still) console.error(`apt-get finished but ${t.path} is still missing; set ${t.variable}.`);
if (still.length > 0) process.exit(1);
