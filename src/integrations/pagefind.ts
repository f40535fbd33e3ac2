import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind after `astro build` and writes the bundle to
 * `<outDir>/pagefind/`, where the search page loads it (under Astro's `base`, since the bundle
 * sits in the output folder and is served from the same sub-path).
 * What gets indexed is marked in the HTML: `data-pagefind-body` on `<main>` of content pages,
 * `data-pagefind-ignore` on navigation, header, footer and quizzes.
 * Any error Pagefind reports fails the build: a site whose search silently broke is worse than none.
 */
/**
 * Pagefind's default, component and modular UIs, its highlighter and its web worker (the search
 * page runs Pagefind with `noWorker`): written by writeFiles, never loaded here.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'aga-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          const index = created.index;
          if (!index || created.errors.length > 0) throw new Error(`Pagefind could not create an index:\n${created.errors.join('\n')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}:\n${added.errors.join('\n')}`);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle:\n${written.errors.join('\n')}`);
          // Pagefind always writes its ready-made UIs; our search page uses only its JS API, so
          // ship none of them (they would set inline styles the CSP blocks anyway).
          for (const file of UNUSED_UI_FILES) rmSync(join(site, 'pagefind', file), { force: true });
          logger.info(`pagefind/: ${added.page_count} pages indexed in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
