import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payloadFor, testManifest } from '../../bench/fixtures-records';
import { toXapiStatement, toXapiStatements } from '../../src/lib/export/xapi';

const manifest = testManifest();
const opts = { homePage: 'https://academy.example', moduleUrl: (id: string) => `https://academy.example/modules/${id}/` };

describe('toXapiStatement', () => {
  it('a passed record', () => {
    const p = payloadFor(manifest, { recordId: '00000000-0000-4000-8000-000000000001', employeeId: 'E7', name: 'Ann Lee' });
    assert.deepEqual(toXapiStatement(p, { ...opts, title: 'Alpha' }), {
      id: '00000000-0000-4000-8000-000000000001',
      actor: { objectType: 'Agent', name: 'Ann Lee', account: { homePage: 'https://academy.example', name: 'E7' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
      object: {
        objectType: 'Activity',
        id: 'https://academy.example/modules/alpha/',
        definition: { name: { 'en-US': 'Alpha' }, type: 'http://adlnet.gov/expapi/activities/module' },
      },
      result: { score: { raw: 3, min: 0, max: 3, scaled: 1 }, success: true, completion: true },
      timestamp: '2026-06-01T10:00:00.000Z',
    });
  });

  it('a failed record: verb failed, scaled = correct/total, success false', () => {
    const p = payloadFor(manifest, { pass: false });
    p.answers[0]!.selected = [1];
    p.score.correct = 1;
    const s = toXapiStatement(p, opts);
    assert.deepEqual(s.verb, { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } });
    assert.deepEqual(s.result, { score: { raw: 1, min: 0, max: 3, scaled: 1 / 3 }, success: false, completion: true });
    assert.equal(s.object.definition.name['en-US'], 'alpha');
  });

  it('titles per module', () => {
    const ps = [payloadFor(manifest), payloadFor(manifest, { module: 'beta' })];
    const titles: Record<string, string> = { alpha: 'Alpha', beta: 'Beta' };
    assert.deepEqual(toXapiStatements(ps, { ...opts, title: (id) => titles[id] }).map((s) => [s.id, s.object.definition.name['en-US']]),
      ps.map((p) => [p.recordId, titles[p.module.id]]));
  });
});
