/**
 * Issue 3's content checks: the rules every module, quiz bank and registry entry must meet.
 * They iterate over whatever modules exist, so new modules are held to the same bar.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { checkLock, headingSlugs, readContent, type ModuleSource } from '../../src/build/content';
import { splitFrontmatter } from '../../src/build/read';
import type { QuizQuestion } from '../../src/schemas/quiz';

const CONTENT = 'content';
const MIN_WORDS = 1600;
const MIN_QUESTIONS = 16;
const MIN_SCENARIOS = 6;
/** Questions each attempt presents, drawn from the bank (issue 13). */
const DRAW = { min: 10, max: 12 } as const;

/** The MDX body of a module: everything after the frontmatter. */
function bodyOf(m: ModuleSource): string {
  const parts = splitFrontmatter(readFileSync(m.file, 'utf8'));
  assert.ok(parts, `${m.file}: no frontmatter`);
  return parts.body;
}

/** Words of prose in an MDX body: without import/export lines, code fences and component tags. */
function proseWords(body: string): number {
  const prose = body
    .replace(/^(?:```|~~~)[\s\S]*?^(?:```|~~~)\s*$/gm, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<[A-Z][\w.]*[^>]*\/>/g, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A scenario puts the learner in a situation: the prompt addresses them ("You are ...",
 * "... what do you do?") and is long enough to describe one.
 */
function isScenario(prompt: string): boolean {
  return /\byou(?:r)?\b/i.test(prompt) && prompt.split(/\s+/).length >= 12;
}

/** True when a right option is strictly longer than every wrong option (a give-away). */
function correctIsLongest(q: QuizQuestion): boolean {
  const right = Math.max(...q.options.filter((o) => o.correct).map((o) => o.text.length));
  const wrong = Math.max(...q.options.filter((o) => !o.correct).map((o) => o.text.length));
  return right > wrong;
}

/** Root-relative links in an MDX body, which would ignore Astro's base when served from a sub-path. */
function rootRelativeLinks(body: string): string[] {
  return [...body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
}

const set = readContent(CONTENT);

describe('the check helpers catch what they are meant to catch', () => {
  it('counts prose words, not code, imports or components', () => {
    assert.equal(proseWords("import { X } from 'y';\n\n## Two words\n\n```ts\nconst a = 1;\n```\n<X only=\"a\" />\nthree more words\n"), 5);
  });
  it('tells a scenario from a bare fact question', () => {
    assert.equal(isScenario('You are on call and a production trace shows a customer email. What do you do?'), true);
    assert.equal(isScenario('Which data class are credentials?'), false);
  });
  it('spots a right option that is the longest', () => {
    const q = (right: string, wrong: string): QuizQuestion => ({
      id: 'q', type: 'single', prompt: 'p', explanation: 'e', section: 's',
      options: [{ text: right, correct: true }, { text: wrong, correct: false }],
    });
    assert.equal(correctIsLongest(q('a long right answer', 'short')), true);
    assert.equal(correctIsLongest(q('short', 'a long wrong answer')), false);
  });
  it('finds root-relative links', () => {
    assert.deepEqual(rootRelativeLinks('See [the registry](/guidelines/platforms/) and <a href="/x/">x</a>, not [ext](https://e.org).'), ['/guidelines/platforms/', '/x/']);
  });
});

describe('modules and quiz banks', () => {
  it('exist, and every module has a quiz bank and every quiz bank a module', () => {
    const ids = (dir: string, ext: string) => readdirSync(join(CONTENT, dir)).filter((f) => f.endsWith(ext)).map((f) => basename(f, ext)).sort();
    const modules = ids('modules', '.mdx');
    assert.ok(modules.length >= 1, 'no modules');
    assert.deepEqual(ids('quizzes', '.yaml'), modules);
    assert.deepEqual(set.modules.map((m) => m.id).sort(), modules);
  });

  it('have unique ids and unique positions on the training path', () => {
    const ids = set.modules.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
    const orders = set.modules.map((m) => m.frontmatter.order);
    assert.equal(new Set(orders).size, orders.length);
  });

  it('are all in the lock, unchanged since they were locked', () => {
    assert.deepEqual(checkLock(set), []);
  });

  for (const m of set.modules) {
    describe(`module ${m.id}`, () => {
      const body = bodyOf(m);
      const slugs = headingSlugs(body);
      const words = proseWords(body);

      it(`has at least ${MIN_WORDS} words of body text`, () => {
        assert.ok(words >= MIN_WORDS, `${m.file}: ${words} words`);
      });

      it('states its reading time honestly (about 200 words a minute, plus the quiz)', () => {
        const reading = Math.round(words / 200);
        assert.ok(m.frontmatter.minutes >= reading && m.frontmatter.minutes <= reading + 20, `${m.file}: ${m.frontmatter.minutes} minutes for ${words} words`);
      });

      it('has learning objectives, a "Key takeaways" and a "Sources" section', () => {
        assert.ok(m.frontmatter.objectives.length >= 2, `${m.file}: objectives`);
        assert.ok(slugs.includes('key-takeaways'), `${m.file}: no "Key takeaways" heading`);
        assert.ok(slugs.includes('sources'), `${m.file}: no "Sources" heading`);
      });

      it('links inside the site only through url(), so links respect the base', () => {
        assert.deepEqual(rootRelativeLinks(body), [], `${m.file}: use <a href={...(url('/path/'))}> instead`);
      });

      it('has a quiz bank whose every section is a heading of the module', () => {
        const missing = m.quiz.questions.filter((q) => !slugs.includes(q.section)).map((q) => `${q.id} -> ${q.section}`);
        assert.deepEqual(missing, [], `${m.quizFile}: sections that are not headings of ${m.file}`);
      });

      it(`has at least ${MIN_QUESTIONS} questions with unique ids, ${MIN_SCENARIOS} of them scenarios`, () => {
        const qs = m.quiz.questions;
        assert.ok(qs.length >= MIN_QUESTIONS, `${m.quizFile}: ${qs.length} questions`);
        assert.equal(new Set(qs.map((q) => q.id)).size, qs.length, `${m.quizFile}: duplicate question id`);
        const scenarios = qs.filter((q) => isScenario(q.prompt)).length;
        assert.ok(scenarios >= MIN_SCENARIOS, `${m.quizFile}: ${scenarios} scenario prompts`);
      });

      it(`draws ${DRAW.min} to ${DRAW.max} questions per attempt from a larger bank`, () => {
        const draw = m.quiz.draw;
        assert.ok(draw !== undefined && draw >= DRAW.min && draw <= DRAW.max, `${m.quizFile}: draw ${String(draw)}`);
        assert.ok(draw < m.quiz.questions.length, `${m.quizFile}: draw ${draw} presents the whole bank of ${m.quiz.questions.length}; a retake could not prefer unseen questions`);
      });

      it('mixes question types and gives specific explanations', () => {
        const types = new Set(m.quiz.questions.map((q) => q.type));
        assert.ok(types.size >= 2, `${m.quizFile}: only ${[...types].join()} questions`);
        for (const q of m.quiz.questions) assert.ok(q.explanation.split(/\s+/).length >= 12, `${m.quizFile}: explanation of ${q.id} is too short to be specific`);
      });

      it('does not give the answer away by length or position', () => {
        const choice = m.quiz.questions.filter((q) => q.type !== 'true-false');
        const longest = choice.filter(correctIsLongest).map((q) => q.id);
        assert.ok(longest.length * 2 <= choice.length, `${m.quizFile}: the right option is the longest in ${longest.length} of ${choice.length} questions (${longest.join(', ')})`);
        const positions = new Set(m.quiz.questions.filter((q) => q.type === 'single').map((q) => q.options.findIndex((o) => o.correct)));
        assert.ok(positions.size >= 2, `${m.quizFile}: the right option of every single-answer question is at the same position`);
      });
    });
  }
});

describe('the platform registry', () => {
  it('has unique ids', () => {
    const ids = set.platforms.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('names only existing data classes, and none for prohibited platforms', () => {
    const classes = new Set<string>(set.dataClasses.map((c) => c.id));
    for (const p of set.platforms) {
      if (p.status === 'prohibited') assert.equal(p.maxDataClass, undefined, p.id);
      else assert.ok(p.maxDataClass !== undefined && classes.has(p.maxDataClass), `${p.id}: maxDataClass ${String(p.maxDataClass)}`);
    }
  });

  it('teaches every status, and keeps one platform for restricted data', () => {
    assert.deepEqual(new Set(set.platforms.map((p) => p.status)), new Set(['approved', 'conditional', 'prohibited']));
    assert.ok(set.platforms.some((p) => p.maxDataClass === 'restricted'));
    assert.ok(set.platforms.length >= 12, `${set.platforms.length} platforms`);
  });
});
