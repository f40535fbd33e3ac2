import { z } from 'zod';
import { semverSchema } from './module';
import { kebabIdSchema } from './platforms';

/**
 * `content/changelog.yaml`: what changed in each published module version, in a sentence or two a
 * learner reads. Module id to version to text. The changelog page shows every entry; the home
 * page shows a learner who passed an older version the entries of the versions since.
 */
export const changelogFileSchema = z.record(kebabIdSchema, z.record(semverSchema, z.string().min(1)));
export type ChangelogFile = z.infer<typeof changelogFileSchema>;
