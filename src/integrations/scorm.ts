import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, readContent } from '../build/content';
import { PACKAGES_DIR, packageEntries, packageZip, readSiteManifest } from '../build/scorm-package';
import { currentVersionOf } from '../build/settings';

/**
 * Writes `packages/scorm12/<module-id>.zip` for every module after the build: one SCORM 1.2 SCO per
 * module (src/build/scorm-package.ts). Runs after the content integration, whose records manifest
 * each package carries; any missing piece fails the build with the module named.
 */
export default function scormIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'aga-scorm',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const set = readContent(contentDir());
        const out = join(dist, PACKAGES_DIR);
        // Read once: each package carries its own module's part of it.
        const manifest = readSiteManifest(dist);
        mkdirSync(out, { recursive: true });
        for (const m of set.modules) {
          const published = currentVersionOf(set, m.id);
          const zip = packageZip(packageEntries({ dist, base, moduleId: m.id, version: published.version, title: published.title, passMarkPercent: published.passMarkPercent, manifest }));
          writeFileSync(join(out, `${m.id}.zip`), zip);
          logger.info(`${PACKAGES_DIR}/${m.id}.zip: ${(zip.byteLength / 1024).toFixed(1)} KB`);
        }
      },
    },
  };
}
