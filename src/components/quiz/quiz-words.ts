/**
 * The quiz's own words, rendered by Quiz.astro from src/i18n/en.ts into `data-words`, so the
 * element's script does not import the whole i18n table (the module page's JS budget).
 */
export interface QuizWords {
  unansweredOne: string;
  unansweredOther: string;
  questionLink: string;
  questionNumber: string;
  answered: string;
  attempt: string;
  signing: string;
  signFailed: string;
  saveFailed: string;
  passedOn: string;
}

/** `template` with each `{name}` replaced by `vars[name]`. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (vars[name] === undefined ? all : String(vars[name])));
}
