import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML page of a built site, as a URL path from the site root (e.g. `/modules/x/`). A file
 * without an `<html>` element is a fragment a page fetches (a module's `quiz.html`), not a page.
 */
export function builtPages(distDir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name === '_astro' || name === 'pagefind') continue;
        walk(full);
      } else if (name.endsWith('.html') && /<html[\s>]/.test(readFileSync(full, 'utf8'))) {
        const rel = relative(distDir, full).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(distDir);
  return out.sort();
}

/**
 * Pages that may ship JavaScript (docs/architecture.md, "Which pages ship JavaScript"): module pages,
 * home, My records, HR, search, the platform table and the checker. Every other page ships none.
 */
export function mayShipJavaScript(path: string): boolean {
  return (
    path === '/' ||
    path.startsWith('/modules/') ||
    path === '/records/' ||
    path === '/policy/' ||
    path === '/hr/' ||
    path === '/search/' ||
    path === '/guidelines/platforms/' ||
    path === '/guidelines/check/'
  );
}
