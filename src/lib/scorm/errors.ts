/** SCORM 1.2 error codes (the run-time environment's `LMSGetLastError`) in plain words. */
export const SCORM_ERRORS: Readonly<Record<string, string>> = {
  '101': 'something went wrong inside the learning system',
  '201': 'the learning system did not understand the request',
  '202': 'that entry has no parts',
  '203': 'that entry is not a list',
  '301': 'the learning system has not started this session',
  '401': 'the learning system does not support this',
  '402': 'that entry cannot be set to this value',
  '403': 'that entry can only be read',
  '404': 'that entry can only be written',
  '405': 'the value has the wrong form for that entry',
};

/** One refusal by the LMS: which call, on what, the error code and its plain words. */
export interface LmsProblem {
  call: string;
  element?: string;
  code: string;
  /** Plain words for the code (ours), then what the LMS says about it when it says anything. */
  text: string;
}

/** A problem as one sentence for the learner. */
export function problemText(p: LmsProblem): string {
  const what = p.element ? `${p.call} of ${p.element}` : p.call;
  return `The learning system refused ${what}: ${p.text} (SCORM error ${p.code}).`;
}

/** Plain words for a code, with the LMS's own description and diagnostic appended when it gives them. */
export function describeCode(code: string, lmsText: string, diagnostic: string): string {
  const ours = SCORM_ERRORS[code] ?? 'the learning system reported an error';
  const extra = [lmsText, diagnostic].map((s) => s.trim()).filter((s, i, all) => s !== '' && all.indexOf(s) === i && s.toLowerCase() !== ours);
  return extra.length > 0 ? `${ours}; it says: ${extra.join(' / ')}` : ours;
}
