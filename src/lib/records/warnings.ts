/**
 * What HR is told about each roster finding, in one wording for the HR page and the command line.
 * Findings are warnings, never failures; each says what it means and what to do.
 */
import type { RosterWarning } from './roster';

/** Where a copy came from, as a person reads it: file and 1-based record number. */
function origin(c: { file?: string; index?: number }): string {
  return `${c.file ?? 'a loaded file'}, record ${(c.index ?? 0) + 1}`;
}

/** Names listed in one warning; the rest are counted, so one warning never runs to thousands of ids. */
const MAX_NAMED = 20;
function some(items: readonly string[], show: (item: string) => string = (x) => x): string {
  const named = items.slice(0, MAX_NAMED).map(show).join(', ');
  return items.length > MAX_NAMED ? `${named} and ${(items.length - MAX_NAMED).toLocaleString('en-US')} more` : named;
}
const quoted = (s: string) => JSON.stringify(s);
const FIELD = { employeeId: 'employee ID', name: 'name', email: 'email' } as const;
const ranges = (r: ReadonlyArray<[number, number]>) => r.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');

/**
 * The plain-language text of a finding. `who` turns an employee id into what the reader
 * recognises (the HR page adds the name from the roster); by default the id itself.
 */
export function warningText(w: RosterWarning, who: (employeeId: string) => string = (id) => id): string {
  switch (w.kind) {
    case 'several-keys':
      return `Employee ${who(w.employeeId)} signed records with ${w.kids.length} different keys: ${w.kids.join(', ')}. A new device or browser explains this; ask if it is unexpected.`;
    case 'shared-key':
      return `Key ${w.kid} signed records of ${w.employeeIds.length} employees: ${w.employeeIds.map(who).join(', ')}. One device used by several people, or records copied between people: check with them.`;
    case 'duplicate-record':
      return `Record ${w.recordId} was loaded ${w.count} times as the same signed record; it is counted once.`;
    case 'record-conflict':
      return `CONFLICT: record id ${w.recordId} is used by ${w.copies.length} different records: ${w.copies
        .map((c) => `${origin(c)} (employee ${who(c.employeeId)}, key ${c.kid})`)
        .join('; ')}. Each is kept and shown; a reused record id can be an attempt to hide someone's result, so check with the people named.`;
    case 'hidden-characters':
      return `Employee ${who(w.employeeId)}: the ${FIELD[w.field]} ${quoted(w.value)} holds invisible or control characters (shown as \\u escapes), so it can look like someone else's. Check it with the employee.`;
    case 'shared-email':
      return `The email ${w.email} is used by ${w.employeeIds.length} employee IDs: ${some(w.employeeIds, who)}. One person under several IDs, or a typing mistake: check which ID is right.`;
    case 'differs-from-list':
      return `Employee ${w.employeeId}: the employee list says ${FIELD[w.field]} ${quoted(w.listed)}, the records say ${some(w.recorded, quoted)}. The roster shows the list's; check which is right.`;
    case 'not-on-list':
      return `${w.employeeIds.length.toLocaleString('en-US')} employee ID${w.employeeIds.length === 1 ? ' has' : 's have'} records but ${w.employeeIds.length === 1 ? 'is' : 'are'} not on the employee list: ${some(w.employeeIds)}. A mistyped ID, someone new, or someone who is not an employee.`;
    case 'attempt-numbers': {
      const parts = [
        ...(w.repeated.length > 0 ? [`attempt ${w.repeated.join(', ')} appears more than once`] : []),
        ...(w.missing.length > 0 ? [`attempt ${ranges(w.missing)}${w.moreMissing > 0 ? ` and ${w.moreMissing.toLocaleString('en-US')} more` : ''} ${w.missing.length === 1 && w.missing[0]![0] === w.missing[0]![1] && w.moreMissing === 0 ? 'is' : 'are'} missing`] : []),
      ];
      return `Employee ${who(w.employeeId)}, module ${w.moduleId}, key ${w.kid}: ${parts.join('; ')}. Attempts count up on one device, so records may have been left out or made again; ask for a full export.`;
    }
    case 'keys-in-a-day':
      return `Employee ${who(w.employeeId)} signed records with ${w.kids.length} different keys within one day (${w.from} to ${w.to}): ${w.kids.join(', ')}. Several browsers in a day is unusual: check the records were made by the employee.`;
    case 'site-origin':
      return w.expected !== undefined
        ? `${w.count.toLocaleString('en-US')} record${w.count === 1 ? ' was' : 's were'} signed on ${w.origin}, not on this site (${w.expected}): employees ${some(w.employeeIds, who)}. A copy of the site can give any answers feedback it likes; ask where the training was taken.`
        : `${w.count.toLocaleString('en-US')} record${w.count === 1 ? ' was' : 's were'} signed on ${w.origin}, one of several sites in these files: employees ${some(w.employeeIds, who)}. Records from a copy of the site deserve a question.`;
  }
}
