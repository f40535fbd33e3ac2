/**
 * Debian's Chromium, as the browser tests and benchmarks drive it: Playwright cannot download a
 * browser here, and without the background-networking flags Chromium keeps trying to reach
 * Google's hosts, which this machine's closed network refuses.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
];
