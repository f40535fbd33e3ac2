/**
 * A small static server for the browser tests and benchmarks: serves a built site the way a real
 * host would, with the response headers of its `_headers` file (shipped through public/), the
 * content types of deploy/nginx (wasm, Pagefind's .pf_* files) and the 404 page.
 * Usage: tsx tests/support/static-server.ts --dir dist --port 4401 [--base /]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** One rule of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** Parses the `_headers` format: a path line, then indented `Name: value` lines; `#` comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const colon = raw.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: cannot read line "${raw}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(path);
}

/** Where a started server listens. */
export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}

/**
 * Starts the server; resolves once it listens. `port` 0 takes a free port (read it with `portOf`).
 * `compress: false` sends files exactly as they are on disk, for benchmarks that count raw bytes.
 */
export function serveStatic(opts: { dir: string; port: number; base?: string; compress?: boolean }): Promise<Server> {
  const root = resolve(opts.dir);
  const base = (opts.base ?? '/').replace(/\/?$/, '/');
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const send = (status: number, file: string | null) => {
      const sitePath = `/${path.slice(base.length)}`;
      for (const rule of rules) if (matches(rule.pattern, sitePath)) for (const [k, v] of rule.headers) res.setHeader(k, v);
      if (!file) {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compress text and wasm as real hosts do (Pagefind's .pf_* files are gzip already).
      const compress = opts.compress !== false && /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|javascript|json|svg|wasm/.test(type);
      res.setHeader('content-type', type);
      if (compress) res.setHeader('content-encoding', 'gzip');
      else res.setHeader('content-length', statSync(file).size);
      res.writeHead(status);
      if (req.method === 'HEAD') res.end();
      else if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
      else createReadStream(file).pipe(res);
    };
    if (!path.startsWith(base)) {
      if (`${path}/` === base) {
        res.writeHead(301, { location: base }).end();
        return;
      }
      return send(404, null);
    }
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, rel);
    if (!file.startsWith(root)) return send(404, null);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (existsSync(file) && statSync(file).isFile()) return send(200, file);
    const notFound = join(root, '404.html');
    path = base;
    return send(404, existsSync(notFound) ? notFound : null);
  });
  return new Promise((done) => server.listen(opts.port, 'localhost', () => done(server)));
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const arg = (name: string, fallback?: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const dir = arg('dir', 'dist')!;
  const port = Number(arg('port', '4401'));
  await serveStatic({ dir, port, base: arg('base', '/') });
  console.log(`Serving ${dir} with its _headers on http://localhost:${port}${arg('base', '/')}`);
}
