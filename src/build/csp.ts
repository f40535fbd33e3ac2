/**
 * Per-page Content-Security-Policy hashes. Astro's experimental CSP writes the hashes of every
 * script and style of the whole site into every page's `<meta>` policy: on a module page that is 21
 * hashes, about 1 KB gzip of random bytes, of which the page needs the two of its own inline styles.
 * Keeping only the hashes of the page's own inline `<script>` and `<style>` elements makes each
 * policy stricter and the first round trip lighter. External files are allowed by `'self'`.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script types that are data, never run, so no policy applies to them. */
const DATA_TYPE = /\btype=["']?application\/(?:ld\+)?json/i;
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/;

/** The CSP source for a text, as Astro writes it: `'sha256-<base64>'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline scripts and styles a page runs, by directive. */
export function inlineHashes(html: string): { 'script-src': Set<string>; 'style-src': Set<string> } {
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => !/\bsrc=/i.test(m[1]!) && !DATA_TYPE.test(m[1]!) && m[2]!.length > 0);
  return {
    'script-src': new Set(scripts.map((m) => cspHash(m[2]!))),
    'style-src': new Set([...html.matchAll(STYLE)].map((m) => cspHash(m[1]!))),
  };
}

/**
 * The page with its policy's script and style hashes cut to its own inline elements. Throws when an
 * inline element's hash is not in the policy Astro wrote (the browser would block it), naming it.
 * A page without a `<meta>` policy is returned as it is.
 */
export function pruneCspHashes(html: string, file = 'page'): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const own = inlineHashes(html);
  const directives = meta[1]!.split(';').map((d) => d.trim()).filter(Boolean);
  const pruned = directives.map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    if (name !== 'script-src' && name !== 'style-src') return directive;
    const needed = own[name];
    for (const hash of needed) if (!sources.includes(hash)) throw new Error(`${file}: an inline ${name === 'script-src' ? 'script' : 'style'} (${hash}) is not in the page's ${name}`);
    return [name, ...sources.filter((s) => !HASH.test(s) || needed.has(s))].join(' ');
  });
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${pruned.join(';')};">`);
}
