/**
 * What HR is told about each roster finding, in one wording for the HR page and the command line.
 * Findings are warnings, never failures; each says what it means and what to do.
 */
import type { RosterWarning } from './roster';

/** Where a copy came from, as a person reads it: file and 1-based record number. */
function origin(c: { file?: string; index?: number }): string {
  return `${c.file ?? 'a loaded file'}, record ${(c.index ?? 0) + 1}`;
}

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
  }
}
