/**
 * Seeded shuffling of a quiz. The same seed always gives the same order, so an attempt that is
 * resumed after a reload shows the questions as before, and the seed recorded with the attempt
 * explains what the learner saw. Seed 0 means "authored order" (a module's first attempt).
 */

/** Mulberry32: a small, fast 32-bit PRNG. Not for secrets; only for display order. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0..n-1 (Fisher-Yates driven by `next`). */
export function permutation(n: number, next: () => number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** What the page shows: authored question indices in display order, and per authored question its option indices in display order. */
export interface QuizOrder {
  questions: number[];
  options: number[][];
}

/**
 * The display order for one attempt. `optionCounts[i]` is the number of options of authored
 * question i. Seed 0 keeps the authored order. True/false questions keep "True" then "False"
 * when `keepFixed[i]` is true, since reversing them only confuses.
 */
export function quizOrder(optionCounts: readonly number[], seed: number, keepFixed: readonly boolean[] = []): QuizOrder {
  const identity = (n: number) => Array.from({ length: n }, (_, i) => i);
  if (seed === 0) return { questions: identity(optionCounts.length), options: optionCounts.map(identity) };
  const next = mulberry32(seed);
  const questions = permutation(optionCounts.length, next);
  const options = optionCounts.map((n, i) => (keepFixed[i] ? identity(n) : permutation(n, next)));
  return { questions, options };
}

/** A fresh non-zero 32-bit seed from the platform's random source. */
export function newSeed(): number {
  const buf = new Uint32Array(1);
  do crypto.getRandomValues(buf);
  while (buf[0] === 0);
  return buf[0]!;
}
