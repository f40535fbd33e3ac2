/** The certificate lookup form: the pure lookup decides, this draws it. */
import { lookup } from '../../lib/hr/lookup';
import type { Failure } from '../../lib/hr/findings';
import type { ValidRecord } from '../../lib/records/roster';
import { el } from './dom';
import type { Ref } from './refs';

export interface LookupSource {
  valid(): readonly ValidRecord[];
  failures(): readonly Failure[];
  titles(): ReadonlyMap<string, string>;
}

function list(lines: string[]): HTMLUListElement {
  const ul = el('ul');
  for (const line of lines) ul.append(el('li', undefined, line));
  return ul;
}

export function wireLookup(ref: Ref, source: LookupSource): void {
  ref('lookup-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const out = ref('lookup-result');
    const result = lookup(ref<HTMLInputElement>('lookup-code').value, source.valid(), source.failures(), source.titles());
    if (result.kind !== 'found') {
      out.replaceChildren(el('p', undefined, result.text));
      return;
    }
    out.replaceChildren();
    if (result.valid) out.append(el('p', 'notice notice--ok', result.valid.heading), list(result.valid.lines));
    if (result.failed) out.append(el('p', 'notice notice--bad', result.failed.heading), list(result.failed.lines));
  });
}
