/** The per-employee detail dialog: every module, record and warning of one person, and a reminder link. */
import { t } from '../../i18n/hr-results';
import type { EmployeeDetail } from '../../lib/hr/detail';
import { visible } from '../../lib/text/visible';
import { el } from './dom';
import type { Ref } from './refs';

function part(title: string, lines: string[], empty: string): HTMLElement[] {
  const ul = el('ul');
  for (const line of lines) ul.append(el('li', undefined, visible(line)));
  return [el('h4', undefined, title), lines.length > 0 ? ul : el('p', 'meta', empty)];
}

/** Opens the dialog for `d`; `mailto` is a reminder link when the person needs one. */
export function showDetail(ref: Ref, d: EmployeeDetail, mailto: { href: string; text: string } | null): void {
  ref('detail-heading').textContent = visible(d.heading);
  const body = ref('detail-body');
  body.replaceChildren(
    ...part(t('employee.about'), d.facts, ''),
    ...part(t('employee.modules'), d.modules, ''),
    ...part(t('employee.records'), d.records, t('employee.records.none')),
    ...part(t('employee.warnings'), d.warnings, t('employee.warnings.none')),
  );
  if (mailto) {
    const p = el('p');
    const a = el('a', undefined, mailto.text);
    a.href = mailto.href;
    p.append(a);
    body.append(p);
  }
  ref<HTMLDialogElement>('detail').showModal();
}
