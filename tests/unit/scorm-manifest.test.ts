import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ADLCP_NS, IMSCP_NS, packageManifestXml, type PackageManifestInput } from '../../src/lib/scorm/manifest-xml';
import { scratchDir } from '../support/scratch';

const XMLLINT = process.env.XMLLINT_PATH ?? '/usr/bin/xmllint';
const input: PackageManifestInput = {
  moduleId: 'data-protection',
  version: '1.1.0',
  title: 'Data & "protection" <rules>',
  passMarkPercent: 80,
  launch: 'index.html',
  files: ['index.html', '_astro/a b.js', 'records/manifest.json', '_astro/a b.js'],
};

/** xmllint's verdict on a manifest text: well-formed, and what the XPath finds. */
function xpath(xml: string, expr: string): string {
  const dir = scratchDir('aga-scorm-');
  const file = join(dir, 'imsmanifest.xml');
  writeFileSync(file, xml);
  return execFileSync(XMLLINT, ['--noout', '--xpath', expr, file], { encoding: 'utf8' }).trim();
}
const ns = (local: string) => `*[local-name()='${local}' and namespace-uri()='${IMSCP_NS}']`;

describe('packageManifestXml', () => {
  const xml = packageManifestXml(input);

  it('is well-formed for xmllint (npm test installs libxml2-utils when missing)', { skip: !existsSync(XMLLINT) && 'xmllint missing: run node scripts/ensure-test-tools.mjs' }, () => {
    const dir = scratchDir('aga-scorm-');
    writeFileSync(join(dir, 'ok.xml'), xml);
    execFileSync(XMLLINT, ['--noout', join(dir, 'ok.xml')]);
    writeFileSync(join(dir, 'broken.xml'), xml.replace('</manifest>', ''));
    assert.throws(() => execFileSync(XMLLINT, ['--noout', join(dir, 'broken.xml')], { stdio: 'pipe' }));
  });

  const cases: Array<[string, string, string]> = [
    ['schema', `string(/${ns('manifest')}/${ns('metadata')}/${ns('schema')})`, 'ADL SCORM'],
    ['schema version', `string(/${ns('manifest')}/${ns('metadata')}/${ns('schemaversion')})`, '1.2'],
    ['one organization, the default', `count(//${ns('organization')})`, '1'],
    ['default names it', `string(//${ns('organizations')}/@default) = string(//${ns('organization')}/@identifier)`, 'true'],
    ['one item', `count(//${ns('item')})`, '1'],
    ['item points at the resource', `string(//${ns('item')}/@identifierref) = string(//${ns('resource')}/@identifier)`, 'true'],
    ['title escaped and read back', `string(//${ns('organization')}/${ns('title')})`, 'Data & "protection" <rules>'],
    ['masteryscore in the adlcp namespace', `string(//${ns('item')}/*[local-name()='masteryscore' and namespace-uri()='${ADLCP_NS}'])`, '80'],
    ['one webcontent resource', `count(//${ns('resource')}[@type='webcontent'])`, '1'],
    ['adlcp:scormtype sco', `string(//${ns('resource')}/@*[local-name()='scormtype' and namespace-uri()='${ADLCP_NS}'])`, 'sco'],
    ['launch href', `string(//${ns('resource')}/@href)`, 'index.html'],
    ['every file once, URI-encoded', `count(//${ns('file')})`, '3'],
    ['a space is encoded', `string(//${ns('file')}[1]/@href)`, '_astro/a%20b.js'],
  ];
  for (const [name, expr, expected] of cases) {
    it(name, { skip: !existsSync(XMLLINT) && 'xmllint missing' }, () => assert.equal(xpath(xml, expr), expected));
  }

  const refusals: Array<[string, Partial<PackageManifestInput>, RegExp]> = [
    ['pass mark over 100', { passMarkPercent: 101 }, /masteryscore must be a whole number 0-100, got 101/],
    ['pass mark not whole', { passMarkPercent: 79.5 }, /masteryscore/],
    ['launch page missing', { launch: 'start.html' }, /launch page start.html is not among the package files/],
    ['absolute path', { files: ['index.html', '/etc/passwd'] }, /"\/etc\/passwd" is not relative/],
    ['parent path', { files: ['index.html', '../x.js'] }, /"\.\.\/x\.js" is not relative/],
  ];
  for (const [name, change, message] of refusals) {
    it(`refuses: ${name}`, () => assert.throws(() => packageManifestXml({ ...input, ...change }), message));
  }
});
