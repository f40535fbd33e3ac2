import { z } from 'zod';

/** Data-class ids, least to most sensitive. The order is part of the policy. */
export const DATA_CLASS_IDS = ['public', 'internal', 'confidential', 'restricted'] as const;

/** A data-class id. */
export const dataClassIdSchema = z.enum(DATA_CLASS_IDS);
export type DataClassId = z.infer<typeof dataClassIdSchema>;

/** One entry of `content/policy/data-classes.yaml`. */
export const dataClassSchema = z
  .object({
    /** Stable id: public, internal, confidential or restricted. */
    id: dataClassIdSchema,
    /** Display name, e.g. "Confidential". */
    name: z.string().min(1),
    /** What belongs in this class, in one or two sentences. */
    meaning: z.string().min(1),
    /** Concrete examples from software work. */
    examples: z.array(z.string().min(1)).min(1),
    /** The rule for AI tools for data of this class. */
    aiRule: z.string().min(1),
  })
  .strict();

/** The whole file: every class once, least to most sensitive. */
export const dataClassesFileSchema = z
  .array(dataClassSchema)
  .superRefine((list, ctx) => {
    const ids = list.map((c) => c.id);
    const expected = DATA_CLASS_IDS.join(', ');
    if (ids.join(',') !== DATA_CLASS_IDS.join(',')) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `expected the classes ${expected}, each once and in that order; found ${ids.join(', ') || 'none'}`,
      });
    }
  });

export type DataClass = z.infer<typeof dataClassSchema>;
