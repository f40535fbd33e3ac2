/**
 * The learner's storage keeps what it can read and never deletes what it cannot: rows that are not
 * records are set aside and offered as a file, a database with a missing store or at a later
 * version (a rolled-back release) is opened as it is, and one browser profile has one device key
 * even when submits race.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerAll, modules, passModule, quizForm, saveProfile } from './quiz-support';

const [first, second] = modules;
if (!first || !second) throw new Error('the storage tests need at least two modules');

/** Runs `change` in an upgrade of the `aga` database to `version` (from a page whose own scripts do not hold it open). */
async function upgradeDb(page: Page, version: number, change: 'drop-meta' | 'none'): Promise<void> {
  await page.goto('guidelines/');
  await page.evaluate(
    ([v, what]) =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('aga', v);
        r.onupgradeneeded = () => {
          if (what === 'drop-meta') r.result.deleteObjectStore('meta');
        };
        r.onsuccess = () => {
          r.result.close();
          resolve();
        };
        r.onerror = () => reject(r.error);
      }),
    [version, change] as const,
  );
}

/** The keys of one store of `aga`, read in the page. */
function storeKeys(page: Page, store: string): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const r = indexedDB.open('aga');
        r.onsuccess = () => {
          const req = r.result.transaction(name).objectStore(name).getAllKeys();
          req.onsuccess = () => {
            resolve(req.result.map(String));
            r.result.close();
          };
          req.onerror = () => reject(req.error);
        };
        r.onerror = () => reject(r.error);
      }),
    store,
  );
}

const statusOf = (page: Page, id: string) => page.locator(`[data-status-for="${id}"]`);

test.describe('storage that cannot be fully read', () => {
  test('a row that is not a record is set aside, offered as a file, and removed only when asked', async ({ page }) => {
    await passModule(page, first);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.open('aga');
          r.onsuccess = () => {
            const tx = r.result.transaction('records', 'readwrite');
            tx.objectStore('records').put({ recordId: 'garbage', moduleId: 42, jws: 'not a record' });
            tx.oncomplete = () => {
              r.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.goto('./');
    const notice = page.getByRole('alert').filter({ hasText: 'About the data stored in this browser' });
    await expect(notice).toContainText('One stored result on this device could not be read. It is kept aside, not deleted');
    await expect(statusOf(page, first.id)).toHaveText(/^Passed on /);
    await page.reload();
    await expect(notice).toContainText('kept aside, not deleted');
    expect(await storeKeys(page, 'records')).toContain('garbage');

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download them as a file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^aga-unreadable-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = JSON.parse(await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))) as { entries: unknown[] };
    expect(saved.entries).toEqual([{ recordId: 'garbage', moduleId: 42, jws: 'not a record' }]);

    await notice.getByRole('button', { name: 'Remove them from this browser' }).click();
    await expect(notice).toBeHidden();
    const keys = await storeKeys(page, 'records');
    expect(keys).not.toContain('garbage');
    expect(keys).toHaveLength(1);
  });

  test('a database missing a store gets it back, keeping every record and the key', async ({ page }) => {
    await passModule(page, first);
    const before = await storeKeys(page, 'keys');
    await upgradeDb(page, 5, 'drop-meta');
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('Part of the storage in this browser was missing and has been added again. Everything that was stored is kept.');
    await expect(statusOf(page, first.id)).toHaveText(/^Passed on /);
    expect(await storeKeys(page, 'keys')).toEqual(before);
  });

  test('a database left at a later version by a newer release opens as it is', async ({ page }) => {
    await passModule(page, first);
    await upgradeDb(page, 9, 'none');
    await page.goto('./');
    await expect(statusOf(page, first.id)).toHaveText(/^Passed on /);
    await expect(page.getByRole('alert').filter({ hasText: 'About the data stored' })).toBeHidden();
    // The next result is signed with the same key and stored beside the first.
    await passModule(page, second);
    expect(await storeKeys(page, 'records')).toHaveLength(2);
    expect(await storeKeys(page, 'keys')).toEqual(['device']);
  });
});

test('submits racing in three tabs make one device key', async ({ page, context }) => {
  await page.goto(`modules/${first.id}/`);
  await saveProfile(page);
  const tabs = [page, await context.newPage(), await context.newPage()];
  for (const tab of tabs) {
    await tab.goto(`modules/${first.id}/`);
    await answerAll(quizForm(tab, first.title), first.questions, () => true);
  }
  await Promise.all(tabs.map((tab) => quizForm(tab, first.title).getByRole('button', { name: 'Submit answers' }).click()));
  for (const tab of tabs) await expect(tab.getByRole('region', { name: /Your result/ })).toBeVisible();
  expect(await storeKeys(page, 'keys')).toEqual(['device']);
  expect(await storeKeys(page, 'records')).toHaveLength(3);
  const kids = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const r = indexedDB.open('aga');
        r.onsuccess = () => {
          const req = r.result.transaction('records').objectStore('records').getAll();
          req.onsuccess = () => {
            const rows = req.result as Array<{ jws: { protected: string } }>;
            resolve(rows.map((row) => (JSON.parse(atob(row.jws.protected.replace(/-/g, '+').replace(/_/g, '/'))) as { kid: string }).kid));
            r.result.close();
          };
          req.onerror = () => reject(req.error);
        };
        r.onerror = () => reject(r.error);
      }),
  );
  expect(new Set(kids).size, `kids: ${kids.join(', ')}`).toBe(1);
});
