import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { answerAll, choice, learner, modules, passModule, quizForm, quizReady, saveProfile, shown, submitAndWait } from './quiz-support';

const [first, second] = modules;
if (!first || !second) throw new Error('the quiz tests need at least two modules');

test.describe('quiz engine', () => {
  test('pass a module: score, verdict, feedback per question, home status; axe clean before and after', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    const form = quizForm(page, first.title);
    await expect(form).toBeVisible();
    // An attempt presents the bank's draw, in bank order or shuffled, never more.
    const qs = await shown(form, first.questions);
    expect(qs).toHaveLength(first.draw);
    await expect(form.getByRole('group')).toHaveCount(first.draw);
    await expectNoAxeViolations(page);
    await saveProfile(page);
    await expect(page.getByText(`You take quizzes as ${learner.name}`)).toBeVisible();
    await answerAll(form, first.questions, () => true);
    const result = await submitAndWait(page, form);
    await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
    await expect(result).toContainText(`Attempt 1: ${qs.length} of ${qs.length} questions right (100 %)`);
    await expect(result).toContainText('signed record is saved');
    for (const q of qs) {
      const group = form.getByRole('group', { name: q.prompt, exact: true });
      await expect(group).toContainText('Right.');
      await expect(group).toContainText(q.explanation);
      await expect(group.getByRole('link', { name: /Read the section/ })).toHaveAttribute('href', `#${q.section}`);
    }
    await expectNoAxeViolations(page);
    await page.goto('./');
    await expect(page.locator(`[data-status-for="${first.id}"]`)).toHaveText(/^Passed on \d{4}-\d{2}-\d{2}/);
    await expect(page.locator(`[data-status-for="${second.id}"]`)).toHaveText('Not started');
  });

  test('fail a module, see what was wrong, try again as attempt 2 and pass', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    await saveProfile(page);
    const form = quizForm(page, first.title);
    const qs = await shown(form, first.questions);
    await answerAll(form, qs, () => false);
    let result = await submitAndWait(page, form);
    await expect(result.getByRole('heading')).toHaveText('Your result: Not passed yet');
    await expect(result).toContainText(`Attempt 1: 0 of ${qs.length}`);
    for (const q of qs) {
      const group = form.getByRole('group', { name: q.prompt, exact: true });
      await expect(group).toContainText('Wrong. The right answer');
      await expect(group.getByRole('link', { name: /Read the section/ })).toHaveAttribute('href', `#${q.section}`);
    }
    // The result at the top lists what to revisit, as links, and does not send the learner to HR.
    await expect(result.getByRole('link', { name: /^Question \d+$/ })).toHaveCount(qs.length);
    // Grouped by the section that teaches them, each section a link to it.
    const taught = [...new Set(qs.map((q) => q.section))];
    await expect(result.getByRole('listitem')).toHaveCount(taught.length);
    const sectionLinks = await Promise.all((await result.getByRole('listitem').all()).map((item) => item.getByRole('link').first().getAttribute('href')));
    expect(sectionLinks.sort()).toEqual(taught.map((s) => `#${s}`).sort());
    await expect(result).toContainText('nothing to send to HR yet');
    await expect(result.getByRole('link', { name: 'View and print your certificate' })).toBeHidden();
    await result.getByRole('link', { name: 'Question 2', exact: true }).click();
    await expect(form.getByRole('group').nth(1).getByRole('link', { name: /Read the section/ })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.goto('./');
    await expect(page.locator(`[data-status-for="${first.id}"]`)).toHaveText('Failed: 1 attempt so far, not passed yet');

    await page.goto(`modules/${first.id}/`);
    await expect(form.getByText('Attempt 2')).toBeVisible();
    for (const q of await shown(form, first.questions)) {
      await expect(form.getByRole('group', { name: q.prompt, exact: true }).locator('input:checked')).toHaveCount(0);
    }
    await answerAll(form, first.questions, () => true);
    result = await submitAndWait(page, form);
    await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
    await expect(result).toContainText('Attempt 2:');

    // After a pass the certificate and the next module come first; another attempt is a choice.
    await expect(result).toContainText('download the file for HR from My records');
    await expect(result.getByRole('link', { name: 'View and print your certificate' })).toHaveAttribute('href', /\/records\/\?certificate=[0-9a-f-]{36}$/);
    await expect(result.getByRole('link', { name: `Next module: ${second.title}` })).toHaveAttribute('href', new RegExp(`/modules/${second.id}/$`));
    await expect(result.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await result.getByRole('button', { name: 'Take the quiz again' }).click();
    await expect(form.getByText('Attempt 3')).toBeVisible();
    await expect(form.locator('input:checked')).toHaveCount(0);
    await expect(form.getByRole('button', { name: 'Submit answers' })).toBeVisible();
  });

  test('a module passed before shows that first, with its certificate; another attempt is a deliberate choice', async ({ page }) => {
    await passModule(page, first);
    await page.goto(`modules/${first.id}/`);
    const done = page.getByRole('region', { name: 'You have passed this module' });
    const today = new Date().toISOString().slice(0, 10);
    await expect(done).toContainText(new RegExp(`Passed on ${today}, valid until \\d{4}-\\d{2}-\\d{2}\\.`));
    const form = quizForm(page, first.title);
    await expect(form).toBeHidden();
    await expectNoAxeViolations(page);
    await done.getByRole('link', { name: 'View and print your certificate' }).click();
    const cert = page.getByRole('region', { name: 'Certificate of completion' });
    await expect(cert).toBeFocused();
    await expect(cert).toContainText(first.title);
    await expect(cert.getByRole('button', { name: 'Print' })).toBeVisible();
    await page.goBack();
    await page.getByRole('button', { name: 'Take the quiz again' }).click();
    await expect(form).toBeVisible();
    await expect(form.getByText('Attempt 2')).toBeVisible();
    await expect(done).toBeHidden();
    await expect(form.getByRole('group').first().getByRole('radio').or(form.getByRole('group').first().getByRole('checkbox')).first()).toBeFocused();
  });

  test('retakes are shuffled, yet answers are recorded in authored order', async ({ page }) => {
    await passModule(page, second);
    const form = quizForm(page, second.title);
    const shownOrder = () => form.getByRole('group').evaluateAll((groups) => groups.map((g) => [...g.querySelectorAll('label')].map((l) => l.textContent?.trim() ?? '').join(' | ')));
    const firstOrder = await shownOrder();
    await page.getByRole('button', { name: 'Take the quiz again' }).click();
    // The retake shows the questions or their options in another order (a new seed per attempt):
    // with this many questions, a reshuffle that leaves every one of them in place cannot happen by chance.
    await expect.poll(shownOrder).not.toEqual(firstOrder);
    // Whatever order the page shows now, choosing the right answers by their text must still pass.
    await answerAll(form, second.questions, () => true);
    const result = await submitAndWait(page, form);
    await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
    const records = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('aga');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const rows = await new Promise<Array<{ jws: { payload: string } }>>((resolve) => {
        const r = db.transaction('records').objectStore('records').getAll();
        r.onsuccess = () => resolve(r.result as Array<{ jws: { payload: string } }>);
      });
      return rows.map((row) => JSON.parse(atob(row.jws.payload.replace(/-/g, '+').replace(/_/g, '/'))) as { answers: Array<{ q: string; selected: number[] }> });
    });
    expect(records).toHaveLength(2);
    // Each record holds the questions its attempt presented, in bank order, each answered right.
    for (const r of records) {
      expect(r.answers).toHaveLength(second.draw);
      const ids = second.questions.map((q) => q.id);
      expect(r.answers.map((a) => ids.indexOf(a.q))).toEqual([...r.answers.map((a) => ids.indexOf(a.q))].sort((a, b) => a - b));
      for (const a of r.answers) expect(a.selected).toEqual(choice(second.questions.find((q) => q.id === a.q)!, true));
    }
  });

  test('questions are numbered among the presented ones, a status counts the answered ones, option rows are 44 px high', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    const form = quizForm(page, first.title);
    const qs = await shown(form, first.questions);
    for (const [i, q] of qs.entries()) {
      await expect(form.getByRole('group', { name: q.prompt, exact: true })).toHaveAccessibleDescription(new RegExp(`^Question ${i + 1} of ${qs.length}\\b`));
    }
    const status = form.getByRole('status').filter({ hasText: 'answered' });
    await expect(status).toHaveText(`0 of ${qs.length} answered`);
    await answerAll(form, [qs[0]!], () => true);
    await expect(status).toHaveText(`1 of ${qs.length} answered`);
    const group = form.getByRole('group', { name: qs[1]!.prompt, exact: true });
    for (const label of await group.locator('label').all()) expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // The whole row answers, not only the box: a click at the row's far right end.
    const row = group.locator('label').first();
    const box = (await row.boundingBox())!;
    // At a position within the row, so Playwright scrolls it into view first (a raw mouse click at
    // page coordinates misses a row below the fold, as a fresh-clone run found).
    await row.click({ position: { x: box.width - 4, y: box.height / 2 } });
    await expect(row.locator('input')).toBeChecked();
    await expect(status).toHaveText(`2 of ${qs.length} answered`);
  });

  test('an incomplete quiz sums up the unanswered questions with a link to each and moves focus to the summary', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    await saveProfile(page);
    const form = quizForm(page, first.title);
    const [answered, ...rest] = await shown(form, first.questions);
    await answerAll(form, [answered!], () => true);
    await form.getByRole('button', { name: 'Submit answers' }).click();
    const alert = form.getByRole('alert');
    await expect(alert).toContainText(`${rest.length} questions unanswered`);
    await expect(alert).toBeFocused();
    // Links by number among the presented questions (the first one was answered), not the prompts' text.
    const links = alert.getByRole('link');
    await expect(links).toHaveText(rest.map((_, i) => `Question ${i + 2}`));
    for (const q of rest) await expect(alert).not.toContainText(q.prompt);
    await links.first().click();
    const firstMissing = form.getByRole('group', { name: rest[0]!.prompt, exact: true });
    await expect(firstMissing.locator('input').first()).toBeFocused();
    await expect(firstMissing).toContainText('Not answered yet.');
  });

  test('submitting before giving details asks for them and keeps the answers', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    const form = quizForm(page, first.title);
    await answerAll(form, first.questions, () => true);
    await form.getByRole('button', { name: 'Submit answers' }).click();
    await expect(form.getByRole('alert')).toContainText('Please enter your details');
    const details = page.getByRole('form', { name: 'Your details' });
    await expect(details.getByLabel('Name', { exact: true })).toBeFocused();
    // Invalid details are refused with a message naming the field.
    await details.getByLabel('Name', { exact: true }).fill(learner.name);
    await details.getByLabel('Work email').fill('not-an-email');
    await details.getByLabel('Employee ID').fill(learner.employeeId);
    await details.getByRole('button', { name: 'Save my details' }).click();
    await expect(details.getByLabel('Work email')).toBeFocused();
    await expect(details).toContainText('Enter a valid work email address');
    await details.getByLabel('Work email').fill(learner.email);
    await details.getByRole('button', { name: 'Save my details' }).click();
    const result = await submitAndWait(page, form);
    await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
  });

  test('answers in progress survive a reload and a closed tab', async ({ page, context }) => {
    await page.goto(`modules/${second.id}/`);
    await saveProfile(page);
    const form = quizForm(page, second.title);
    const [q1, q2] = await shown(form, second.questions);
    await answerAll(form, [q1!], () => true);
    await page.reload();
    const checked = (p: Page, q: typeof q1) => quizForm(p, second.title).getByRole('group', { name: q!.prompt, exact: true }).locator('input:checked');
    await expect(checked(page, q1)).toHaveCount(choice(q1!, true).length);
    await expect(checked(page, q2)).toHaveCount(0);
    await page.close();
    const again = await context.newPage();
    await again.goto('./');
    await expect(again.locator(`[data-status-for="${second.id}"]`)).toHaveText('In progress');
    await again.goto(`modules/${second.id}/`);
    await expect(checked(again, q1)).toHaveCount(choice(q1!, true).length);
    // Every presented question but the one answered before the reload (its answer came back).
    await answerAll(quizForm(again, second.title), second.questions.filter((q) => q.id !== q1!.id), () => true);
    const result = await submitAndWait(again, quizForm(again, second.title));
    await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
    await again.reload();
    await expect(quizForm(again, second.title).locator('input:checked')).toHaveCount(0);
  });

  test('a quiz can be completed with the keyboard alone', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    const name = page.getByRole('form', { name: 'Your details' }).getByLabel('Name', { exact: true });
    await tabUntil(page, async () => name.evaluate((e) => e === document.activeElement));
    await page.keyboard.type(learner.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(learner.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(learner.employeeId);
    await page.keyboard.press('Enter');
    await expect(page.getByText(`You take quizzes as ${learner.name}`)).toBeVisible();
    const form = quizForm(page, first.title);
    for (const q of await shown(form, first.questions)) {
      const group = form.getByRole('group', { name: q.prompt, exact: true });
      await tabUntil(page, async () => group.evaluate((g) => g.contains(document.activeElement)));
      // Options in the order shown; radios move with the arrow keys, checkboxes toggle with Space.
      const shown = await group.locator('input').evaluateAll((inputs) => inputs.map((i) => Number((i as HTMLInputElement).value)));
      const wanted = choice(q, true);
      if (q.type === 'multiple') {
        for (let pos = 0; pos < shown.length; pos++) {
          if (pos > 0) await page.keyboard.press('Tab');
          if (wanted.includes(shown[pos]!)) await page.keyboard.press('Space');
        }
      } else {
        const target = shown.indexOf(wanted[0]!);
        if (target === 0) await page.keyboard.press('Space');
        for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
      }
    }
    const submit = form.getByRole('button', { name: 'Submit answers' });
    await tabUntil(page, async () => submit.evaluate((b) => b === document.activeElement));
    await page.keyboard.press('Enter');
    const result = page.getByRole('region', { name: /Your result/ });
    await expect(result).toBeFocused();
    await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
  });

  test('corrupt stored values are reported in plain words and reset; the page keeps working', async ({ page }) => {
    await page.goto(`modules/${first.id}/`);
    // Set up for its attempt: the quiz writes its progress on the way, which would overwrite the garbage below.
    await quizReady(quizForm(page, first.title));
    // Garbage in localStorage and a row that is not a record in IndexedDB.
    await page.evaluate(async () => {
      localStorage.setItem('aga:progress:v1', '{"placeholder-one": {"seed": "x"');
      localStorage.setItem('aga:profile:v1', '[1, 2, 3]');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('aga');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('records', 'readwrite');
        tx.objectStore('records').put({ recordId: 'garbage', moduleId: 42, jws: 'not a record' });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'About the data stored in this browser' });
    await expect(notice).toContainText('Your saved details (name, work email, employee ID) on this device could not be read, so they were reset');
    await expect(notice).toContainText('Your unfinished quiz answers on this device could not be read, so they were cleared');
    await expect(notice).toContainText('One stored result on this device could not be read. It is kept aside, not deleted');
    const [savedProgress, savedProfile] = await page.evaluate(() => [localStorage.getItem('aga:progress:v1'), localStorage.getItem('aga:profile:v1')]);
    expect(JSON.parse(savedProgress ?? '{}')).toEqual({});
    expect(savedProfile).toBeNull();
    await expectNoAxeViolations(page);
    await saveProfile(page);
    const form = quizForm(page, first.title);
    await answerAll(form, first.questions, () => true);
    const result = await submitAndWait(page, form);
    await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
    await page.reload();
    // The reset values are gone for good; the unreadable row stays aside until the learner removes it.
    const after = page.getByRole('alert').filter({ hasText: 'About the data stored' });
    await expect(after).toContainText('kept aside, not deleted');
    await expect(after).not.toContainText('could not be read, so they were reset');
  });

  test('a database without the expected stores gets them added, with a plain message on the home page', async ({ page }) => {
    // A page without scripts, so no connection of the site's own holds the database open.
    await page.goto('guidelines/');
    // A database named aga at a later version with none of the expected stores: they are added, the rest kept.
    await page.evaluate(async () => {
      await new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('aga');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
      });
      await new Promise<void>((resolve, reject) => {
        const r = indexedDB.open('aga', 7);
        r.onupgradeneeded = () => r.result.createObjectStore('junk');
        r.onsuccess = () => {
          r.result.close();
          resolve();
        };
        r.onerror = () => reject(r.error);
      });
    });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('Part of the storage in this browser was missing and has been added again');
    await expect(page.locator(`[data-status-for="${first.id}"]`)).toHaveText('Not started');
  });
});

/** Tabs forward until `done` (at most 80 stops: the header, "On this page" and the text's links come first). */
async function tabUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await done()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('focus never reached the target with Tab');
}

test.describe('browsers that cannot store or sign', () => {
  test('without IndexedDB the learner is told, still finishes, and exports in the same session', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto(`modules/${first.id}/`);
    await expect(page.getByRole('alert').filter({ hasText: 'About the data stored' })).toContainText('does not let the site keep data');
    await saveProfile(page);
    const form = quizForm(page, first.title);
    await answerAll(form, first.questions, () => true);
    const result = await submitAndWait(page, form);
    await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
    const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Download the file for HR' }).click()]);
    expect(download.suggestedFilename()).toBe(`aga-records-${learner.employeeId}-${new Date().toISOString().slice(0, 10)}.json`);
    const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { records: unknown[] };
    expect(bundle.records).toHaveLength(1);
  });

  test('without WebCrypto the page says why no record was made, and still shows the score', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    });
    await page.goto(`modules/${first.id}/`);
    await saveProfile(page);
    const form = quizForm(page, first.title);
    await answerAll(form, first.questions, () => true);
    const result = await submitAndWait(page, form);
    await expect(result.getByRole('heading')).toHaveText('Your result: Passed');
    await expect(result).toContainText('This page cannot sign your results');
    await expect(result).toContainText('not served over HTTPS');
  });
});
