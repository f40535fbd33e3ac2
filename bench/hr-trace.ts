/**
 * What the HR page's long main-thread tasks are made of, not a benchmark (run.ts does not pick it
 * up): imports generated records once with a Chromium trace running and prints, per task over
 * 50 ms, the time of its events by name (script entry points with their function, style, layout,
 * garbage collection, message deserialisation) and, from a CPU profile, the functions that ran
 * most inside long tasks. Needs a built site (`npm run build`).
 * Usage: npx tsx bench/hr-trace.ts [records=18000] [files=records/2.5, 1 for one export file];
 * the trace is written to bench/out/hr-trace.json, the main thread's CPU profile to bench/out/hr-main.cpuprofile.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium';
import { portOf, serveStatic } from '../tests/support/static-server';
import { siteManifest } from '../tests/fixtures/hr/make-hr-fixtures';
import { bundle, writeBenchRecords } from './fixtures-records';
import { importOnce } from './hr-import.bench';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; id?: string; args?: { name?: string; data?: Record<string, unknown> } }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }

const LONG_US = 50_000;
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

/** A label for an event: script entry points say which function and file, events which type. */
function labelOf(e: TraceEvent): string {
  const d = e.args?.data;
  if (!d) return e.name;
  if (e.name === 'FunctionCall') return `FunctionCall ${String(d['functionName'] || '(anonymous)')} ${String(d['url'] ?? '').split('/').pop()}:${String(d['lineNumber'] ?? '')}`;
  if (e.name === 'EventDispatch') return `EventDispatch ${String(d['type'])}`;
  return e.name;
}

/** Self time per function (CPU profile samples) between `from` and `to`, in µs. */
function selfTimes(profile: Profile, from: number, to: number): Map<string, number> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from || t >= to) return;
    const f = nodes.get(id)!.callFrame;
    const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  return self;
}

const ms = (us: number) => `${(us / 1000).toFixed(1).padStart(7)} ms`;
const top = (by: Map<string, number>, n: number) => [...by].sort((a, b) => b[1] - a[1]).slice(0, n);

/**
 * What the verifying workers spend their time on: self time by function from the trace's own
 * sampling profiler (ProfileChunk events), over every DedicatedWorker thread together.
 */
function workerReport(events: TraceEvent[]): void {
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
  const profiles = new Map(events.filter((e) => e.name === 'Profile').map((e) => [`${e.pid}:${e.id}`, `${e.pid}:${e.tid}`]));
  const frames = new Map<string, string>();
  const self = new Map<string, number>();
  let total = 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const thread = profiles.get(`${e.pid}:${e.id}`);
    if (!thread || !names.get(thread)?.startsWith('DedicatedWorker')) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    for (const n of data?.cpuProfile?.nodes ?? []) frames.set(`${thread}:${n.id}`, `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber}`);
    (data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      const k = frames.get(`${thread}:${id}`) ?? '?';
      const dt = data?.timeDeltas?.[i] ?? 0;
      total += dt;
      self.set(k, (self.get(k) ?? 0) + dt);
    });
  }
  console.log(`worker threads, self time by function (of ${ms(total)} sampled):`);
  for (const [k, us] of top(self, 30)) console.log(`  ${ms(us)}  ${k}`);
}

function report(events: TraceEvent[], profile: Profile | undefined): void {
  workerReport(events);
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const main = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  // Tasks nest (a RunTask inside ThreadControllerImpl::RunTask): count the outer one only.
  const taskName = main.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const tasks = main.filter((e) => e.name === taskName && (e.dur ?? 0) > LONG_US).sort((a, b) => a.ts - b.ts);
  const start = tasks[0]?.ts ?? 0;
  // The whole import, not only its long tasks: what the main thread takes from the workers' cores.
  const at = (name: string) => events.find((e) => e.name === name)?.ts;
  const windows: Array<[string, string, string]> = [
    ['the files chosen', 'the overview', 'aga-hr-import-start'],
    ['the last file verified', 'the overview', 'aga-hr-verified'],
  ];
  for (const [fromText, toText, mark] of windows) {
    const from = at(mark);
    const to = at('aga-hr-overview');
    if (!profile || from === undefined || to === undefined) continue;
    const whole = selfTimes(profile, from, to);
    const busy = [...whole].filter(([k]) => !k.startsWith('(idle)')).reduce((sum, [, us]) => sum + us, 0);
    console.log(`main thread from ${fromText} to ${toText} (${ms(to - from)}): ${ms(busy)} busy, self time by function:`);
    for (const [k, us] of top(whole, 20)) console.log(`  ${ms(us)}  ${k}`);
  }
  console.log(`${tasks.length} main-thread tasks over ${LONG_US / 1000} ms`);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = main.filter((e) => e !== task && e.tid === task.tid && e.pid === task.pid && e.ts >= task.ts && e.ts < end && !e.name.startsWith('V8.GC_'));
    const by = new Map<string, number>();
    for (const e of inside) by.set(labelOf(e), (by.get(labelOf(e)) ?? 0) + (e.dur ?? 0));
    console.log(`  at ${((task.ts - start) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(1)} ms`);
    for (const [k, us] of top(by, 8)) console.log(`    ${ms(us)}  ${k}`);
    if (profile) for (const [k, us] of top(selfTimes(profile, task.ts, end), 8)) console.log(`      self ${ms(us)}  ${k}`);
  }
}

const count = Number(process.argv[2] ?? 18_000);
const fileCount = Number(process.argv[3] ?? Math.round(count / 2.5));
const dir = mkdtempSync(join(tmpdir(), 'aga-hr-trace-'));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const server = await serveStatic({ dir: 'dist', port: 0 });
try {
  let files = await writeBenchRecords(join(dir, 'many'), siteManifest(), count, { keys: 50, employees: Math.round(count / 2.5), ...(fileCount === Math.round(count / 2.5) ? {} : { files: fileCount }) });
  if (fileCount === 1) {
    const single = join(dir, 'all.json');
    writeFileSync(single, bundle(files.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { records: unknown[] }).records)));
    files = [single];
  }
  const page = await browser.newPage();
  const url = `http://localhost:${portOf(server)}/hr/`;
  await importOnce(page, url, files.slice(0, 20));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const result = await importOnce(page, url, files, async () => {
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReturnAsStream' });
    await cdp.send('Profiler.start');
  });
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const text = await readStream(cdp, await done);
  // Kept for a second look (bench/out is not committed): the trace opens in Chromium's Performance panel.
  mkdirSync(join('bench', 'out'), { recursive: true });
  writeFileSync(join('bench', 'out', 'hr-trace.json'), text);
  // The main thread's CPU profile on its own, for the Performance panel or a script.
  writeFileSync(join('bench', 'out', 'hr-main.cpuprofile'), JSON.stringify(profile));
  const trace = JSON.parse(text) as { traceEvents: TraceEvent[] };
  console.log(`${count} records in ${files.length} files: overview ${Math.round(result.overviewMs)} ms, roster ${Math.round(result.ms)} ms, longest task ${Math.round(result.longestTaskMs)} ms (traced, so slower)`);
  // Where the page's elements are: a section drawing thousands of them is what style and layout pay for.
  console.log('elements per section:', await page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('[data-hr$="section"]')].map((s) => [s.getAttribute('data-hr'), s.querySelectorAll('*').length]))));
  report(trace.traceEvents, profile as Profile);
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
