/** Draws what did not import: whole files, and the records that failed verification. */
import { failureCells, type Failure, type FileProblem } from '../../lib/hr/findings';
import { visible } from '../../lib/text/visible';
import { el } from './dom';
import type { Ref } from './refs';

export function renderFindings(ref: Ref, problems: readonly FileProblem[], failures: readonly Failure[]): void {
  ref('problems-section').hidden = problems.length === 0;
  ref('problems').replaceChildren(
    ...problems.map((p) => {
      const li = el('li');
      li.append(el('strong', 'hr-file', visible(p.file)), `: ${visible(p.message)}`);
      return li;
    }),
  );
  ref('failures-section').hidden = failures.length === 0;
  ref('failures').replaceChildren(
    ...failures.map((f) => {
      const c = failureCells(f);
      const tr = el('tr');
      const code = el('td');
      code.append(el('code', undefined, c.code));
      tr.append(el('td', 'hr-file', visible(c.file)), el('td', undefined, c.position), el('td', undefined, c.reason), code);
      return tr;
    }),
  );
}
