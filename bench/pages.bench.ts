import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import type { BenchRow } from './run';
import { builtPages } from '../tests/support/site-pages';
import { measurePage } from '../tests/support/page-bytes';

/** First-load bytes per page type of the real site, gzip: HTML, render-blocking CSS, JS before interaction. */
export default async function pages(): Promise<BenchRow[]> {
  if (!existsSync('dist/index.html')) execSync('npm run --silent build', { stdio: 'ignore' });
  const all = builtPages('dist');
  const total = (path: string) => {
    const b = measurePage('dist', path);
    return b.html + b.css;
  };
  // The target holds for every module, so the figure is the largest one's.
  const largestModule = all.filter((p) => p.startsWith('/modules/')).sort((a, b) => total(b) - total(a))[0];
  const types: Array<[string, string | undefined]> = [
    ['home', '/'],
    ['largest module page', largestModule],
    ['My records', '/records/'],
    ['HR', '/hr/'],
    ['search', '/search/'],
    ['platform table', '/guidelines/platforms/'],
    ['checker', '/guidelines/check/'],
    ['platform page', all.find((p) => /^\/guidelines\/platforms\/[^/]+\/$/.test(p))],
    ['data classes', '/guidelines/data-classes/'],
    ['changelog', '/changelog/'],
  ];
  const rows: BenchRow[] = [];
  for (const [name, path] of types) {
    if (!path || !all.includes(path)) continue;
    const b = measurePage('dist', path);
    const kb = (n: number) => Math.round(n / 102.4) / 10;
    rows.push({ metric: `${name}: HTML + CSS`, value: kb(b.html + b.css), unit: 'KB gzip', note: `${path} (HTML ${kb(b.html)}, CSS ${kb(b.css)}); 14 KB = first round trip`, ...(path === largestModule ? { key: 'module-page' } : {}) });
    rows.push({ metric: `${name}: JS before interaction`, value: kb(b.js), unit: 'KB gzip', note: `${b.jsFiles.length} file(s)` });
  }
  return rows;
}
