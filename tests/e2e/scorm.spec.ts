/**
 * A built SCORM 1.2 package under a real peer: scorm-again's Scorm12API as the LMS (the runtime
 * real LMSs embed), the zip extracted under a random path, the course in an iframe.
 */
import { readFileSync } from 'node:fs';
import { test, expect, type FrameLocator, type Page } from '@playwright/test';
import { verifyRecord } from '../../src/lib/records/verify';
import { manifestSchema } from '../../src/schemas/manifest';
import { expectNoAxeViolations, test as siteTest } from './fixtures';
import { answerAll, modules, quizForm, shown } from './quiz-support';
import { startTestLms, type TestLms } from '../support/scorm-lms';

const m = modules[0]!;
const student = { core: { student_id: 'E2001', student_name: 'Hopper, Grace' } };
let lms: TestLms;

test.beforeAll(async () => {
  lms = await startTestLms(`dist/packages/scorm12/${m.id}.zip`);
});
test.afterAll(async () => lms.close());

type Cmi = Record<string, unknown>;
/** Opens the LMS page and launches the course with what the LMS holds for the learner. */
async function launch(page: Page, mode: 'ok' | 'init-false', cmi: Cmi | null): Promise<FrameLocator> {
  await page.goto(`${lms.origin}/lms/`);
  await page.evaluate(([url, mode, cmi]) => (window as unknown as { launch: (...a: unknown[]) => void }).launch(url, mode, cmi), [`${lms.packagePath}index.html`, mode, cmi] as const);
  const frame = page.frameLocator('iframe[title="Course"]');
  await expect(frame.getByRole('heading', { level: 1, name: m.title })).toBeVisible();
  return frame;
}
const lmsValue = (page: Page, element: string) => page.evaluate((e) => (window as unknown as { API: { getCMIValue: (e: string) => string } }).API.getCMIValue(e), element);
const lmsData = (page: Page) => page.evaluate(() => (window as unknown as { API: { renderCMIToJSONObject: () => Cmi } }).API.renderCMIToJSONObject());
const lmsStatus = (frame: FrameLocator) => frame.locator('[data-lms="status"]');

async function submit(frame: FrameLocator, right: boolean) {
  const form = quizForm(frame as unknown as Page, m.title);
  await answerAll(form, m.questions, () => right);
  await form.getByRole('button', { name: 'Submit answers' }).click();
  await expect(frame.getByRole('heading', { name: /Your result/ })).toHaveText(`Your result: ${right ? 'Passed' : 'Not passed yet'}`);
}

test('fails then passes under scorm-again: status, score, the LMS learner, a signed record, nothing outside the package', async ({ page }) => {
  // Two full attempts, a download and axe inside a frame: on a busy machine this outlasts the default minute.
  test.slow();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  const frame = await launch(page, 'ok', student);
  await expect(lmsStatus(frame)).toHaveText(/Connected to your learning system as Grace Hopper \(ID E2001\)/);
  await expect(frame.getByRole('form', { name: 'Your details' })).toBeHidden();
  expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');

  await submit(frame, false);
  await expect(lmsStatus(frame)).toHaveText(/reported to your learning system: not passed, 0 %/);
  expect([await lmsValue(page, 'cmi.core.lesson_status'), await lmsValue(page, 'cmi.core.score.raw'), await lmsValue(page, 'cmi.core.score.max')]).toEqual(['failed', '0', '100']);
  // cmi.core.exit is write-only for the SCO; the LMS's own data shows it.
  expect(((await lmsData(page)) as { cmi: { core: { exit: string } } }).cmi.core.exit).toBe('suspend');

  await frame.getByRole('button', { name: 'Try again' }).click();
  await submit(frame, true);
  await expect(lmsStatus(frame)).toHaveText(/reported to your learning system: passed, 100 %/);
  expect([await lmsValue(page, 'cmi.core.lesson_status'), await lmsValue(page, 'cmi.core.score.raw'), await lmsValue(page, 'cmi.core.student_id')]).toEqual(['passed', '100', 'E2001']);
  expect(((await lmsData(page)) as { cmi: { core: { session_time: string } } }).cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect(await page.evaluate(() => (window as unknown as { API: { isTerminated: () => boolean } }).API.isTerminated()), 'LMSFinish after the pass').toBe(true);

  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download signed record' }).click()]);
  const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { records: unknown[] };
  const manifest = manifestSchema.parse(JSON.parse(readFileSync('dist/records/manifest.json', 'utf8')));
  const results = await Promise.all(bundle.records.map((r) => verifyRecord(r, manifest)));
  expect(results.map((r) => (r.ok ? [r.payload.learner.employeeId, r.payload.learner.name, r.payload.score.passed] : r.reason))).toEqual([
    ['E2001', 'Grace Hopper', false],
    ['E2001', 'Grace Hopper', true],
  ]);

  await expectNoAxeViolations(page, 'the package inside the test LMS');
  const outside = lms.requests.filter((p) => !p.startsWith('/lms/') && !p.startsWith(lms.packagePath));
  expect(outside, 'requests outside the package path').toEqual([]);
  expect(errors).toEqual([]);
});

test('answers in progress live in cmi.suspend_data and come back on relaunch in another browser', async ({ page, browser }) => {
  const frame = await launch(page, 'ok', student);
  const form = quizForm(frame as unknown as Page, m.title);
  // Two of the questions this attempt presents (a draw from the bank).
  const firstTwo = (await shown(form, m.questions)).slice(0, 2);
  await answerAll(form, firstTwo, () => true);
  await expect.poll(() => lmsValue(page, 'cmi.suspend_data')).toContain(`"v":"${m.version}"`);
  const held = await lmsData(page);
  const suspend = await lmsValue(page, 'cmi.suspend_data');
  expect(suspend.length).toBeLessThanOrEqual(4096);

  const other = await browser.newContext();
  const again = await launch(await other.newPage(), 'ok', held);
  for (const q of firstTwo) {
    const group = quizForm(again as unknown as Page, m.title).getByRole('group', { name: q.prompt, exact: true });
    await expect(group.locator('input:checked')).toHaveCount(q.type === 'multiple' ? q.options.filter((o) => o.correct).length : 1);
  }
  await other.close();
});

test('a full suspend_data that is not ours: said, the quiz starts fresh, and our answers replace it', async ({ page }) => {
  const frame = await launch(page, 'ok', { ...student, suspend_data: 'x'.repeat(4096) });
  await expect(lmsStatus(frame)).toHaveText(/saved answers this quiz cannot read, so the quiz starts fresh/);
  await expect(quizForm(frame as unknown as Page, m.title).locator('input:checked')).toHaveCount(0);
  const form = quizForm(frame as unknown as Page, m.title);
  // One of the questions this attempt presents (a draw from the bank, so not always the bank's first).
  await answerAll(form, (await shown(form, m.questions)).slice(0, 1), () => true);
  await expect.poll(() => lmsValue(page, 'cmi.suspend_data')).toMatch(/^\{"v":/);
});

test('LMSInitialize answering false: the refusal in plain words, and the page works as the site does', async ({ page }) => {
  const frame = await launch(page, 'init-false', student);
  await expect(frame.getByRole('alert')).toHaveText(/The learning system refused LMSInitialize: something went wrong inside the learning system.*\(SCORM error 101\)/);
  await expect(lmsStatus(frame)).toHaveText(/did not start this course\. Your result will not reach the learning system/);
  await expect(frame.getByRole('form', { name: 'Your details' })).toBeVisible();
});

test('opened without an LMS: says so, and the page works as the site does', async ({ page }) => {
  await page.goto(`${lms.origin}${lms.packagePath}index.html`);
  await expect(page.locator('[data-lms="status"]')).toHaveText(/not connected to a learning system: no SCORM API was found/);
  await expect(page.getByRole('form', { name: 'Your details' })).toBeVisible();
  await expectNoAxeViolations(page, 'the package without an LMS');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'the package without an LMS, dark');
});

for (const each of modules) {
  test(`the package of ${each.id}, uploaded as built, reports a pass with its score`, async ({ page }) => {
    const own = await startTestLms(`dist/packages/scorm12/${each.id}.zip`);
    try {
      await page.goto(`${own.origin}/lms/`);
      await page.evaluate(([url, cmi]) => (window as unknown as { launch: (...a: unknown[]) => void }).launch(url, 'ok', cmi), [`${own.packagePath}index.html`, student] as const);
      const frame = page.frameLocator('iframe[title="Course"]');
      const form = quizForm(frame as unknown as Page, each.title);
      await answerAll(form, each.questions, () => true);
      await form.getByRole('button', { name: 'Submit answers' }).click();
      await expect(lmsStatus(frame)).toHaveText(/reported to your learning system: passed, 100 %/);
      expect(await page.evaluate(() => (window as unknown as { API: { getCMIValue: (e: string) => string } }).API.getCMIValue('cmi.core.lesson_status'))).toBe('passed');
      expect(own.requests.filter((p) => !p.startsWith('/lms/') && !p.startsWith(own.packagePath))).toEqual([]);
    } finally {
      await own.close();
    }
  });
}

siteTest('Course packages: the HR page leads there, one download per module that is the built zip', async ({ page }) => {
  await page.goto('hr/');
  await page.getByRole('link', { name: 'Course packages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Course packages for your learning system');
  for (const each of modules) {
    const link = page.getByRole('link', { name: new RegExp(`^${each.id}\\.zip`) });
    const res = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(res.status(), each.id).toBe(200);
    expect(Buffer.from(await res.body()).equals(readFileSync(`dist/packages/scorm12/${each.id}.zip`)), `${each.id}.zip is the built one`).toBe(true);
  }
  await expect(page.getByRole('heading', { name: 'Which systems accept SCORM 1.2' })).toBeVisible();
});
