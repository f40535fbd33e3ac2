/** A registry date as `YYYY-MM-DD` (the registry stores dates, shown without a time zone shift). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
