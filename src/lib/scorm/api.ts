/**
 * Finding the SCORM 1.2 API the LMS offers to a launched SCO. Pure: works on anything shaped like
 * a window, so the search is unit-tested without a browser.
 */

/** The SCORM 1.2 run-time API (`window.API`) as the LMS provides it; every result is a string. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** What the search needs of a window. */
export interface ApiWindow {
  API?: unknown;
  parent?: ApiWindow | null;
  opener?: ApiWindow | null;
}

/** ADL's API wrapper gives up after 7 parents; so do we, so a broken frame chain cannot loop. */
export const MAX_PARENT_HOPS = 7;

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] as const;

function asApi(value: unknown): Scorm12Api | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const api = value as Record<string, unknown>;
  return METHODS.every((m) => typeof api[m] === 'function') ? (value as Scorm12Api) : undefined;
}

/** `win.API` or undefined; a window of another origin throws on access, which counts as no API there. */
function apiOn(win: ApiWindow): Scorm12Api | undefined {
  try {
    return asApi(win.API);
  } catch {
    return undefined;
  }
}

function parentOf(win: ApiWindow): ApiWindow | undefined {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

/** The API on `win` or one of its parents, at most MAX_PARENT_HOPS up (ADL's `findAPI`). */
function findInChain(win: ApiWindow): Scorm12Api | undefined {
  let current: ApiWindow | undefined = win;
  for (let hops = 0; current && hops <= MAX_PARENT_HOPS; hops++) {
    const api = apiOn(current);
    if (api) return api;
    current = parentOf(current);
  }
  return undefined;
}

/**
 * The SCORM 1.2 API as the standard's wrapper looks for it: this window and its parents, then the
 * window that opened this one and its parents. Undefined when there is none (or only something
 * called API that lacks the LMS* functions).
 */
export function findScormApi(win: ApiWindow): Scorm12Api | undefined {
  const found = findInChain(win);
  if (found) return found;
  let opener: ApiWindow | null | undefined;
  try {
    opener = win.opener;
  } catch {
    opener = undefined;
  }
  return opener ? findInChain(opener) : undefined;
}
