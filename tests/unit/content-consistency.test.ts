/**
 * Issue 13: what can be checked mechanically about consistency and about quizzes a skimmer could pass.
 * Figures are printed (diagnostic); the bounds hold every bank to options that read alike, True and
 * False both ways, right answers spread over the positions and multiple-answer items of varied shape.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readContent } from '../../src/build/content';
import type { QuizQuestion } from '../../src/schemas/quiz';

const set = readContent('content');
const banks = set.modules.map((m) => ({ id: m.id, questions: m.quiz.questions }));
const RATIONALE = /\b(because|since|so that|so nobody)\b/i;
/** How much more often wrong options may carry a rationale than right ones (a share, 0-1). */
const MAX_RATIONALE_GAP = 0.03;
/** Bounds of a bank's average right-option length over its average wrong-option length. */
const LENGTH_RATIO = [0.75, 1.25] as const;
/** Most a bank's True answers may outnumber its False ones, or the other way round. */
const MAX_TF_IMBALANCE = 2;
/** Largest share of a bank's single-answer questions whose right option sits at one position. */
const MAX_POSITION_SHARE = 0.4;

/** A run of `n` or more words that occurs twice in one text ("as with X, as with X"). */
function repeatedRun(text: string, n = 4): string | undefined {
  const w = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const seen = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(' ');
    if (seen.has(run)) return run;
    seen.add(run);
  }
  return undefined;
}

const options = banks.flatMap((b) => b.questions.flatMap((q) => q.options.map((o) => ({ bank: b.id, q, o }))));
const right = options.filter((x) => x.o.correct);
const wrong = options.filter((x) => !x.o.correct);
const share = (xs: typeof options) => xs.filter((x) => RATIONALE.test(x.o.text)).length;
const avg = (xs: typeof options) => xs.reduce((s, x) => s + x.o.text.length, 0) / xs.length;
/** The texts of a question's right (or wrong) options. */
const texts = (q: QuizQuestion, correct: boolean) => q.options.filter((o) => o.correct === correct).map((o) => o.text);
/** How many questions have their (first) right option at each 0-based position. */
function positionCounts(qs: readonly QuizQuestion[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const q of qs) { const i = q.options.findIndex((o) => o.correct); counts.set(i, (counts.get(i) ?? 0) + 1); }
  return counts;
}

describe('content consistency (issue 13)', () => {
  it('the duplicate-run helper finds a repeated phrase and passes a clean one', () => {
    assert.equal(repeatedRun('as with your own chat history, as with your own chat history'), 'as with your own');
    assert.equal(repeatedRun('Decline and request an assessment.'), undefined);
  });
  it('no option, prompt or explanation repeats a phrase of four words or more', () => {
    for (const b of banks) for (const q of b.questions) {
      for (const t of [q.prompt, ...q.options.map((o) => o.text)]) assert.equal(repeatedRun(t, 5), undefined, `${b.id}/${q.id}: "${t}"`);
    }
  });
  it('every platform page a module or quiz links to is in the registry', () => {
    const ids = new Set(set.platforms.map((p) => p.id));
    for (const m of set.modules) {
      for (const [, id] of readFileSync(m.file, 'utf8').matchAll(/guidelines\/platforms\/([a-z0-9-]+)/g)) assert.ok(ids.has(id!), `${m.id} links unknown platform ${id}`);
    }
  });
  it('a condition a module quotes as the registry\'s exists in the registry', () => {
    const conditions = set.platforms.flatMap((p) => [...p.conditions, ...p.excludes.map((e) => e.what)]);
    for (const m of set.modules) {
      const text = readFileSync(m.file, 'utf8');
      for (const [, quoted] of text.matchAll(/conditions in the registry[^.]*?\("([^"]+)"\)/g)) {
        assert.ok(conditions.some((c) => c.startsWith(quoted!)), `${m.id} quotes "${quoted}", which no registry entry has`);
      }
    }
  });
  it('sentences the review found contradicting the registry stay gone', () => {
    const all = set.modules.map((m) => readFileSync(m.file, 'utf8')).join('\n') + banks.map((b) => JSON.stringify(b)).join('\n');
    for (const bad of [/registry lists no such tool/i, /None is in the registry/, /confidential at least/i, /quarter to a third/i, /into an external tool\. *$/m, /Two court cases/]) {
      assert.doesNotMatch(all, bad);
    }
  });
  it('right and wrong options carry a rationale ("because", "since", ...) about equally often', () => {
    const figures = { wrongRationalised: `${share(wrong)}/${wrong.length}`, rightRationalised: `${share(right)}/${right.length}` };
    console.log('option balance', JSON.stringify(figures));
    assert.ok(share(wrong) / wrong.length <= share(right) / right.length + MAX_RATIONALE_GAP, `wrong options with a rationale: ${figures.wrongRationalised}, right ones: ${figures.rightRationalised}`);
  });
  it('the policy text links to the registry and the data classes instead of repeating them', () => {
    const policy = readFileSync('content/policy/policy.mdx', 'utf8');
    for (const page of ['/guidelines/platforms/', '/guidelines/data-classes/']) assert.ok(policy.includes(`link('${page}')`), `policy.mdx does not link to ${page}`);
    const named = set.platforms.filter((p) => policy.includes(p.name)).map((p) => p.id);
    assert.deepEqual(named, [], 'policy.mdx names registry entries; link to the registry instead');
    const words = policy.split(/\s+/).length;
    assert.ok(words <= 900, `policy.mdx has ${words} words; keep the binding text short`);
  });
  it('true/false items are about as often True as False over all banks', () => {
    const tf = banks.flatMap((b) => b.questions.filter((q) => q.type === 'true-false'));
    const falses = tf.filter((q) => q.options[1]!.correct).length;
    console.log('true/false', `${falses} False of ${tf.length}`);
    assert.ok(falses >= tf.length * 0.4 && falses <= tf.length * 0.6, `${falses} of ${tf.length} true/false items are False`);
  });
  for (const b of banks) {
    describe(`bank ${b.id}`, () => {
      const mine = options.filter((x) => x.bank === b.id);
      const choice = b.questions.filter((q) => q.type !== 'true-false');
      it('right options are about as long as wrong ones, and not the shortest either', () => {
        const ratio = avg(mine.filter((x) => x.o.correct)) / avg(mine.filter((x) => !x.o.correct));
        assert.ok(ratio >= LENGTH_RATIO[0] && ratio <= LENGTH_RATIO[1], `${b.id}: right/wrong average length ratio ${ratio.toFixed(2)}`);
        const shortest = choice.filter((q) => Math.min(...texts(q, true).map((t) => t.length)) < Math.min(...texts(q, false).map((t) => t.length))).map((q) => q.id);
        assert.ok(shortest.length * 2 <= choice.length, `${b.id}: the right option is the shortest in ${shortest.length} of ${choice.length} (${shortest.join(', ')})`);
      });
      it('true/false answers are balanced', () => {
        const tf = b.questions.filter((q) => q.type === 'true-false');
        const trues = tf.filter((q) => q.options[0]!.correct).length;
        assert.ok(tf.length >= 2 && Math.abs(trues - (tf.length - trues)) <= MAX_TF_IMBALANCE, `${b.id}: ${trues} True and ${tf.length - trues} False`);
      });
      it('right answers of single-answer questions are spread over the positions', () => {
        const counts = positionCounts(b.questions.filter((q) => q.type === 'single'));
        const singles = [...counts.values()].reduce((a, n) => a + n, 0);
        console.log('positions', b.id, JSON.stringify([...counts]));
        assert.ok(counts.size >= 3, `${b.id}: right answers only at positions ${[...counts.keys()].join(', ')}`);
        assert.ok(Math.max(...counts.values()) <= singles * MAX_POSITION_SHARE, `${b.id}: right answer concentrated in one position ${JSON.stringify([...counts])}`);
      });
      it('multiple-answer questions have wrong options, and not always the same number of them', () => {
        const wrongCounts = b.questions.filter((q) => q.type === 'multiple').map((q) => texts(q, false).length);
        assert.ok(wrongCounts.length >= 2, `${b.id}: ${wrongCounts.length} multiple-answer questions`);
        assert.ok(wrongCounts.every((n) => n >= 1), `${b.id}: a multiple-answer question with no wrong option`);
        assert.ok(new Set(wrongCounts).size >= 2, `${b.id}: every multiple-answer question has ${wrongCounts[0]} wrong option(s)`);
      });
    });
  }
});
