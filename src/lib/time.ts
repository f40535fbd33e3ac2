/**
 * `iso` plus `months` calendar months, in UTC: the day of the month is kept, or clamped to the last
 * day of a shorter month (31 January + 1 month = 28 or 29 February). The time of day is kept.
 * One function for every re-training due date, so the learner's home page and HR's roster agree.
 */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  return out.toISOString();
}
