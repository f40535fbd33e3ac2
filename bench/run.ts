/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or only those whose name contains an argument)
 * and prints one table. Each bench file default-exports an async function returning rows.
 * Figures are printed, never asserted: speed belongs in benchmarks, not in tests. Each figure is
 * printed beside the previous run's (bench/out/last.json) and, for the performance targets, the
 * figure the issue stated before and the target (bench/reference.json); see bench/history.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LAST_RUN, REFERENCE, readLastRun, readReference, verdict, writeLastRun } from './history';

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
  /** Stable name matched against the previous run and bench/reference.json; default "<bench>: <metric>". */
  key?: string;
}
export type Bench = () => Promise<BenchRow[]>;

const filter = process.argv.slice(2);
const dir = 'bench';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();

const rows: Array<BenchRow & { bench: string; key: string }> = [];
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`running ${name}...\n`);
  const started = performance.now();
  const mod = (await import(pathToFileURL(join(process.cwd(), dir, file)).href)) as { default: Bench };
  for (const row of await mod.default()) rows.push({ bench: name, ...row, key: row.key ?? `${name}: ${row.metric}` });
  process.stderr.write(`  ${name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

const fmt = (v: number | string) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 2 })) : v);
const last = readLastRun();
const reference = readReference();
const table = rows.map((r) => {
  const ref = reference[r.key];
  const previous = last[r.key];
  const target = ref?.target ? `${ref.target.better === 'higher' ? '>=' : '<='} ${fmt(ref.target.value)} ${verdict(r.value, ref)}` : '';
  return [r.bench, r.metric, String(fmt(r.value)), r.unit ?? '', previous ? String(fmt(previous.value)) : '', ref?.before !== undefined ? String(fmt(ref.before)) : '', target, r.note ?? ''];
});
const header = ['bench', 'metric', 'value', 'unit', 'previous', 'before', 'target', 'note'];
const numeric = new Set([2, 4, 5]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of table) console.log(line(r));
console.log(`\nprevious: the last run here (${LAST_RUN}); before and target: ${REFERENCE} (issue 17's figures).`);
for (const r of rows) {
  const ref = reference[r.key];
  if (!ref?.target || typeof r.value !== 'number') continue;
  const by = Math.abs(r.value - ref.target.value);
  const before = ref.before === undefined ? '' : `, before ${fmt(ref.before)}`;
  console.log(`target ${r.key}: ${fmt(r.value)} ${ref.unit} against ${ref.target.better === 'higher' ? '>=' : '<='} ${fmt(ref.target.value)}${before}: ${verdict(r.value, ref)} by ${fmt(Math.round(by * 10) / 10)} ${ref.unit}`);
}
for (const [key, ref] of Object.entries(reference)) if (ref.target && !rows.some((r) => r.key === key) && filter.length === 0) console.log(`not measured this run: ${key} (${ref.what})`);
writeLastRun(rows);
