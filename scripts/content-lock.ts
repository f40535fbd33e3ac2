/** `npm run content:lock`: adds the current version of every module to content/versions.lock.json. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, contentDir, readContent, updatedLock } from '../src/build/content';

try {
  const set = readContent(contentDir());
  const { lock, added, problems } = updatedLock(set);
  if (problems.length > 0) throw new ContentError(problems);
  const path = join(set.dir, 'versions.lock.json');
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length > 0 ? `Locked ${added.join(', ')} in ${path}` : `Nothing to lock: every module version is already in ${path}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
