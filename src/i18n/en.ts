/**
 * English, the one table of the words the code composes: labels of every vocabulary (statuses,
 * verdicts, platform statuses, exports), verification reasons, roster findings and status sentences.
 * A second language is a copy of this file with the same keys (the type below holds them to it).
 * `{name}` is filled in by `t()`; a key ending in `.one` / `.other` is chosen by `tn()` by count.
 */

export const en = {
  'status.passed': 'Passed',
  'status.passed-older': 'Passed an older version',
  'status.expired': 'Expired',
  'status.failed': 'Failed',
  'status.not-started': 'Not started',
  'status.in-progress': 'In progress',

  'learner.in-progress-attempt': 'In progress (attempt {n})',
  'learner.passed': '{label} on {date}; re-training due {due}',
  'learner.failed.one': '{label}: {n} attempt so far, not passed yet',
  'learner.failed.other': '{label}: {n} attempts so far, not passed yet',
  'learner.expired': '{label}: passed on {date}, re-training was due {due}',
  'learner.passed-older': '{label} ({version}) on {date}; take the new version',
  'learner.path.one': '{passed} of {n} module passed',
  'learner.path.other': '{passed} of {n} modules passed',
  'learner.start': 'Start: {title}',
  'learner.continue': 'Continue: {title}',
  'learner.policy-accepted': 'Accepted on {date}',
  'learner.policy-not-accepted': 'Not accepted yet: read it and accept version {version}',
  'learner.all-passed': 'Every module passed. Download the file for HR from My records.',

  'cell.passed-older': 'version {version} on {date}',
  'cell.expired': 'passed {date}',
  'cell.due': 're-training due {due}',
  'cell.failed.one': '{n} attempt',
  'cell.failed.other': '{n} attempts',
  'cell.not-started': 'no valid record',

  'platform.approved': 'Approved',
  'platform.conditional': 'Conditional',
  'platform.prohibited': 'Prohibited',

  'verdict.allowed': 'Allowed',
  'verdict.conditional': 'Allowed with conditions',
  'verdict.not-allowed': 'Not allowed',

  'export.bundle': 'Download the file for HR',
  'export.records-csv': 'Export CSV',
  'export.roster-csv': 'Export roster CSV',
  'export.xapi': 'Export xAPI',
  'export.lms-csv': 'Export LMS completions CSV',
  'export.about.records-csv': 'One row per record, to open in a spreadsheet for your own overview. HR does not need it: it cannot be checked.',
  'export.about.xapi': 'Statements for a learning record store (xAPI), if your company collects training results in one.',
  'export.item.record.one': '{n} record',
  'export.item.record.other': '{n} records',
  'export.item.employee.one': '{n} employee',
  'export.item.employee.other': '{n} employees',
  'export.item.statement.one': '{n} statement',
  'export.item.statement.other': '{n} statements',
  'export.saved': 'Saved {name} ({items}).',
  'export.left-out': '{records} left out: {why}.',
  'export.left-out.conflict': 'sharing a record id with another record: see the conflict warnings',

  'quiz.unanswered.one': '{n} question unanswered:',
  'quiz.unanswered.other': '{n} questions unanswered:',
  'quiz.question-link': 'Question {n}',
  'quiz.question-number': 'Question {n} of {total}',
  'quiz.answered': '{n} of {total} answered',
} as const;

export type UiKey = keyof typeof en;
/** A translation: every key of the English table, each with its own words. */
export type UiTable = Record<UiKey, string>;
