/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or only those whose name contains an argument)
 * and prints one table. Each bench file default-exports an async function returning rows.
 * Figures are printed, never asserted: speed belongs in benchmarks, not in tests.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One figure of a benchmark. */
export interface BenchRow {
  /** What was measured, e.g. "CLI verify, 10,000 records". */
  metric: string;
  /** The figure. */
  value: number | string;
  /** Unit of the figure, e.g. "records/s", "KB gzip". */
  unit?: string;
  /** How to read it, or what it is compared with. */
  note?: string;
}
export type Bench = () => Promise<BenchRow[]>;

const filter = process.argv.slice(2);
const dir = 'bench';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();

const rows: Array<BenchRow & { bench: string }> = [];
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`running ${name}...\n`);
  const started = performance.now();
  const mod = (await import(pathToFileURL(join(process.cwd(), dir, file)).href)) as { default: Bench };
  for (const row of await mod.default()) rows.push({ bench: name, ...row });
  process.stderr.write(`  ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const fmt = (v: number | string) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 2 })) : v);
const table = rows.map((r) => [r.bench, r.metric, String(fmt(r.value)), r.unit ?? '', r.note ?? '']);
const header = ['bench', 'metric', 'value', 'unit', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of table) console.log(line(r));
