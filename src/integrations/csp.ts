import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from '../build/csp';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/**
 * After `astro build`, cuts each page's `<meta>` Content-Security-Policy to the hashes of that
 * page's own inline scripts and styles (src/build/csp.ts): Astro lists every hash of the site on
 * every page. A page whose inline code Astro did not hash fails the build, named.
 */
export default function cspIntegration(): AstroIntegration {
  return {
    name: 'aga-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let saved = 0;
        const files = htmlFiles(site);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const pruned = pruneCspHashes(html, relative(site, file));
          saved += html.length - pruned.length;
          if (pruned !== html) writeFileSync(file, pruned);
        }
        logger.info(`${files.length} pages: each policy keeps only its own hashes (${Math.round(saved / 1024)} KB less HTML)`);
      },
    },
  };
}
