import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { connectSources, readSso } from '../../src/build/sso';
import { scratchDir } from '../support/scratch';

function contentWith(orgYaml: string): string {
  const dir = scratchDir('aga-sso-');
  writeFileSync(join(dir, 'org.yaml'), orgYaml);
  return dir;
}

const ORG = 'name: Example\npolicyOwner: Owner\ncontact: a@example.com\npolicyVersion: "1"\n';

describe('org.yaml sso block at build time', () => {
  it('keeps connect-src exactly self without sso, and adds only the issuer origin with it', () => {
    assert.equal(readSso(contentWith(ORG)), undefined);
    assert.equal(connectSources(undefined), "'self'");
    const sso = readSso(contentWith(`${ORG}sso:\n  issuer: https://login.example.com/tenant/v2.0\n  clientId: academy\n  employeeIdClaim: employee_id\n`));
    assert.deepEqual(sso, { issuer: 'https://login.example.com/tenant/v2.0', clientId: 'academy', scopes: 'openid email profile', emailClaim: 'email', employeeIdClaim: 'employee_id' });
    assert.equal(connectSources(sso), "'self' https://login.example.com");
  });

  it('fails naming the file and the field when the block is wrong', () => {
    assert.throws(() => readSso(contentWith(`${ORG}sso:\n  issuer: not a url\n  clientId: academy\n`)), /org\.yaml \(sso\).*issuer/s);
    assert.throws(() => readSso(contentWith(`${ORG}sso: [\n`)), /YAML syntax error/);
  });
});
