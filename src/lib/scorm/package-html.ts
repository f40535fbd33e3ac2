/**
 * Turns a built module page into the launch page of its SCORM package: every URL under the site's
 * base becomes relative to the package root, so the page runs from whatever path the LMS serves
 * it, and nothing on it points outside the package. Pure text in, text out.
 */
import { t } from '../../i18n/scorm';

/** The `<html>` attribute that tells the page's scripts they run inside a SCORM 1.2 package. */
export const PACKAGE_ATTRIBUTE = 'data-aga-package';
/** Its value for SCORM 1.2. */
export const PACKAGE_KIND = 'scorm12';

export interface PackagePage {
  html: string;
  /** Files the page refers to, relative to the site root (e.g. `_astro/x.css`, `favicon.svg`). */
  files: string[];
}

// The site menu (other pages, site search) and the pager (other modules) lead out of the package.
const OUTSIDE = [/<details class="site-menu"[\s\S]*?<\/details>/, /<nav class="module-pager"[\s\S]*?<\/nav>/];

/** A path names a file (and not a page) when its last segment has an extension. */
function isFile(path: string): boolean {
  return /\.[A-Za-z0-9]+$/.test(path.replace(/[?#].*$/, ''));
}

/**
 * `html` with every URL under `root` made relative to the package root: site files keep their
 * path (listed in `files`), links to pages of the site lose their `href` (they would leave the
 * LMS). Throws if any URL under the root survives, so a new kind of link fails the build instead
 * of the learner.
 */
function packageUrls(html: string, root: string): PackagePage {
  const files = new Set<string>();
  const out = html.replace(/\s(href|src)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (!value.startsWith(root) || value.startsWith('//')) return whole;
    const path = value.slice(root.length);
    if (!isFile(path)) return attr === 'href' ? '' : whole;
    files.add(path.replace(/[?#].*$/, ''));
    return ` ${attr}="${path}"`;
  });
  const left = out.match(new RegExp(`\\s(?:href|src|action)="${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^"]*"`));
  if (left) throw new Error(t('scorm.outside', { found: left[0] }));
  return { html: out, files: [...files].sort() };
}

const rootOf = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * The package's launch page from a module page built with `base`: its URLs as packageUrls makes
 * them, the site menu and the module pager left out, and `<html>` marked as inside a package.
 */
export function packagePage(html: string, base: string): PackagePage {
  let out = html;
  for (const re of OUTSIDE) out = out.replace(re, '');
  if (!/<html[\s>]/.test(out)) throw new Error('the module page has no <html> element');
  out = out.replace(/<html(?=[\s>])/, `<html ${PACKAGE_ATTRIBUTE}="${PACKAGE_KIND}"`);
  return packageUrls(out, rootOf(base));
}

/** A fragment the launch page fetches (the quiz form), its URLs made relative as on the page. */
export function packageFragment(html: string, base: string): PackagePage {
  return packageUrls(html, rootOf(base));
}

/**
 * The files a set of built scripts and styles need, found by name: every file of `available`
 * whose name appears in one that is already needed (static and dynamic imports, Vite's preload
 * lists, CSS urls). Starts from `start`; `read(path)` gives a file's text.
 */
export function referencedFiles(start: readonly string[], available: readonly string[], read: (path: string) => string): string[] {
  const byName = new Map(available.map((p) => [p.slice(p.lastIndexOf('/') + 1), p]));
  const needed = new Set(start);
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (!/\.(js|css|mjs)$/.test(path)) continue;
    const text = read(path);
    for (const [name, full] of byName) {
      if (!needed.has(full) && text.includes(name)) {
        needed.add(full);
        queue.push(full);
      }
    }
  }
  return [...needed].sort();
}
