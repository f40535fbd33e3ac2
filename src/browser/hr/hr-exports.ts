/** The HR page's exports: the roster as CSV and the valid records as xAPI statements. */
import { hrFileName, rosterSavedText, xapiPlan, xapiSavedText } from '../../lib/hr/export-plan';
import { rosterToCsv, type Roster, type RosterRow, type ValidRecord } from '../../lib/records/roster';
import type { Manifest } from '../../schemas/manifest';
import { downloadText } from '../download';

/** The site's base path with a trailing slash, for absolute module page URLs. */
function basePath(): string {
  const base = import.meta.env.BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

/** Saves the roster CSV of `rows` (what the table shows); returns the status line. */
export function exportRosterCsv(roster: Roster, rows: RosterRow[], filtered: boolean): string {
  const name = hrFileName('roster', new Date(), filtered ? 'filtered' : '');
  downloadText(name, rosterToCsv({ ...roster, rows }), 'text/csv;charset=utf-8');
  return rosterSavedText(rows.length, roster.rows.length, name);
}

/** Saves the xAPI statements of the valid records; returns the status line. */
export async function exportXapi(manifest: Manifest, valid: readonly ValidRecord[]): Promise<string> {
  // The xAPI mapping is only needed here, so it loads on first use.
  const { toXapiStatements } = await import('../../lib/export/xapi');
  // The activity is the module's page, so its name is the module's current title.
  const titles = new Map(manifest.modules.filter((m) => m.current).map((m) => [m.id, m.title]));
  const origin = location.origin;
  const moduleUrl = (id: string) => `${origin}${basePath()}modules/${encodeURIComponent(id)}/`;
  const { payloads, leftOut } = xapiPlan(valid);
  const statements = toXapiStatements(payloads, { homePage: origin, moduleUrl, title: (id) => titles.get(id) });
  downloadText(hrFileName('xapi', new Date()), `${JSON.stringify(statements, null, 2)}\n`, 'application/json');
  return xapiSavedText(statements.length, leftOut);
}
