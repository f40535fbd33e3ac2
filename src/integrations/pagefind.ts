import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { rechunkIndex } from '../build/pagefind-chunks';

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

/**
 * CBOR bytes per index chunk after re-chunking (about 1 KB gzip): one query term fetches one
 * chunk, where Pagefind's own chunks hold 20,000 word positions (33 KB gzip on this site).
 */
const INDEX_CHUNK_BYTES = 2000;
/** The signature Pagefind puts before the CBOR of its files, inside the gzip. */
const SIGNATURE = 'pagefind_dcd';

function readPagefindFile(file: string): Uint8Array {
  const bytes = gunzipSync(readFileSync(file));
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`${file} does not start with Pagefind's signature`);
  return bytes.subarray(SIGNATURE.length);
}

function writePagefindFile(file: string, cbor: Uint8Array): void {
  writeFileSync(file, gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), cbor]), { level: 9 }));
}

/**
 * Replaces Pagefind's word index chunks with smaller ones (see src/build/pagefind-chunks.ts) and
 * points the entry file at the rewritten meta, under a new content hash so no cache serves the old one.
 */
function rechunkBundle(bundle: string): { before: number; after: number } {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const indexDir = join(bundle, 'index');
  const files = readdirSync(indexDir).filter((f) => f.endsWith('.pf_index'));
  const chunks = new Map(files.map((f) => [f.slice(0, -'.pf_index'.length), readPagefindFile(join(indexDir, f))]));
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(bundle, `pagefind.${info.hash}.pf_meta`);
    let next;
    try {
      next = rechunkIndex({ meta: readPagefindFile(metaFile), chunks }, INDEX_CHUNK_BYTES);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not re-split the search index of ${metaFile} (src/build/pagefind-chunks.ts reads Pagefind 1.6's layout): ${why}`);
    }
    rmSync(metaFile);
    info.hash = `${language}_${createHash('sha256').update(next.meta).digest('hex').slice(0, 10)}`;
    writePagefindFile(join(bundle, `pagefind.${info.hash}.pf_meta`), next.meta);
    for (const [hash, cbor] of next.chunks) writePagefindFile(join(indexDir, `${hash}.pf_index`), cbor);
    for (const hash of chunks.keys()) if (hash.startsWith(`${language}_`) && !next.chunks.has(hash)) rmSync(join(indexDir, `${hash}.pf_index`));
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return { before: files.length, after: readdirSync(indexDir).length };
}

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
          const chunked = rechunkBundle(join(site, 'pagefind'));
          logger.info(`pagefind/: ${added.page_count} pages indexed, ${chunked.before} index chunks split into ${chunked.after}, in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
