/**
 * The panel of a module already passed (Quiz.astro's `[data-done]`): "Passed on <date>, valid until
 * <date>" and the link to that pass's certificate. Loaded only when this device holds a pass of
 * the module's current version.
 */
import type { RecordRow } from '../../browser/db';
import { el } from '../../browser/find';
import { certificateHref } from '../records/certificate-link';
import { isoDate, moduleStatus, type ModuleInfo } from '../../lib/quiz/module-status';

/** `template` as text and `<time>` elements (which do not break at their hyphens) for its `{name}` dates. */
function withDates(template: string, dates: Readonly<Record<string, string>>): Array<string | HTMLTimeElement> {
  return template.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (!name || dates[name] === undefined) return part;
    const time = document.createElement('time');
    time.dateTime = dates[name]!;
    time.textContent = isoDate(dates[name]!);
    return time;
  });
}

/** Fills and shows `panel` when the module is passed and still valid; returns whether it did. */
export function showPassed(panel: HTMLElement, rows: readonly RecordRow[], module: ModuleInfo, passedOn: string): boolean {
  const status = moduleStatus(module, rows.map((r) => r.summary), false, new Date());
  if (status.kind !== 'passed') return false;
  el(panel, '[data-done-dates]').replaceChildren(...withDates(passedOn, { date: status.date, due: status.dueDate }));
  const pass = rows.find((r) => r.moduleId === module.id && r.summary.passed && r.summary.completedAt === status.date);
  const link = el<HTMLAnchorElement>(panel, '[data-done-certificate]');
  if (pass) link.href = certificateHref(link.href, pass.recordId);
  link.hidden = !pass;
  panel.hidden = false;
  return true;
}
