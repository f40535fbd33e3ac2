// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentIntegration from './src/integrations/content.ts';
import cspIntegration from './src/integrations/csp.ts';
import pagefindIntegration from './src/integrations/pagefind.ts';
import scormIntegration from './src/integrations/scorm.ts';
import { connectSources, readSso } from './src/build/sso.ts';

// AGA_BASE serves the site under a sub-path (e.g. /academy/); tests use it to prove links respect `base`.
const base = process.env.AGA_BASE ?? '/';
// AGA_OUT_DIR builds elsewhere than dist/ (the sub-path test build lives beside the main one).
const outDir = process.env.AGA_OUT_DIR ?? './dist';
// AGA_CACHE_DIR keeps a build from other content (the SSO test build) out of the usual content cache.
const cacheDir = process.env.AGA_CACHE_DIR ?? './node_modules/.astro';
// With an org.yaml `sso` block the browser talks to the identity provider (discovery, token, keys);
// without one connect-src stays exactly 'self'.
const sso = readSso();

export default defineConfig({
  base,
  outDir,
  cacheDir,
  trailingSlash: 'ignore',
  // Stylesheets as files, like scripts below: the HTML (the first round trip) carries only the page,
  // and the styles of the quiz and the module layout are cached across module pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { port: 4321, host: 'localhost' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Scripts stay files too: inlined, a script is HTML bytes in the first round trip of every page
      // that has it, where a file is fetched after the HTML and cached across pages. Other assets keep
      // Vite's default (inlined below 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
    experimental: {
      // Scripts and styles find each other relative to their own URL, not from the base, so a module
      // page runs unchanged from whatever path an LMS serves its SCORM package.
      renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' || hostType === 'css' ? { relative: true } : undefined),
    },
  },
  markdown: {
    // Shiki colours tokens with inline style attributes, which the hash-based style-src blocks;
    // Prism marks tokens with classes that our stylesheet colours.
    syntaxHighlight: 'prism',
  },
  // The policies are cut to each page's hashes first, then the SCORM packages are made from the finished
  // pages (they carry the content integration's records manifest); Pagefind last: it indexes the finished HTML.
  integrations: [contentIntegration(), mdx(), cspIntegration(), scormIntegration(), pagefindIntegration()],
  experimental: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        `connect-src ${connectSources(sso)}`,
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // These replace Astro's defaults: 'wasm-unsafe-eval' lets Pagefind run its WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
