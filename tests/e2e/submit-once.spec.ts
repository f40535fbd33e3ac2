/** One submission per attempt: a double click or Enter pressed twice signs one record, and the submit button goes away with the result. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerAll, modules, quizForm, saveProfile } from './quiz-support';

const [first] = modules;
if (!first) throw new Error('the submit tests need a module');

/** Opens the first module, saves the details and answers every question right or wrong. */
async function answered(page: Page, right: boolean) {
  await page.goto(`modules/${first!.id}/`);
  await saveProfile(page);
  const form = quizForm(page, first!.title);
  await answerAll(form, first!.questions, () => right);
  return form;
}

function recordCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const r = indexedDB.open('aga');
        r.onsuccess = () => {
          const req = r.result.transaction('records').objectStore('records').count();
          req.onsuccess = () => {
            resolve(req.result);
            r.result.close();
          };
          req.onerror = () => reject(req.error);
        };
        r.onerror = () => reject(r.error);
      }),
  );
}

for (const how of ['double click', 'Enter twice'] as const) {
  test(`${how} on "Submit answers" signs one record`, async ({ page }) => {
    const form = await answered(page, true);
    const submit = form.getByRole('button', { name: 'Submit answers' });
    if (how === 'double click') await submit.dblclick();
    else {
      await submit.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    }
    const result = page.getByRole('region', { name: /Your result/ });
    await expect(result).toBeVisible();
    await expect(result).toContainText('Attempt 1:');
    await expect(submit).toBeHidden();
    expect(await recordCount(page)).toBe(1);
    // After the result, the page still holds one record once everything settled.
    await page.reload();
    await expect(page.getByRole('region', { name: 'You have passed this module' })).toBeVisible();
    expect(await recordCount(page)).toBe(1);
  });
}

test('a failed attempt does not tell the learner to send the file to HR', async ({ page }) => {
  const form = await answered(page, false);
  await form.getByRole('button', { name: 'Submit answers' }).click();
  const result = page.getByRole('region', { name: /Your result/ });
  await expect(result.getByRole('heading')).toHaveText('Your result: Not passed yet');
  await expect(result).not.toContainText('send the file to HR');
  await expect(result).toContainText('nothing to send to HR yet');
});

test('a manifest that is not one is refused by name, and nothing is signed', async ({ page }) => {
  await page.route('**/records/manifest.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ v: 1, build: 'x', modules: [{ id: 42 }] }) }));
  const form = await answered(page, true);
  await form.getByRole('button', { name: 'Submit answers' }).click();
  const result = page.getByRole('region', { name: /Your result/ });
  await expect(result).toContainText('the list of published modules is not a valid manifest (modules[0].id:');
  expect(await recordCount(page)).toBe(0);
});
