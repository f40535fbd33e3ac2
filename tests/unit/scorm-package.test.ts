import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { packageEntries, packageZip, readSiteManifest } from '../../src/build/scorm-package';
import { testManifest } from '../../bench/fixtures-records';
import { manifestSchema } from '../../src/schemas/manifest';
import { PACKAGE_ATTRIBUTE, packageFragment, packagePage, referencedFiles } from '../../src/lib/scorm/package-html';
import { scratchDir } from '../support/scratch';

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

describe('packageFragment', () => {
  for (const base of ['/', '/academy/']) {
    it(`under base ${base}: the quiz form's page links unlinked and its files relative, without an <html> element`, () => {
      const { html, files } = packageFragment(`<form><a class="button" href="${base}records/">Records</a><img src="${base}x.svg" alt=""></form>`, base);
      assert.equal(html, '<form><a class="button">Records</a><img src="x.svg" alt=""></form>');
      assert.deepEqual(files, ['x.svg']);
    });
  }
  it('fails loudly when a URL under the base would survive', () => {
    assert.throws(() => packageFragment('<form action="/search/"></form>', '/'), /still refers outside the package/);
  });
});

describe('referencedFiles', () => {
  it('follows imports, preload lists and cycles; leaves unused files out', () => {
    assert.deepEqual(referencedFiles(['_astro/quiz.js', 'favicon.svg'], Object.keys(texts), (p) => texts[p] ?? ''), ['_astro/quiz.js', '_astro/sign.js', '_astro/submit.js', 'favicon.svg']);
  });
});

describe('packageEntries and packageZip', () => {
  const dist = scratchDir('aga-dist-');
  mkdirSync(join(dist, 'modules', 'alpha'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'records'));
  writeFileSync(join(dist, 'modules', 'alpha', 'index.html'), page('/'));
  for (const [p, text] of Object.entries(texts)) writeFileSync(join(dist, p), text);
  writeFileSync(join(dist, '_astro', 'site.css'), 'a{}');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  const siteManifest = testManifest();
  writeFileSync(join(dist, 'records', 'manifest.json'), JSON.stringify(siteManifest));
  writeFileSync(join(dist, 'modules', 'alpha', 'feedback.json'), '{}');
  writeFileSync(join(dist, 'modules', 'alpha', 'quiz.html'), '<form><a href="/modules/beta/">Next</a></form>');
  const input = { dist, base: '/', moduleId: 'alpha', version: '1.0.0', title: 'Alpha', passMarkPercent: 80, manifest: readSiteManifest(dist) };

  it('holds the launch page, what it uses, the records manifest, the quiz form and feedback, and imsmanifest.xml listing them all', () => {
    const entries = packageEntries(input);
    assert.deepEqual([...entries.keys()].sort(), ['_astro/quiz.js', '_astro/sign.js', '_astro/site.css', '_astro/submit.js', 'favicon.svg', 'imsmanifest.xml', 'index.html', 'modules/alpha/feedback.json', 'modules/alpha/quiz.html', 'records/manifest.json']);
    // The form's link to the next module would leave the LMS, as the page's do.
    assert.equal(new TextDecoder().decode(entries.get('modules/alpha/quiz.html')), '<form><a>Next</a></form>');
    const xml = new TextDecoder().decode(entries.get('imsmanifest.xml'));
    for (const f of entries.keys()) if (f !== 'imsmanifest.xml') assert.ok(xml.includes(`<file href="${f}"/>`), f);
  });
  it("carries the records manifest with its own module's versions only, so packages do not grow with the site", () => {
    const carried = manifestSchema.parse(JSON.parse(new TextDecoder().decode(packageEntries(input).get('records/manifest.json'))));
    assert.deepEqual(carried, { ...siteManifest, modules: siteManifest.modules.filter((m) => m.id === 'alpha') });
    assert.deepEqual(carried.modules.map((m) => m.version), ['1.0.0', '1.1.0']);
  });
  it('names the file when the records manifest is not one, or missing', () => {
    writeFileSync(join(dist, 'records', 'manifest.json'), '{}');
    try {
      assert.throws(() => readSiteManifest(dist), /SCORM packages: .*manifest\.json is not a records manifest/);
    } finally {
      writeFileSync(join(dist, 'records', 'manifest.json'), JSON.stringify(siteManifest));
    }
    assert.throws(() => readSiteManifest(join(dist, 'nowhere')), /SCORM packages: .*manifest\.json could not be read/);
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
