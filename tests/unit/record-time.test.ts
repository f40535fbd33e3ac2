/**
 * isoTimeSchema holds a time by patterns alone; these compare it with the rule it stands for: the
 * text reads back the same through Date.parse and toISOString().
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoTimeSchema } from '../../src/schemas/record';

const readsBack = (s: string) => {
  const t = Date.parse(s);
  return Number.isFinite(t) && new Date(t).toISOString() === s;
};
const two = (n: number) => String(n).padStart(2, '0');

describe('isoTimeSchema: exactly the times toISOString() prints', () => {
  it('every day and non-day (months 00-13, days 00-32) of the 400 years 1600-2000, with their leap years', () => {
    const differ: string[] = [];
    for (let y = 1600; y <= 2000; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${two(m)}-${two(d)}T12:34:56.789Z`;
          if (isoTimeSchema.safeParse(s).success !== readsBack(s)) differ.push(s);
        }
      }
    }
    assert.deepEqual(differ, []);
  });

  it('every hour 00-24, minute 00-60 and second 00-60 of a day', () => {
    const differ: string[] = [];
    for (let h = 0; h <= 24; h++) {
      for (let min = 0; min <= 60; min++) {
        for (let sec = 0; sec <= 60; sec++) {
          const s = `2024-02-29T${two(h)}:${two(min)}:${two(sec)}.000Z`;
          if (isoTimeSchema.safeParse(s).success !== readsBack(s)) differ.push(s);
        }
      }
    }
    assert.deepEqual(differ, []);
  });

  it('years at the ends and other forms', () => {
    for (const s of ['0000-02-29T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '2100-02-29T00:00:00.000Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000+00:00', '+002026-01-01T00:00:00.000Z', '2026-01-01 00:00:00.000Z']) {
      assert.equal(isoTimeSchema.safeParse(s).success, readsBack(s), s);
    }
  });

  it('says which rule a time breaks', () => {
    const message = (s: string) => {
      const r = isoTimeSchema.safeParse(s);
      return r.success ? undefined : r.error.issues[0]?.message;
    };
    assert.equal(message('2026-01-01T00:00:00Z'), 'a UTC time with milliseconds, as toISOString() prints it');
    assert.equal(message('2026-02-29T00:00:00.000Z'), 'a real time that reads back the same through toISOString()');
  });
});

describe('a learner field as the profile form saves it', () => {
  it('refuses exactly the values trim() would change', async () => {
    const { recordPayloadSchema } = await import('../../src/schemas/record');
    const name = recordPayloadSchema.shape.learner.shape.name;
    for (const s of ['A', 'Ada Lovelace', ' Ada', 'Ada ', 'Ada\n', '\uFEFFAda', 'Ada\u00a0', 'A  B', '\tA\tB\t', 'Zoë']) {
      assert.equal(name.safeParse(s).success, s === s.trim() && s === s.normalize('NFC'), JSON.stringify(s));
    }
  });
});
