/**
 * Draws the roster's warnings a page at a time (warningsPage): a folder of thousands of exports
 * signed on shared machines gives thousands of them, and a list that long held the page for
 * hundreds of milliseconds while it was laid out, and on every frame after while it was painted.
 */
import type { Roster } from '../../lib/records/roster';
import { warningText } from '../../lib/records/warnings';
import { employeeNamer } from '../../lib/hr/roster-text';
import { warningsPage } from '../../lib/hr/warnings-text';
import { visible } from '../../lib/text/visible';
import { el } from './dom';
import type { Ref } from './refs';

export class WarningsView {
  private roster: Roster | undefined;
  /** How many warnings are drawn. */
  private shown = 0;

  constructor(private readonly ref: Ref) {
    ref('warnings-more').querySelector('button')?.addEventListener('click', () => this.draw());
  }

  /** Shows `roster`'s warnings from the first; the section is hidden when there are none. */
  show(roster: Roster): void {
    this.roster = roster;
    this.shown = 0;
    this.ref('warnings-section').hidden = roster.warnings.length === 0;
    this.draw();
  }

  /** Draws the next page of warnings (the first when none are drawn). */
  private draw(): void {
    const roster = this.roster;
    if (!roster) return;
    const who = employeeNamer(roster.rows);
    const page = warningsPage(roster.warnings.length, this.shown);
    const items = roster.warnings.slice(page.from, page.to).map((w) => el('li', w.kind === 'record-conflict' ? 'hr-conflict' : undefined, visible(warningText(w, who))));
    const list = this.ref('warnings');
    if (page.from === 0) list.replaceChildren(...items);
    else list.append(...items);
    this.shown = page.to;
    const count = this.ref('warnings-count');
    count.textContent = page.count;
    count.hidden = page.count === '';
    const more = this.ref('warnings-more');
    more.hidden = page.more === '';
    const button = more.querySelector('button');
    if (button) button.textContent = page.more;
  }
}
