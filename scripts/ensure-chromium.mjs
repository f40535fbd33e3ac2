#!/usr/bin/env node
// Makes sure a Chromium for the browser tests exists. Playwright cannot download its own browser
// here, so the tests drive Debian's chromium; install it with apt-get when we are root.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `No Chromium at ${path}: install Debian's "chromium" package (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary, then run the tests again.`,
  );
  process.exit(1);
}
console.log(`No Chromium at ${path}: installing Debian's chromium package with apt-get (one time)...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing; set CHROMIUM_PATH to the Chromium binary.`);
  process.exit(1);
}
