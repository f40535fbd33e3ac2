import type { ZodError, ZodIssue } from 'zod';

/** Renders a zod issue path as `questions[3].options`, or `(top level)` when empty. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
}

function describeReceived(issue: ZodIssue): string {
  if ('received' in issue && issue.received !== undefined) return `; received ${JSON.stringify(issue.received)}`;
  return '';
}

/** One plain-language sentence for a zod issue: what was expected. */
export function describeIssue(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined'
        ? `is required (expected ${issue.expected})`
        : `expected ${issue.expected}, received ${issue.received}`;
    case 'invalid_enum_value':
      return `expected one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}${describeReceived(issue)}`;
    case 'invalid_literal':
      return `expected ${JSON.stringify(issue.expected)}${describeReceived(issue)}`;
    case 'unrecognized_keys':
      return `has unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small':
      return issue.type === 'array'
        ? `expected at least ${issue.minimum} item(s)`
        : issue.type === 'string'
          ? `expected at least ${issue.minimum} character(s)`
          : `expected a value of at least ${issue.minimum}`;
    case 'too_big':
      return issue.type === 'array'
        ? `expected at most ${issue.maximum} item(s)`
        : issue.type === 'string'
          ? `expected at most ${issue.maximum} character(s)`
          : `expected a value of at most ${issue.maximum}`;
    case 'invalid_string':
      return issue.message && issue.message !== 'Invalid' ? `expected ${issue.message}` : `expected a valid ${String(issue.validation)}`;
    case 'invalid_date':
      return 'expected a date such as 2026-01-31';
    default:
      return issue.message;
  }
}

/**
 * Turns a ZodError into lines that name the file and each field, with what was expected.
 * `label` usually is the file path; `describeItem` may add context for a path (e.g. a platform id).
 */
export function formatZodError(label: string, error: ZodError, describeItem?: (path: ReadonlyArray<string | number>) => string | undefined): string[] {
  return error.issues.map((issue) => {
    const extra = describeItem?.(issue.path);
    return `${label}: field ${formatPath(issue.path)}${extra ? ` (${extra})` : ''} ${describeIssue(issue)}`;
  });
}
