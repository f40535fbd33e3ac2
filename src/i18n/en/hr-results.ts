/**
 * The words of what the HR page shows once records are loaded and that only its lazily loaded
 * results code uses (src/lib/hr/lookup.ts, reminders.ts): kept apart from the hr table, which the
 * page's first load carries.
 */
export const hrResults = {
  'lookup.empty': 'Enter the record ID or key thumbprint printed on the certificate, an employee ID or a name.',
  'lookup.by.record-id': 'with this record ID',
  'lookup.by.key': 'signed with this key',
  'lookup.by.employee-id': 'of this employee ID',
  'lookup.by.name': 'of employees with this name',
  'lookup.line': '{name} ({id}, {email}): {title}, version {version}, {verdict} with {correct} of {total} on {date}. Record {recordId}, key {kid}, from {file}, record {n}.',
  'lookup.verdict.passed': 'passed',
  'lookup.verdict.failed': 'failed',
  'lookup.none': "No loaded record has the code {code}. Load the employee's record file first, and check the code was copied in full.",
  'lookup.valid.one': '{n} valid record {by}:',
  'lookup.valid.other': '{n} valid records {by}:',
  'lookup.failed.one': '{n} record with this record ID failed verification and must not be trusted:',
  'lookup.failed.other': '{n} records with this record ID failed verification and must not be trusted:',
  'reminder.since.overdue': 'due since',
  'reminder.since.due-soon': 'due on',
  'reminder.since.failed': 'last attempt',
  'reminder.module-since': '{title} ({since} {date})',
  'reminder.subject.overdue': 'Your AI-use training is overdue',
  'reminder.subject.due-soon': 'Your AI-use training is due soon',
  'reminder.subject.failed': 'Please retake your AI-use training',
  'reminder.subject.not-started': 'Please take your AI-use training',
  'reminder.hello': 'Hello {name},',
  'reminder.needs': '{label}: {modules}.',
  'reminder.where': 'The training is at {url}',
  'reminder.thanks': 'Thank you.',
} as const;
