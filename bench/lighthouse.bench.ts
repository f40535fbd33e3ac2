import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { BenchRow } from './run';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/static-server';
import { builtPages } from '../tests/support/site-pages';

const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Lighthouse (mobile emulation, its default) on the home page, a module page and the HR page,
 * served by the test harness's static server with the deployment headers: performance,
 * accessibility and best-practices scores, FCP and total bytes, median of three runs.
 */
export default async function lighthouseBench(): Promise<BenchRow[]> {
  if (!existsSync('dist/index.html')) execSync('npm run --silent build', { stdio: 'ignore' });
  const port = 4471;
  const server = await serveStatic({ dir: 'dist', port });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const rows: BenchRow[] = [];
  try {
    const modulePage = builtPages('dist').find((p) => p.startsWith('/modules/'))!;
    for (const [name, path] of [['home', '/'], ['module page', modulePage], ['HR', '/hr/']] as const) {
      const runs: Array<Record<string, number>> = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`http://localhost:${port}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        const lhr = result!.lhr;
        runs.push({
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          bestPractices: Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
          fcp: lhr.audits['first-contentful-paint']?.numericValue ?? 0,
          bytes: lhr.audits['total-byte-weight']?.numericValue ?? 0,
        });
      }
      const m = (k: string) => median(runs.map((r) => r[k]!));
      rows.push({ metric: `${name}: performance / accessibility / best practices`, value: `${m('performance')} / ${m('accessibility')} / ${m('bestPractices')}`, unit: 'score', note: `${path}, mobile, median of ${RUNS}` });
      rows.push({ metric: `${name}: first contentful paint`, value: Math.round(m('fcp')), unit: 'ms', note: 'simulated slow 4G' });
      rows.push({ metric: `${name}: total bytes`, value: Math.round(m('bytes') / 102.4) / 10, unit: 'KB', note: 'as transferred' });
    }
  } finally {
    chrome.kill();
    server.close();
  }
  return rows;
}
