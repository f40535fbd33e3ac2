import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './run';
import { generateContent } from './generate-site';

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    if (s.isDirectory()) {
      const sub = dirSize(full);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += s.size;
      files += 1;
    }
  }
  return { bytes, files };
}

interface Point {
  n: number;
  seconds: number;
  bytes: number;
}

function countFiles(dir: string): number {
  return existsSync(dir) ? readdirSync(dir).length : 0;
}

/**
 * Whether time and size grow linearly: the cost of one more module between the two smallest sizes
 * against the cost between the two largest. A ratio near 1 is linear; well above 1 means each module
 * costs more as the site grows.
 */
function linearity(points: Point[]): BenchRow[] {
  if (points.length < 3) return [];
  const [a, b] = points as [Point, Point];
  const [c, d] = points.slice(-2) as [Point, Point];
  const slope = (p: Point, q: Point, f: (x: Point) => number) => (f(q) - f(p)) / (q.n - p.n);
  const ratio = (f: (x: Point) => number) => Math.round((slope(c, d, f) / slope(a, b, f)) * 100) / 100;
  const span = `${a.n}->${b.n} vs ${c.n}->${d.n} modules`;
  return [
    { metric: 'build time per added module, large vs small sites', value: ratio((p) => p.seconds), unit: 'x', note: `${span}; 1 = linear` },
    { metric: 'output bytes per added module, large vs small sites', value: ratio((p) => p.bytes), unit: 'x', note: `${span}; 1 = linear` },
  ];
}

/** `npm run build` as a site's owner runs it: with the young-generation size its script gives Node. */
function timedBuild(env: Record<string, string>): number {
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { env: { ...process.env, ...env }, stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

/** Build time and output size for the real site and generated sites of 50, 200 and 500 modules. */
export default async function build(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sizes = (process.env.AGA_BENCH_SIZES ?? '50,200,500').split(',').map(Number);
  const cases: Array<[string, Record<string, string>, string]> = [['real site', {}, 'dist']];
  for (const n of sizes) {
    const content = generateContent(n, `bench/out/content-${n}`);
    cases.push([`${n} generated modules`, { AGA_CONTENT_DIR: content, AGA_OUT_DIR: `bench/out/dist-${n}` }, `bench/out/dist-${n}`]);
  }
  const generated: Point[] = [];
  for (const [name, env, out] of cases) {
    const seconds = timedBuild(env);
    const { bytes, files } = dirSize(out);
    const packages = countFiles(join(out, 'packages', 'scorm12'));
    rows.push({ metric: `${name}: build time`, value: Math.round(seconds * 10) / 10, unit: 's', note: 'npm run build: astro build incl. content check, manifest, search index and SCORM packages' });
    rows.push({ metric: `${name}: output size`, value: Math.round(bytes / 1024), unit: 'KB', note: `${files} files, ${packages} SCORM packages` });
    const n = sizes[cases.findIndex(([other]) => other === name) - 1];
    if (n !== undefined) generated.push({ n, seconds, bytes });
  }
  rows.push(...linearity(generated));
  return rows;
}
