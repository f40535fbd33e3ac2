/**
 * The HR page with 7,500, 18,000 and 20,000 records (one export file per employee, and at 18,000
 * also the command line's 360 bundle files): the time from choosing the files to a usable overview
 * and to a finished roster in
 * Chromium, with the verification in the page's workers, and the longest main-thread task while
 * it runs (what decides whether the page stays responsive). Needs a built site (`npm run build`),
 * served by the test harness's static server as a host would.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import type { BenchRow } from './run';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium';
import { portOf, serveStatic } from '../tests/support/static-server';
import { bundle, writeBenchRecords } from './fixtures-records';
import { siteManifest } from '../tests/fixtures/hr/make-hr-fixtures';
import { MAX_FILE_BYTES } from '../src/lib/records/parse';
import { MANIFEST_FILE } from '../src/lib/records/manifest-file';

/** Record counts measured: HR's 3,000 people with 7,500 records, issue 17's 18,000 (its targets), and a large company's 20,000. */
const TARGET_COUNT = 18_000;
const COUNTS = [7_500, TARGET_COUNT, 20_000];

/**
 * Imports `files` through the "Record files" input; returns the page's own measure and the longest task.
 * `beforeImport` runs once the page is ready, just before the files are chosen (bench/hr-trace.ts starts a trace there).
 */
export async function importOnce(page: Page, url: string, files: string[], beforeImport?: () => Promise<void>): Promise<{ ms: number; overviewMs: number; verifiedMs: number; sizedMs: number; wallMs: number; longestTaskMs: number; status: string }> {
  // The page keeps its session and restores it on the next visit: each run starts from nothing.
  if (page.url().startsWith(url)) {
    await page.evaluate(() => new Promise((resolve) => {
      const req = indexedDB.deleteDatabase('aga-hr');
      req.onsuccess = req.onerror = req.onblocked = () => resolve(undefined);
    }));
  }
  await page.goto(url);
  const input = page.getByLabel('Record files', { exact: true });
  await input.waitFor();
  await page.waitForFunction(() => document.querySelector('aga-hr')?.getAttribute('data-state') === 'ready');
  await page.evaluate(() => {
    const w = window as unknown as { __agaTasks: Array<[number, number]> };
    w.__agaTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__agaTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
  await beforeImport?.();
  const started = performance.now();
  await input.setInputFiles(files);
  // Polled every 100 ms, not every frame (Playwright's default): polling per frame makes the page
  // draw a frame every 16 ms, which on 2 cores took a second of the main thread from the import.
  // The figures come from the page's own marks, so the polling interval does not change them.
  await page.waitForFunction(() => document.querySelector('aga-hr')?.getAttribute('data-batches') === '1', undefined, { timeout: 300_000, polling: 100 });
  const wallMs = performance.now() - started;
  // Let the browser lay out the new table and report that task too.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));
  return page.evaluate(
    (wall) => {
      const m = performance.measure('aga-hr-import', 'aga-hr-import-start', 'aga-hr-import-end');
      const o = performance.measure('aga-hr-overview-ready', 'aga-hr-import-start', 'aga-hr-overview');
      // The workers' part: from the files chosen to the last file verified (sizes, handing over, reading, verifying).
      const v = performance.measure('aga-hr-verify', 'aga-hr-import-start', 'aga-hr-verified');
      // The page measures the files' sizes (measure-picked.ts) while the workers verify those measured.
      const z = performance.measure('aga-hr-sizes', 'aga-hr-import-start', 'aga-hr-sized');
      // Tasks before the page's start mark are Playwright building the FileList, not the page's work.
      const tasks = (window as unknown as { __agaTasks: Array<[number, number]> }).__agaTasks.filter(([start]) => start >= m.startTime);
      return {
        ms: m.duration,
        overviewMs: o.duration,
        verifiedMs: v.duration,
        sizedMs: z.duration,
        wallMs: wall,
        longestTaskMs: Math.max(0, ...tasks.map(([, duration]) => duration)),
        status: document.querySelector('[data-hr="status"]')?.textContent ?? '',
      };
    },
    wallMs,
  );
}

/**
 * After an import: scrolls through the drawn roster rows one step per frame and reports the longest
 * frame, then clicks "Show more employees" `pages` times and reports the longest task each click
 * made, with the rows drawn in the end. Scrolling is what HR does most; each "Show more" adds a page.
 */
async function scrollAndPage(page: Page, pages: number): Promise<{ scrollFrameMs: number; showMoreTaskMs: number; drawn: number }> {
  // A string, not a function: tsx names the function's inner arrows with a helper the page does not have.
  const scroll = () => page.evaluate<number>(`new Promise((resolve) => {
    const box = document.querySelector('.hr-roster-scroll');
    const target = box.scrollHeight > box.clientHeight + 1 ? box : document.scrollingElement;
    if (target !== box) box.scrollIntoView();
    let last = 0, longest = 0, steps = 0;
    requestAnimationFrame(function step(now) {
      if (last) longest = Math.max(longest, now - last);
      last = now;
      target.scrollBy(0, 120);
      if (++steps < 90) requestAnimationFrame(step);
      else resolve(longest);
    });
  })`);
  const scrollFrameMs = await scroll();
  let showMoreTaskMs = 0;
  const more = page.getByRole('button', { name: /^Show \d[\d,]* more employees$/ });
  for (let i = 0; i < pages && (await more.isVisible()); i++) {
    const from = await page.evaluate(() => performance.now());
    const drawnBefore = await page.locator('[data-hr="roster-body"] tr').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-hr="roster-body"] tr').length > n && document.querySelector('[data-hr="roster-body"]')?.closest('table')?.getAttribute('aria-busy') !== 'true', drawnBefore);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    const tasks = await page.evaluate((t0) => (window as unknown as { __agaTasks: Array<[number, number]> }).__agaTasks.filter(([start]) => start >= t0).map(([, d]) => d), from);
    showMoreTaskMs = Math.max(showMoreTaskMs, ...tasks);
  }
  const drawn = await page.locator('[data-hr="roster-body"] tr').count();
  return { scrollFrameMs: Math.max(scrollFrameMs, await scroll()), showMoreTaskMs, drawn };
}

type Import = Awaited<ReturnType<typeof importOnce>>;
const TARGET_RUNS = 3;

/**
 * The run with the fastest overview of `n` (other work on the machine only ever slows a run down),
 * with every run's overview time and the longest task of any run: a slow run's long task counts.
 */
async function fastestOf(n: number, run: () => Promise<Import>): Promise<Import & { overviews: number[] }> {
  const all: Import[] = [];
  for (let i = 0; i < n; i++) all.push(await run());
  const best = all.reduce((a, b) => (b.overviewMs < a.overviewMs ? b : a));
  return { ...best, longestTaskMs: Math.max(...all.map((r) => r.longestTaskMs)), overviews: all.map((r) => r.overviewMs) };
}

/** The note's "fastest of" part, when there were several runs. */
const spread = (r: { overviews: number[] }) =>
  r.overviews.length > 1 ? `; the fastest of ${r.overviews.length} runs (overviews at ${r.overviews.map((ms) => Math.round(ms).toLocaleString('en-US')).join(', ')} ms)` : '';

export default async (): Promise<BenchRow[]> => {
  if (!existsSync(join('dist', MANIFEST_FILE))) throw new Error('hr-import needs a built site: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'aga-hr-bench-'));
  let server: Server | undefined;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const manifest = siteManifest();
    server = await serveStatic({ dir: 'dist', port: 0 });
    const url = `http://localhost:${portOf(server)}/hr/`;
    const page = await browser.newPage();
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const workers = Math.max(1, Math.min(cores, 4));
    const rows: BenchRow[] = [];
    for (const [n, COUNT] of COUNTS.entries()) {
      const files = await writeBenchRecords(join(dir, `many-${COUNT}`), manifest, COUNT, { keys: 50, employees: Math.round(COUNT / 2.5) });
      // The same records in one export file: one worker does all of it.
      const all = files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { records: unknown[] }).records);
      const single = join(dir, `all-records-${COUNT}.json`);
      writeFileSync(single, bundle(all));
      // A first run warms the browser's caches of the page and worker scripts; the second is measured.
      if (n === 0) await importOnce(page, url, files.slice(0, 20));
      // At issue 17's count, the fastest of three: this machine's speed varies by a third from minute to minute.
      const runs = COUNT === TARGET_COUNT ? TARGET_RUNS : 1;
      const many = await fastestOf(runs, () => importOnce(page, url, files));
      // Scrolled while the page shows this import's roster (COUNT / 2.5 people), before the bundles' (3,000).
      const browse = await scrollAndPage(page, 3);
      // Issue 17's corpus of the command line too: 3,000 employees' 18,000 records in 360 bundle files.
      const bundleFiles = COUNT === TARGET_COUNT ? await writeBenchRecords(join(dir, `bundles-${COUNT}`), manifest, COUNT, { keys: 50, employees: 3_000, files: 360 }) : [];
      const bundles = bundleFiles.length > 0 ? await fastestOf(runs, () => importOnce(page, url, bundleFiles)) : null;
      // One file over the page's 20 MB limit is refused by design, so it is measured only when it fits.
      const one = statSync(single).size <= MAX_FILE_BYTES ? await importOnce(page, url, [single]) : null;
      for (const r of [many, ...(one ? [one] : []), ...(bundles ? [bundles] : [])]) {
        if (!r.status.includes(`${COUNT.toLocaleString('en-US')} valid records`)) throw new Error(`unexpected import result: ${r.status}`);
      }
      const rate = (ms: number) => Math.round(COUNT / (ms / 1000));
      const k = COUNT.toLocaleString('en-US');
      rows.push(
        { ...(COUNT === TARGET_COUNT ? { key: 'hr-overview' } : {}), metric: `HR page: ${k} records in ${files.length.toLocaleString('en-US')} files to a usable overview`, value: Math.round(many.overviewMs), unit: 'ms', note: `from the files chosen to the overview drawn (counts, per-module bars); the last size was measured at ${Math.round(many.sizedMs)} ms, the last file verified at ${Math.round(many.verifiedMs)} ms${spread(many)}` },
        { metric: `HR page: ${k} records in ${files.length.toLocaleString('en-US')} files to a finished roster`, value: Math.round(many.ms), unit: 'ms', note: `${rate(many.ms).toLocaleString('en-US')} records/s in ${workers} workers (${cores} cores); ${Math.round(many.wallMs)} ms including Playwright handing over the files` },
        { ...(COUNT === TARGET_COUNT ? { key: 'hr-longest-task' } : {}), metric: `HR page: longest main-thread task during that import (${k})`, value: Math.round(many.longestTaskMs), unit: 'ms', note: `from the change event on: roster build, overview, table render and layout; verification is in the workers; 0: no task over 50 ms, the shortest the Long Tasks API reports${runs > 1 ? `; the longest of ${runs} runs` : ''}` },
        { metric: `HR page: longest frame scrolling the roster (${(COUNT / 2.5).toLocaleString('en-US')} people)`, value: Math.round(browse.scrollFrameMs), unit: 'ms', note: `120 px a frame through the drawn rows, before and after "Show more" 3 times (${browse.drawn.toLocaleString('en-US')} rows drawn); 16.7 ms is one frame at 60 Hz` },
        { metric: `HR page: longest task of a "Show more employees" click (${(COUNT / 2.5).toLocaleString('en-US')} people)`, value: Math.round(browse.showMoreTaskMs), unit: 'ms', note: 'the next 250 rows, drawn 50 per frame' },
      );
      if (bundles) {
        rows.push({
          key: 'hr-overview-bundles', metric: `HR page: ${k} records in 360 bundle files (the CLI's corpus) to a usable overview`, value: Math.round(bundles.overviewMs), unit: 'ms',
          note: `last file verified at ${Math.round(bundles.verifiedMs)} ms, finished roster at ${Math.round(bundles.ms)} ms (${rate(bundles.ms).toLocaleString('en-US')} records/s); longest task ${Math.round(bundles.longestTaskMs)} ms${spread(bundles)}`,
        });
      }
      if (one) {
        rows.push(
          { metric: `HR page: ${k} records in one export file`, value: Math.round(one.ms), unit: 'ms', note: `${rate(one.ms).toLocaleString('en-US')} records/s: one file goes to one worker` },
          { metric: `HR page: longest main-thread task, one file (${k})`, value: Math.round(one.longestTaskMs), unit: 'ms' },
        );
      }
    }
    return rows;
  } finally {
    await browser.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
