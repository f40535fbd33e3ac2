import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { packageEntries, packageZip } from '../../src/build/scorm-package';
import { PACKAGE_ATTRIBUTE, packagePage, referencedFiles } from '../../src/lib/scorm/package-html';

const page = (base: string) =>
  `<!DOCTYPE html><html lang="en"><head><link rel="icon" href="${base}favicon.svg"><link rel="stylesheet" href="${base}_astro/site.css?v=1"></head><body>` +
  `<a class="site-brand" href="${base}">Academy</a><details class="site-menu"><nav><a href="${base}hr/">HR</a></nav><form action="${base}search/"></form></details>` +
  `<main><a href="#part">Part</a><a href="${base}guidelines/">Guidelines</a><a href="https://example.org/">Out</a></main>` +
  `<nav class="module-pager" aria-label="Modules"><a href="${base}modules/next/">Next</a></nav>` +
  `<script type="module" src="${base}_astro/quiz.js"></script></body></html>`;

const texts: Record<string, string> = {
  '_astro/quiz.js': 'import("./submit.js");const d=["_astro/sign.js"]',
  '_astro/submit.js': 'import{a}from"./quiz.js"',
  '_astro/sign.js': '',
  '_astro/hr.js': 'new URL("worker.js", import.meta.url)',
  '_astro/worker.js': '',
};

describe('packagePage', () => {
  for (const base of ['/', '/academy/']) {
    it(`under base ${base}: files relative and listed, page links unlinked, menu and pager left out`, () => {
      const { html, files } = packagePage(page(base), base);
      assert.deepEqual(files, ['_astro/quiz.js', '_astro/site.css', 'favicon.svg']);
      assert.match(html, new RegExp(`<html ${PACKAGE_ATTRIBUTE}="scorm12" lang="en">`));
      assert.match(html, /href="favicon.svg"/);
      assert.match(html, /src="_astro\/quiz.js"/);
      assert.match(html, /<a class="site-brand">Academy<\/a>/);
      assert.match(html, /<a>Guidelines<\/a>/);
      assert.match(html, /href="#part"/);
      assert.match(html, /href="https:\/\/example.org\/"/);
      assert.doesNotMatch(html, /site-menu|module-pager|action=/);
    });
  }

  it('fails loudly when a URL under the base would survive', () => {
    assert.throws(() => packagePage('<html><body><video poster="/x.png"></video><form action="/search/"></form></body></html>', '/'), /still refers outside the package: action="\/search\/"/);
  });
  it('fails without an <html> element', () => assert.throws(() => packagePage('<p>hi</p>', '/'), /no <html> element/));
});

describe('referencedFiles', () => {
  it('follows imports, preload lists and cycles; leaves unused files out', () => {
    assert.deepEqual(referencedFiles(['_astro/quiz.js', 'favicon.svg'], Object.keys(texts), (p) => texts[p] ?? ''), ['_astro/quiz.js', '_astro/sign.js', '_astro/submit.js', 'favicon.svg']);
  });
});

describe('packageEntries and packageZip', () => {
  const dist = mkdtempSync(join(tmpdir(), 'aga-dist-'));
  mkdirSync(join(dist, 'modules', 'alpha'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'records'));
  writeFileSync(join(dist, 'modules', 'alpha', 'index.html'), page('/'));
  for (const [p, text] of Object.entries(texts)) writeFileSync(join(dist, p), text);
  writeFileSync(join(dist, '_astro', 'site.css'), 'a{}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dist, 'records', 'manifest.json'), '{}');
  writeFileSync(join(dist, 'modules', 'alpha', 'feedback.json'), '{}');
  const input = { dist, base: '/', moduleId: 'alpha', version: '1.0.0', title: 'Alpha', passMarkPercent: 80 };

  it('holds the launch page, what it uses, the records manifest, the quiz feedback and imsmanifest.xml listing them all', () => {
    const entries = packageEntries(input);
    assert.deepEqual([...entries.keys()].sort(), ['_astro/quiz.js', '_astro/sign.js', '_astro/site.css', '_astro/submit.js', 'favicon.svg', 'imsmanifest.xml', 'index.html', 'modules/alpha/feedback.json', 'records/manifest.json']);
    const xml = new TextDecoder().decode(entries.get('imsmanifest.xml'));
    for (const f of entries.keys()) if (f !== 'imsmanifest.xml') assert.ok(xml.includes(`<file href="${f}"/>`), f);
  });
  it('zips deterministically with imsmanifest.xml at the root', () => {
    const a = packageZip(packageEntries(input));
    const b = packageZip(packageEntries(input));
    assert.deepEqual(a, b);
    assert.ok(Object.keys(unzipSync(a)).includes('imsmanifest.xml'));
  });
  it('names the module when its page was not built', () => {
    assert.throws(() => packageEntries({ ...input, moduleId: 'beta' }), /SCORM package beta: the module page .* was not built/);
  });
});
