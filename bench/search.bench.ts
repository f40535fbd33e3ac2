/**
 * Search cost on the built site: bytes a reader's browser fetches for a first and a second search,
 * and the Pagefind bundle's size on disk. Serves dist/ with the test harness's static server on a free port
 * (building first when dist/ has no index) and drives Debian's Chromium with Playwright.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';
import type { BenchRow } from './run';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium';
import { portOf, serveStatic } from '../tests/support/static-server';

const DIST = 'dist';
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Size on disk of the file served for a URL path, 0 when none. */
function fileSize(path: string): number {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

/** Where a search's bytes go, so the breakdown shows which part to work on. */
const PARTS = ['runtime (pagefind.js)', 'wasm', 'entry and meta', 'word index chunks', 'fragments (first results)', 'other (e.g. the favicon)'] as const;
function partOf(path: string): (typeof PARTS)[number] {
  if (path.endsWith('/pagefind/pagefind.js')) return PARTS[0];
  if (path.endsWith('.pagefind')) return PARTS[1];
  if (path.endsWith('pagefind-entry.json') || path.endsWith('.pf_meta') || path.endsWith('.pf_filter')) return PARTS[2];
  if (path.endsWith('.pf_index')) return PARTS[3];
  if (path.endsWith('.pf_fragment')) return PARTS[4];
  return PARTS[5];
}

export default async function bench(): Promise<BenchRow[]> {
  if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
  // Uncompressed, so a response's body is its file on disk (Chromium reports no size for worker scripts).
  const server = await serveStatic({ dir: DIST, port: 0, compress: false });
  const port = portOf(server);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const fetched: Array<{ phase: string; path: string; bytes: number }> = [];
  let phase = 'page';
  try {
    const context = await browser.newContext();
    // Context-level events also see the requests of Pagefind's web worker.
    const pending: Array<Promise<void>> = [];
    context.on('requestfinished', (req: Request) => {
      const at = phase;
      const path = new URL(req.url()).pathname;
      pending.push(
        req.sizes().then((s) => {
          // Chromium reports no body size for a worker's own script; the server sends files as they
          // are on disk (no compression), so the file size is the body size for every request.
          fetched.push({ phase: at, path, bytes: s.responseHeadersSize + Math.max(s.responseBodySize, fileSize(path)) });
        }),
      );
    });
    const page = await context.newPage();
    await page.goto(`http://localhost:${port}/search/`, { waitUntil: 'networkidle' });
    await Promise.all(pending.splice(0));
    for (const [name, query] of [['first search', 'stack trace'], ['second search', 'API key']] as const) {
      phase = name;
      await page.getByLabel('Search for').fill(query);
      await page.getByLabel('Search for').press('Enter');
      await page.getByRole('status').filter({ hasText: `for “${query}”` }).waitFor();
      await page.waitForLoadState('networkidle');
      await Promise.all(pending.splice(0));
    }
  } finally {
    await browser.close();
    server.close();
  }

  if (process.env.AGA_BENCH_VERBOSE) for (const f of fetched) process.stderr.write(`${f.phase}\t${f.bytes}\t${f.path}\n`);
  const sum = (p: string) => fetched.filter((f) => f.phase === p).reduce((n, f) => n + f.bytes, 0);
  const count = (p: string) => fetched.filter((f) => f.phase === p).length;
  const gzipFile = (path: string) => (fileSize(path) > 0 ? gzipSync(readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path))).length : 0);
  const gzipOf = (p: string, part?: (typeof PARTS)[number]) =>
    fetched.filter((f) => f.phase === p && (part === undefined || partOf(f.path) === part)).reduce((n, f) => n + gzipFile(f.path), 0);
  const first = (part: (typeof PARTS)[number]) => fetched.filter((f) => f.phase === 'first search' && partOf(f.path) === part).length;
  const bundle = walk(join(DIST, 'pagefind'));
  const size = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
  const indexFiles = bundle.filter((f) => /[/\\](index|fragment|filter)[/\\]|\.pf_meta$|pagefind-entry\.json$/.test(f));
  const pages = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pageCount = Object.values(pages.languages).reduce((n, l) => n + l.page_count, 0);
  const published = "Pagefind's published figure: under 300 KB for a 10,000-page site, ~100 KB typical";
  return [
    { metric: 'search page load (HTML, CSS, JS; no search yet)', value: kb(sum('page')), unit: 'KB', note: `${count('page')} requests` },
    { metric: 'first search ("stack trace"): bytes fetched', value: kb(sum('first search')), unit: 'KB', note: `${count('first search')} requests (JS, wasm, entry, meta, index chunks, fragments); ${published}` },
    { key: 'search-first', metric: 'first search ("stack trace"), gzip transfer', value: kb(gzipOf('first search')), unit: 'KB gzip', note: 'the same files as a gzipping host sends them (index, fragments and wasm are gzip already); a default Starlight site: 107 KB' },
    ...PARTS.map((part) => ({
      metric: `first search, gzip: ${part}`,
      value: kb(gzipOf('first search', part)),
      unit: 'KB gzip',
      note: `${first(part)} ${first(part) === 1 ? 'file' : 'files'}`,
    })),
    { metric: 'second search ("API key"): bytes fetched', value: kb(sum('second search')), unit: 'KB', note: `${count('second search')} requests (index chunks and fragments only; wasm and entry are cached)` },
    { metric: `index on disk (${pageCount} pages): index, fragments, filters, meta`, value: kb(size(indexFiles)), unit: 'KB', note: `${indexFiles.length} files` },
    { metric: 'Pagefind bundle on disk, as served to this site', value: kb(size(bundle)), unit: 'KB', note: `all of ${relative('.', join(DIST, 'pagefind')).split(sep).join('/')}/ (the build drops Pagefind's unused ready-made UIs)` },
  ];
}
