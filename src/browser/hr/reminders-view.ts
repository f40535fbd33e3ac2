/** The roster's reminder buttons: copy the addresses, or save the reminder CSV, of those the roster shows. */
import { tn } from '../../i18n/hr-results';
import { ATTENTION_LABEL, type Attention } from '../../lib/hr/attention';
import { remindersFileName, remindersText } from '../../lib/hr/export-plan';
import { emailList, reminders, remindersToCsv } from '../../lib/hr/reminders';
import type { Roster, RosterRow } from '../../lib/records/roster';
import { downloadText } from '../download';
import type { Ref } from './refs';

export interface ReminderSource {
  roster(): Roster | undefined;
  rows(): RosterRow[];
  dueSoonDays(): number;
}

export function wireReminders(ref: Ref, source: ReminderSource): void {
  const kindSelect = ref<HTMLSelectElement>('remind-kind');
  const say = (text: string) => (ref('remind-status').textContent = text);
  const list = () => {
    const roster = source.roster();
    const kind = kindSelect.value as Attention;
    return { kind, list: roster ? reminders(roster, source.rows(), kind, new Date(), source.dueSoonDays()) : [] };
  };
  ref('remind-csv').addEventListener('click', () => {
    const { kind, list: people } = list();
    if (people.length === 0) {
      say(remindersText('saved', 0, ATTENTION_LABEL[kind]));
      return;
    }
    const name = remindersFileName(kind, new Date());
    downloadText(name, remindersToCsv(people, kind), 'text/csv;charset=utf-8');
    say(remindersText('saved', people.length, ATTENTION_LABEL[kind], name));
  });
  ref('remind-copy').addEventListener('click', () => {
    const { kind, list: people } = list();
    if (people.length === 0) {
      say(remindersText('copied', 0, ATTENTION_LABEL[kind]));
      return;
    }
    const addresses = emailList(people);
    // The addresses are also shown, selected, for browsers that refuse the clipboard.
    const box = ref<HTMLTextAreaElement>('remind-addresses');
    box.value = addresses;
    box.hidden = false;
    box.select();
    const refused = () => say(tn('remind.refused', people.length));
    if (!navigator.clipboard) refused();
    else navigator.clipboard.writeText(addresses).then(() => say(remindersText('copied', people.length, ATTENTION_LABEL[kind])), refused);
  });
}
