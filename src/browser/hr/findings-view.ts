/**
 * Draws what did not import: whole files, notes on files with more than is read or listed, and the
 * records that failed verification a page at a time (a junk file must not lay out thousands of rows
 * in one task, or spread them into one call).
 */
import { tn } from '../../i18n/hr-results';
import { failureCells } from '../../lib/hr/findings';
import { nextPage } from '../../lib/records/limits';
import { visible } from '../../lib/text/visible';
import { el } from './dom';
import type { Ref } from './refs';
import type { ImportSession } from './session';

function fileItems(list: HTMLElement, items: ReadonlyArray<{ file: string; message: string }>): void {
  const body = document.createDocumentFragment();
  for (const p of items) {
    const li = el('li');
    li.append(el('strong', 'hr-file', visible(p.file)), `: ${visible(p.message)}`);
    body.append(li);
  }
  list.replaceChildren(body);
}

/** Draws the findings; `shown` failures are already drawn (0 draws from the top). Returns how many are drawn now. */
export function renderFindings(ref: Ref, session: Pick<ImportSession, 'problems' | 'failures' | 'notes'>, shown = 0): number {
  const { problems, failures, notes } = session;
  ref('problems-section').hidden = problems.length === 0;
  fileItems(ref('problems'), problems);
  ref('failures-section').hidden = failures.length === 0 && notes.length === 0;
  fileItems(ref('failure-notes'), notes);
  const page = nextPage(failures.length, shown);
  const body = document.createDocumentFragment();
  for (const f of failures.slice(page.from, page.to)) {
    const c = failureCells(f);
    const tr = el('tr');
    const code = el('td');
    code.append(el('code', undefined, c.code));
    tr.append(el('td', 'hr-file', visible(c.file)), el('td', undefined, c.position), el('td', undefined, visible(c.reason)), code);
    body.append(tr);
  }
  if (shown === 0) ref('failures').replaceChildren(body);
  else ref('failures').append(body);
  ref('failures-count').textContent = page.text;
  const more = ref('failures-more');
  more.hidden = page.more === 0;
  const button = more.querySelector('button');
  if (button) button.textContent = tn('failures.more', page.more);
  return page.to;
}
