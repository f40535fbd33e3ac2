/**
 * A test LMS for the SCORM browser test: serves the LMS page (tests/support/scorm-lms/, with
 * scorm-again's Scorm12API) under /lms/ and one extracted package under a random path, and logs
 * every request, so a test can prove the package asked for nothing outside its own path.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { portOf } from './static-server';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const here = fileURLToPath(new URL('./scorm-lms/', import.meta.url));
const scormAgain = createRequire(import.meta.url).resolve('scorm-again/scorm12/min');

export interface TestLms {
  origin: string;
  /** The random path the package is served under, e.g. `/content/3f9a.../`. */
  packagePath: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts the LMS on a free port with the zip at `zipPath` extracted under a random path. */
export async function startTestLms(zipPath: string): Promise<TestLms> {
  const files = unzipSync(readFileSync(zipPath));
  const packagePath = `/content/${randomBytes(8).toString('hex')}/course/`;
  const lmsFiles: Record<string, Uint8Array | string> = {
    '/lms/': readFileSync(join(here, 'index.html')),
    '/lms/lms.js': readFileSync(join(here, 'lms.js')),
    '/lms/scorm12.js': readFileSync(scormAgain),
  };
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const body = lmsFiles[path] ?? (path.startsWith(packagePath) ? files[path.slice(packagePath.length)] : undefined);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(path)] ?? (path.endsWith('/') ? TYPES['.html']! : 'application/octet-stream');
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  return {
    origin: `http://localhost:${portOf(server)}`,
    packagePath,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
