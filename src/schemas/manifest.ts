import { z } from 'zod';
import { answerKeySchema, contentHashSchema } from './lock';
import { semverSchema } from './module';

/** One locked module version in the published manifest. */
export const manifestModuleSchema = z.object({
  /** Module id. */
  id: z.string().min(1),
  /** Module version. */
  version: semverSchema,
  /** Title at that version. */
  title: z.string(),
  /** Content hash of that version. */
  contentHash: contentHashSchema,
  /** Pass mark used to grade records of that version. */
  passMarkPercent: z.number().int().min(1).max(100),
  /** Re-training period in months. */
  retrainMonths: z.number().int().min(1),
  /** True on the version the site serves now. */
  current: z.boolean(),
  /** Answer key in bank order. */
  questions: z.array(answerKeySchema),
});
export type ManifestModule = z.infer<typeof manifestModuleSchema>;

/** `records/manifest.json`: every published module version with its hash and answer key. */
export const manifestSchema = z.object({
  /** Format version. */
  v: z.literal(1),
  /** Build id; records carry it in `site.build`. */
  build: z.string().min(1),
  /** One entry per locked version. */
  modules: z.array(manifestModuleSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;
