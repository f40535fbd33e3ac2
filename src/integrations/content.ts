import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, posix } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ContentError, checkLock, contentDir, readContent } from '../build/content';
import { contentManifest, manifestText } from '../build/manifest';
import { MANIFEST_FILE } from '../lib/records/manifest-file';
import { completionRecordJsonSchema, RECORD_SCHEMA_FILE } from '../lib/records/json-schema';

/**
 * Checks all of `content/` before Astro starts (schemas, YAML syntax, missing files, quiz anchors,
 * the versions lock), so a broken file stops `astro build` and `astro dev` with the file and field
 * named, and writes `records/manifest.json` and the record's JSON Schema into the output after the build.
 */
export default function contentIntegration(): AstroIntegration {
  return {
    name: 'aga-content',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const set = readContent(contentDir());
        // In dev an author edits text before bumping the version; only builds must match the lock.
        if (command === 'build') {
          const problems = checkLock(set);
          if (problems.length > 0) throw new ContentError(problems);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const manifest = await contentManifest(readContent(contentDir()));
        const manifestPath = join(fileURLToPath(dir), MANIFEST_FILE);
        // The record's JSON Schema is published beside the manifest (docs/record-format.md).
        const out = dirname(manifestPath);
        mkdirSync(out, { recursive: true });
        writeFileSync(manifestPath, manifestText(manifest));
        logger.info(`${MANIFEST_FILE}: ${manifest.modules.length} module versions, build ${manifest.build}`);
        writeFileSync(join(out, RECORD_SCHEMA_FILE), `${JSON.stringify(completionRecordJsonSchema(), null, 1)}\n`);
        logger.info(`${posix.join(posix.dirname(MANIFEST_FILE), RECORD_SCHEMA_FILE)} written`);
      },
    },
  };
}
