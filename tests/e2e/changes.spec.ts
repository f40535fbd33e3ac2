/**
 * Issue 13: a learner who passed an older version of a module whose content changed sees what
 * changed (the changelog entries since) and is asked to take the new version; a pass of the
 * current version, and a module never passed, show nothing of the kind.
 */
import type { Page } from '@playwright/test';
import { readChangelog } from '../../src/build/changelog';
import { readContent } from '../../src/build/content';
import { compareVersions } from '../../src/lib/quiz/changes';
import { expect, expectNoAxeViolations, test } from './fixtures';

const content = readContent();
const changelog = readChangelog(content);
const locked = (id: string) => (content.lock?.modules[id] ?? []).map((v) => v.version).sort(compareVersions);
// Modules with at least two locked versions before the current one, so "passed the first" spans several entries.
const changed = content.modules.filter((m) => locked(m.id).length >= 3);
const [older, oldest, current] = [changed[0]!, changed[1]!, changed[2]!];
const untouched = content.modules.find((m) => locked(m.id).length === 1)!;

/** Stores passed records as imports, the way the home page reads them (unverified summaries). */
async function storePasses(page: Page, passes: Array<{ moduleId: string; version: string }>): Promise<void> {
  await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('aga');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const b64 = (v: unknown) => btoa(JSON.stringify(v)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      list.forEach((p, i) => {
        const recordId = `00000000-0000-4000-8000-00000000000${i}`;
        const payload = {
          recordId, module: { id: p.moduleId, version: p.version }, learner: { employeeId: 'E1815', name: 'Ada Lovelace' },
          attempt: { n: 1, completedAt: new Date(Date.now() - 86_400_000).toISOString() },
          score: { correct: 12, total: 12, passed: true, passMarkPercent: 80 },
        };
        tx.objectStore('records').put({ recordId, moduleId: p.moduleId, source: 'import', jws: { protected: b64({ alg: 'ES256' }), payload: b64(payload), signature: 'x' } });
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, passes);
}

const card = (page: Page, title: string) => page.getByRole('list', { name: 'Training path' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const changes = (page: Page, title: string) => card(page, title).getByRole('region', { name: `What changed in “${title}” since the version you passed` });

test.describe('changed modules on the home page', () => {
  test('a pass of an older version shows the entries since and asks for the new version; nothing else does', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const [first, second] = locked(older.id);
    await storePasses(page, [
      { moduleId: older.id, version: second! },
      { moduleId: oldest.id, version: locked(oldest.id)[0]! },
      { moduleId: current.id, version: current.frontmatter.version },
      { moduleId: untouched.id, version: untouched.frontmatter.version },
    ]);
    await page.reload();

    // Passed the version before the current one: that version's successor only.
    await expect(card(page, older.frontmatter.title).locator('[data-status-for]')).toHaveText(new RegExp(`^Passed an older version \\(${second!.replace(/\./g, '\\.')}\\)`));
    const box = changes(page, older.frontmatter.title);
    await expect(box).toBeVisible();
    const entry = (v: string) => changelog.get(older.id)!.find((e) => e.version === v)!.text;
    await expect(box.getByRole('listitem')).toHaveText([`Version ${older.frontmatter.version}: ${entry(older.frontmatter.version)}`]);
    await expect(box).not.toContainText(`Version ${first}:`);
    await expect(box.getByRole('link', { name: `Take version ${older.frontmatter.version} of “${older.frontmatter.title}”` })).toBeVisible();

    // Passed the first version: every entry since, newest first.
    const since = locked(oldest.id).slice(1).reverse();
    await expect(changes(page, oldest.frontmatter.title).getByRole('listitem')).toHaveText(since.map((v) => new RegExp(`^Version ${v.replace(/\./g, '\\.')}:`)));

    // The current version passed, a module never changed, a module not started: no changes shown.
    for (const m of [current, untouched, ...content.modules.filter((x) => ![older, oldest, current, untouched].includes(x))]) {
      await expect(card(page, m.frontmatter.title).locator('[data-status-for]')).not.toHaveText(/Status shows here/);
      await expect(changes(page, m.frontmatter.title)).toHaveCount(0);
    }

    await expectNoAxeViolations(page, 'home page with a changed module (light)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'home page with a changed module (dark)');
    await page.setViewportSize({ width: 360, height: 800 });
    await expect(box).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
