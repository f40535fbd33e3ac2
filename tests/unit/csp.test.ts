import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cspHash, pruneCspHashes } from '../../src/build/csp';

const style = '.a{color:red}';
const script = 'console.log(1)';
const other = cspHash('.unused{}');
const page = (body: string, hashes: string[]) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; style-src 'self' ${hashes.join(' ')};"></head><body>${body}</body></html>`;
const policy = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

test('cspHash matches the CSP form of a SHA-256 of the UTF-8 text', () => {
  // echo -n '.a{color:red}' | openssl dgst -sha256 -binary | base64
  assert.equal(cspHash(style), "'sha256-AYkV/wUaXEz1i9pndN1veIXFHZVFTj4Ojce2rMK7bSc='");
});

test('pruneCspHashes keeps, per directive, the hashes of the page’s own inline elements and every other source', () => {
  const cases: Array<{ name: string; body: string; script: string[]; style: string[] }> = [
    { name: 'inline style only', body: `<style>${style}</style>`, script: ["'self'", "'wasm-unsafe-eval'"], style: ["'self'", cspHash(style)] },
    { name: 'inline script and style', body: `<style>${style}</style><script>${script}</script>`, script: ["'self'", "'wasm-unsafe-eval'", cspHash(script)], style: ["'self'", cspHash(style)] },
    { name: 'external script and JSON data need no hash', body: `<script type="module" src="/a.js"></script><script type="application/json">{}</script>`, script: ["'self'", "'wasm-unsafe-eval'"], style: ["'self'"] },
  ];
  for (const c of cases) {
    const out = policy(pruneCspHashes(page(c.body, [cspHash(style), cspHash(script), other])));
    const directive = (name: string) => out.split(';').find((d) => d.startsWith(`${name} `))!.split(' ').slice(1);
    assert.deepEqual(directive('script-src'), c.script, c.name);
    assert.deepEqual(directive('style-src'), c.style, c.name);
    assert.match(out, /^default-src 'self';/, c.name);
  }
});

test('pruneCspHashes names the page when an inline element has no hash in the policy, and leaves pages without a policy alone', () => {
  assert.throws(() => pruneCspHashes(page(`<style>${style}</style>`, [other]), 'modules/x/index.html'), /modules\/x\/index\.html: an inline style .* is not in the page's style-src/);
  const plain = `<html><body><style>${style}</style></body></html>`;
  assert.equal(pruneCspHashes(plain), plain);
});
