/**
 * What each figure of `npm run bench` is compared with: the previous run on this machine
 * (`bench/out/last.json`, not committed) and the figures the performance issue stated before its
 * work, with its targets (`bench/reference.json`, committed, so a fresh clone shows what each target
 * replaced). Rows are matched by `key`, a stable name that survives rewording of the metric.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One figure as kept between runs. */
export interface KeptFigure {
  value: number | string;
  unit?: string;
  /** ISO time of the run. */
  at: string;
}

/** A figure the issue stated, and the target that replaces it. */
export interface ReferenceFigure {
  /** What the figure is, in the words. */
  what: string;
  /** The figure before the work, when the issue states one. */
  before?: number;
  unit: string;
  /** The target, and which way is better. */
  target?: { value: number; better: 'higher' | 'lower' };
  /** Where the figure comes from. */
  source: string;
}

export const LAST_RUN = 'bench/out/last.json';
export const REFERENCE = 'bench/reference.json';

function readJson<T>(file: string, fallback: T): T {
  if (!existsSync(file)) return fallback;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    process.stderr.write(`${file} is not JSON (${(error as Error).message}); ignoring it\n`);
    return fallback;
  }
}

export const readLastRun = (file = LAST_RUN) => readJson<Record<string, KeptFigure>>(file, {});
export const readReference = (file = REFERENCE) => readJson<Record<string, ReferenceFigure>>(file, {});

/** Keeps this run's figures beside those of benches not run this time (a filtered run keeps the rest). */
export function writeLastRun(rows: ReadonlyArray<{ key: string; value: number | string; unit?: string }>, file = LAST_RUN, at = new Date().toISOString()): void {
  const kept = readLastRun(file);
  for (const r of rows) kept[r.key] = { value: r.value, ...(r.unit ? { unit: r.unit } : {}), at };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`);
}

/** "met", "missed" or "" for a figure against its target. */
export function verdict(value: number | string, ref: ReferenceFigure | undefined): string {
  if (!ref?.target || typeof value !== 'number') return '';
  const ok = ref.target.better === 'higher' ? value >= ref.target.value : value <= ref.target.value;
  return ok ? 'met' : 'missed';
}
