/**
 * The panel of a module already passed (Quiz.astro's `[data-done]`): "Passed on <date>, valid until
 * <date>" and the link to that pass's certificate. Loaded only when this device holds a pass of
 * the module's current version.
 */
import type { RecordRow } from '../../browser/db';
import { el } from '../../browser/find';
import { isoDate, moduleStatus, type ModuleInfo } from '../../lib/quiz/module-status';
import { fill } from './quiz-words';

/** Fills and shows `panel` when the module is passed and still valid; returns whether it did. */
export function showPassed(panel: HTMLElement, rows: readonly RecordRow[], module: ModuleInfo, passedOn: string): boolean {
  const status = moduleStatus(module, rows.map((r) => r.summary), false, new Date());
  if (status.kind !== 'passed') return false;
  el(panel, '[data-done-dates]').textContent = fill(passedOn, { date: isoDate(status.date), due: isoDate(status.dueDate) });
  const pass = rows.find((r) => r.moduleId === module.id && r.summary.passed && r.summary.completedAt === status.date);
  const link = el<HTMLAnchorElement>(panel, '[data-done-certificate]');
  if (pass) link.href = `${link.href.replace(/\?.*$/, '')}?certificate=${encodeURIComponent(pass.recordId)}`;
  link.hidden = !pass;
  panel.hidden = false;
  return true;
}
