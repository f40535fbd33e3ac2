/**
 * Which questions an attempt presents when a quiz bank draws fewer than it holds (`draw` in the
 * bank): chosen per attempt with the attempt's seed, preferring questions the learner's last
 * attempt did not present, and always listed in bank order, as the signed record lists them.
 */
import { mulberry32, permutation } from './shuffle';

/**
 * `draw` question ids of `bank` (ids in bank order), in bank order. The same seed and `avoid` give
 * the same draw, so an attempt resumed after a reload presents the same questions. Questions in
 * `avoid` (the last attempt's) are taken only when there are not enough others.
 */
export function drawQuestions(bank: readonly string[], draw: number, seed: number, avoid: Iterable<string> = []): string[] {
  if (draw >= bank.length) return [...bank];
  const seen = new Set(avoid);
  const order = permutation(bank.length, mulberry32(seed));
  const fresh = order.filter((i) => !seen.has(bank[i]!));
  const again = order.filter((i) => seen.has(bank[i]!));
  const chosen = new Set([...fresh, ...again].slice(0, Math.max(0, draw)));
  return bank.filter((_, i) => chosen.has(i));
}

/** The questions the learner's latest attempt of a module presented (highest attempt number), or none. */
export function lastPresented(summaries: ReadonlyArray<{ moduleId: string; n: number; presented: readonly string[] }>, moduleId: string): readonly string[] {
  let last: { n: number; presented: readonly string[] } | undefined;
  for (const s of summaries) if (s.moduleId === moduleId && (!last || s.n > last.n)) last = s;
  return last?.presented ?? [];
}
