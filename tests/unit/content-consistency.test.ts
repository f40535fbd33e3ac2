/**
 * Issue 13: what can be checked mechanically about consistency and about quizzes a skimmer could pass.
 * Figures are printed (diagnostic) and held by ceilings that may only go down as banks are rewritten.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readContent } from '../../src/build/content';

const set = readContent('content');
const banks = set.modules.map((m) => ({ id: m.id, questions: m.quiz.questions }));
const RATIONALE = /\b(because|since|so that|so nobody)\b/i;

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
  it('right options are not the rationalised or longer ones (ceilings only go down)', () => {
    const figures = { wrongRationalised: `${share(wrong)}/${wrong.length}`, rightRationalised: `${share(right)}/${right.length}`, lengthRatio: +(avg(right) / avg(wrong)).toFixed(2) };
    console.log('option balance', JSON.stringify(figures));
    assert.ok(share(wrong) / wrong.length <= 0.38, `wrong options with a rationale: ${figures.wrongRationalised}`);
    assert.ok(avg(right) / avg(wrong) <= 1.6, `right/wrong average length ratio ${figures.lengthRatio}`);
  });
  it('true/false answers and right-answer positions (ceilings only go down)', () => {
    const tf = banks.flatMap((b) => b.questions.filter((q) => q.type === 'true-false'));
    const falses = tf.filter((q) => q.options.find((o) => o.correct)?.text.toLowerCase().startsWith('false')).length;
    console.log('true/false', `${falses} false of ${tf.length}`);
    assert.ok(falses <= 11, `${falses} of ${tf.length} true/false items are False`);
    for (const b of banks) {
      const singles = b.questions.filter((q) => q.type === 'single');
      const counts = new Map<number, number>();
      for (const q of singles) { const i = q.options.findIndex((o) => o.correct); counts.set(i, (counts.get(i) ?? 0) + 1); }
      console.log('positions', b.id, JSON.stringify([...counts]));
      assert.ok(Math.max(...counts.values()) / singles.length <= 0.75, `${b.id}: right answer concentrated in one position`);
    }
  });
});
