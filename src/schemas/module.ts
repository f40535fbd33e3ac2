import { z } from 'zod';

/** A semantic version string such as "1.2.0". Quote it in YAML. */
export const semverSchema = z.string().regex(/^\d+\.\d+\.\d+$/, 'a quoted semantic version such as "1.0.0"');

/** Frontmatter of `content/modules/<id>.mdx`. */
export const moduleFrontmatterSchema = z
  .object({
    /** Module title, shown on the training path, the quiz and certificates. */
    title: z.string().min(1),
    /** One-sentence summary for the training path. */
    summary: z.string().min(1),
    /** Position on the training path, 1 first. */
    order: z.number().int().min(1),
    /** Version of text plus quiz; bump it on any change, then run `npm run content:lock`. */
    version: semverSchema,
    /** Honest reading time plus quiz, in minutes. */
    minutes: z.number().int().min(1).max(240),
    /** Pass mark for this module; default: `passMarkPercent` of org.yaml. */
    passMarkPercent: z.number().int().min(1).max(100).optional(),
    /** Re-training period for this module; default: `retrainMonths` of org.yaml. */
    retrainMonths: z.number().int().min(1).max(120).optional(),
    /** Learning objectives, shown at the top of the module. */
    objectives: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type ModuleFrontmatter = z.infer<typeof moduleFrontmatterSchema>;
