import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
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

function timedBuild(env: Record<string, string>): number {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build'], { env: { ...process.env, ...env }, stdio: 'ignore' });
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
  for (const [name, env, out] of cases) {
    const seconds = timedBuild(env);
    const { bytes, files } = dirSize(out);
    rows.push({ metric: `${name}: build time`, value: Math.round(seconds * 10) / 10, unit: 's', note: 'astro build incl. content check, manifest and search index' });
    rows.push({ metric: `${name}: output size`, value: Math.round(bytes / 1024), unit: 'KB', note: `${files} files` });
  }
  return rows;
}
