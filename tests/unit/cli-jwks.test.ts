import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadJwksFiles } from '../../src/cli/jwks';
import { readJwksFile } from '../../src/lib/identity/jwks-file';
import { aga } from '../support/aga-cli';
import { scratchDir } from '../support/scratch';

const KEY = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0', kid: 'k1', use: 'sig' };
let server: Server;
let base: string;

before(async () => {
  // A provider whose discovery names the jwks_uri; /broken has discovery for another issuer.
  server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/idp/.well-known/openid-configuration') send(200, { issuer: `${base}/idp`, jwks_uri: `${base}/idp/jwks` });
    else if (req.url === '/idp/jwks') send(200, { keys: [KEY] });
    else if (req.url === '/other/.well-known/openid-configuration') send(200, { issuer: 'https://elsewhere.example', jwks_uri: `${base}/idp/jwks` });
    else if (req.url === '/nokeys/.well-known/openid-configuration') send(200, { issuer: `${base}/nokeys`, jwks_uri: `${base}/nokeys/jwks` });
    else if (req.url === '/nokeys/jwks') send(200, { keys: [{ kty: 'oct', k: 'c2VjcmV0' }] });
    else send(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

describe('aga jwks fetch', () => {
  it('saves {issuer, fetchedAt, keys} that the JWKS reader accepts', async () => {
    const out = join(scratchDir('aga-jwks-'), 'keys.json');
    const run = await aga(['jwks', 'fetch', `${base}/idp`, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(saved.issuer, `${base}/idp`);
    assert.match(saved.fetchedAt, /^\d{4}-\d{2}-\d{2}T.*Z$/);
    assert.deepEqual(saved.keys, [KEY]);
    const read = readJwksFile(out, readFileSync(out, 'utf8'));
    assert.ok(read.ok && read.issuer === `${base}/idp`);
  });

  it('exits 1 with a clear message when the provider fails, and saves nothing', async () => {
    const dir = scratchDir('aga-jwks-');
    const rows: Array<[string, RegExp]> = [
      [`${base}/missing`, /answered 404/],
      [`${base}/other`, /names the issuer/],
      [`${base}/nokeys`, /not a public JSON Web Key/],
      ['http://127.0.0.1:9/down', /could not reach/],
    ];
    for (const [issuer, message] of rows) {
      const out = join(dir, 'x.json');
      const run = await aga(['jwks', 'fetch', issuer, '--out', out]);
      assert.equal(run.code, 1, issuer);
      assert.match(run.stderr, message, issuer);
      assert.ok(!existsSync(out), issuer);
    }
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [['jwks'], ['jwks', 'get', `${base}/idp`], ['jwks', 'fetch', `${base}/idp`], ['jwks', 'fetch', '--out', 'x.json'], ['jwks', 'fetch', 'http://example.com', '--out', 'x.json'], ['jwks', 'fetch', `${base}/idp`, '--out', 'x', '--bogus']]) {
      assert.equal((await aga(args)).code, 2, args.join(' '));
    }
  });
});

describe('loadJwksFiles (for aga verify --jwks)', () => {
  it('reads one key set per file, and names the first file it cannot use', () => {
    const dir = scratchDir('aga-jwks-');
    const plain = join(dir, 'plain.json');
    const saved = join(dir, 'saved.json');
    writeFileSync(plain, JSON.stringify({ keys: [KEY] }));
    writeFileSync(saved, JSON.stringify({ issuer: 'https://login.example.com', fetchedAt: '2026-01-01T00:00:00.000Z', keys: [KEY, { ...KEY, kid: 'k2' }] }));
    const both = loadJwksFiles([plain, saved]);
    assert.ok(both.ok);
    assert.deepEqual(both.keys.map((k) => k.keys.length), [1, 2]);
    const missing = loadJwksFiles([plain, join(dir, 'nope.json')]);
    assert.ok(!missing.ok && /nope\.json: the key file cannot be read/.test(missing.message));
  });
});
