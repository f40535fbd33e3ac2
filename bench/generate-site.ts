/**
 * Generates a content folder with N modules (about 1,300 words and 10 questions each) on the real
 * policy data, locked, so the build's growth with size can be measured.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent, updatedLock } from '../src/build/content';

const WORDS = 'review prompt data class registry platform secret rotate incident model output licence provenance dependency test owner approval retention transfer purpose minimise redact token key customer ticket stack trace config'.split(' ');

function paragraph(seed: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 31 + i * 7 + (i % 5)) % WORDS.length]!);
  return `${out.join(' ')}.`;
}

/** Writes N generated modules into `dir` (replacing it) and locks them; returns `dir`. */
export function generateContent(n: number, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'modules'), { recursive: true });
  mkdirSync(join(dir, 'quizzes'), { recursive: true });
  cpSync('content/org.yaml', join(dir, 'org.yaml'));
  cpSync('content/policy', join(dir, 'policy'), { recursive: true });
  // Every module is at its first version, so nothing has changed yet.
  writeFileSync(join(dir, 'changelog.yaml'), '{}\n');
  for (let m = 1; m <= n; m++) {
    const id = `generated-module-${m}`;
    const sections = Array.from({ length: 8 }, (_, s) => `## Section ${s + 1} of module ${m}\n\n${paragraph(m + s, 80)}\n\n${paragraph(m * s + 3, 80)}\n`);
    writeFileSync(
      join(dir, 'modules', `${id}.mdx`),
      `---\ntitle: "Generated module ${m}"\nsummary: "Generated for the build benchmark."\norder: ${m}\nversion: "1.0.0"\nminutes: 8\nobjectives:\n  - Measure the build\n---\n\n${sections.join('\n')}`,
    );
    const questions = Array.from({ length: 10 }, (_, q) =>
      [
        `  - id: q-${q + 1}`,
        '    type: single',
        `    prompt: "You are reading section ${(q % 8) + 1}; which option is right?"`,
        '    options:',
        '      - text: "The first"',
        '      - text: "The second"',
        '        correct: true',
        '      - text: "The third"',
        `    explanation: "Section ${(q % 8) + 1} says so."`,
        `    section: section-${(q % 8) + 1}-of-module-${m}`,
      ].join('\n'),
    );
    writeFileSync(join(dir, 'quizzes', `${id}.yaml`), `questions:\n${questions.join('\n')}\n`);
  }
  const { lock } = updatedLock(readContent(dir));
  writeFileSync(join(dir, 'versions.lock.json'), JSON.stringify(lock, null, 2));
  return dir;
}
