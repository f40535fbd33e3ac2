/** What the HR page says about keeping the session on this computer. */

export const KEPT_WHERE = "in this browser's storage on this computer (IndexedDB database aga-hr), nowhere else";

export function keptText(files: number, hasList: boolean): string {
  const what = `${files.toLocaleString('en-US')} record file${files === 1 ? '' : 's'}${hasList ? ' and the employee list' : ''}`;
  return `Kept for the next visit: ${what}, ${KEPT_WHERE}. Records are checked again when the page reopens.`;
}

export function notKeptText(why: string): string {
  return `This session could not be kept in this browser (${why}): it is lost when the page closes, so the page asks before closing.`;
}

export function restoredText(savedAt: string): string {
  return `Restored the session kept in this browser on ${savedAt.slice(0, 10)} at ${savedAt.slice(11, 16)} UTC; every record was checked again.`;
}
