/**
 * Reading what a stored record says without verifying it: the home page needs statuses on first
 * load, where the signature library (jose) would be too heavy. My records verifies properly.
 */
import type { RecordJws } from '../../schemas/record';
import type { AttemptSummary } from './status';

/** What the learner's pages show of a record. */
export interface RecordSummary extends AttemptSummary {
  recordId: string;
  n: number;
  correct: number;
  total: number;
  passMarkPercent: number;
  employeeId: string;
  name: string;
  /** Ids of the questions the attempt presented (its answers), in bank order. */
  presented: string[];
}

function base64UrlToText(s: string): string {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(b64);
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

function isJws(x: unknown): x is RecordJws {
  if (typeof x !== 'object' || x === null) return false;
  const j = x as Record<string, unknown>;
  return typeof j.protected === 'string' && typeof j.payload === 'string' && typeof j.signature === 'string';
}

/** The summary of a record JWS, or `undefined` when it cannot be a record (corrupt storage, wrong file). */
export function summarizeRecord(jws: unknown): RecordSummary | undefined {
  if (!isJws(jws)) return undefined;
  try {
    // Reading nested fields of unknown JSON; every one is checked below.
    const p = JSON.parse(base64UrlToText(jws.payload)) as {
      recordId?: unknown; module?: { id?: unknown; version?: unknown }; learner?: { employeeId?: unknown; name?: unknown };
      attempt?: { n?: unknown; completedAt?: unknown }; score?: { correct?: unknown; total?: unknown; passed?: unknown; passMarkPercent?: unknown };
      answers?: unknown;
    };
    // Only the next draw uses it, so an odd answers list costs a fresh draw, never the record.
    const presented: string[] = Array.isArray(p.answers)
      ? p.answers.flatMap((a: unknown) => (typeof (a as { q?: unknown } | null)?.q === 'string' ? [(a as { q: string }).q] : []))
      : [];
    const s = {
      recordId: p.recordId, moduleId: p.module?.id, version: p.module?.version, completedAt: p.attempt?.completedAt,
      passed: p.score?.passed, n: p.attempt?.n, correct: p.score?.correct, total: p.score?.total,
      passMarkPercent: p.score?.passMarkPercent, employeeId: p.learner?.employeeId, name: p.learner?.name, presented,
    };
    const strings = [s.recordId, s.moduleId, s.version, s.completedAt, s.employeeId, s.name];
    const ints = [s.n, s.correct, s.total, s.passMarkPercent];
    if (!strings.every((x) => typeof x === 'string') || !ints.every((x) => Number.isInteger(x)) || typeof s.passed !== 'boolean') return undefined;
    return s as RecordSummary;
  } catch {
    return undefined;
  }
}
