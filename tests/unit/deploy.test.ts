import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseHeadersFile } from '../support/static-server';

const headers = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const all = headers.find((r) => r.pattern === '/*')?.headers ?? [];
const nginx = readFileSync('deploy/nginx/security-headers.conf', 'utf8');
const nginxHeaders = [...nginx.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);

describe('deployment headers', () => {
  it('_headers and the nginx snippet send the same security headers', () => {
    assert.deepEqual(nginxHeaders, all);
  });
  it('never add a second script-src or style-src to the page policy', () => {
    const csp = all.filter(([k]) => k.toLowerCase() === 'content-security-policy').map(([, v]) => v);
    assert.deepEqual(csp, ["frame-ancestors 'none'"]);
  });
  it('send nosniff, no-referrer, HSTS and a Permissions-Policy', () => {
    const names = all.map(([k]) => k);
    for (const h of ['X-Content-Type-Options', 'Referrer-Policy', 'Strict-Transport-Security', 'Permissions-Policy']) assert.ok(names.includes(h), h);
  });
  it('nginx serves wasm and Pagefind files with exact types and redirects HTTP to HTTPS', () => {
    const conf = readFileSync('deploy/nginx/academy.conf', 'utf8');
    assert.match(conf, /application\/wasm\s+wasm;/);
    assert.match(conf, /application\/octet-stream\s+pf_fragment pf_index pf_meta pf_filter;/);
    assert.match(conf, /return 301 https:\/\/\$host\$request_uri;/);
    // Every location re-includes the headers, because nginx drops inherited add_header lines.
    const locations = conf.split(/\n\s*location /).slice(1);
    assert.ok(locations.length >= 2);
    for (const l of locations) assert.match(l, /include snippets\/security-headers\.conf;/);
  });
});
