/**
 * What a built page costs on first load, read from dist/ (bytes are stable, so tests may assert
 * budgets on them): the HTML, the render-blocking CSS, and the JavaScript loaded before any
 * interaction (every script of the page plus its static imports, not dynamic `import()`s).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBytes {
  /** gzip bytes of the HTML document. */
  html: number;
  /** gzip bytes of render-blocking CSS (stylesheets + inline styles). */
  css: number;
  /** gzip bytes of JavaScript loaded before interaction. */
  js: number;
  /** The JS files counted, relative to dist. */
  jsFiles: string[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function htmlFileFor(dist: string, path: string): string {
  return path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
}

/** Resolves a URL found in the page (root-relative, possibly under `base`) to a file in dist. */
function fileFor(dist: string, ref: string, base: string): string {
  const clean = ref.split('?')[0]!.split('#')[0]!;
  const rel = clean.startsWith(base) ? clean.slice(base.length) : clean.replace(/^\//, '');
  return join(dist, rel);
}

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/** Static imports of a JS module (relative to it), excluding dynamic import() calls. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

/** Measures one built page. `base` is the site's base path, `/` unless built under a sub-path. */
export function measurePage(dist: string, path: string, base = '/'): PageBytes {
  const html = readFileSync(htmlFileFor(dist, path), 'utf8');
  let css = 0;
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css += gz(readFileSync(fileFor(dist, m[1]!, base)));
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gz(m[1]!);

  const seen = new Set<string>();
  let js = 0;
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    js += gz(code);
    for (const imp of staticImports(code)) visit(imp.startsWith('/') ? fileFor(dist, imp, base) : join(dirname(file), imp));
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    if (/type="application\/(?:ld\+)?json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) visit(fileFor(dist, src, base));
    else if (m[2]!.trim()) {
      js += gz(m[2]!);
      for (const imp of staticImports(m[2]!)) visit(fileFor(dist, imp.startsWith('/') ? imp : posix.join('/', imp), base));
    }
  }
  return { html: gz(html), css, js, jsFiles: [...seen].map((f) => f.slice(dist.length + 1)).sort() };
}
