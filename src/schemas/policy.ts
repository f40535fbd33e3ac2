import { z } from 'zod';

/** Frontmatter of `content/policy/policy.mdx`, the AI-use policy learners acknowledge. */
export const policyFrontmatterSchema = z
  .object({
    /** Title of the policy, shown on /policy/ and in HR's roster. */
    title: z.string().min(1),
    /** One sentence on what the policy is, for the home page. */
    summary: z.string().min(1),
    /**
     * Seconds the text must have been visible before "I have read and accept" is enabled; locked with
     * the version, and acknowledgements reporting less fail `reading-time`.
     */
    minReadingSeconds: z.number().int().min(0).max(3600),
  })
  .strict();
export type PolicyFrontmatter = z.infer<typeof policyFrontmatterSchema>;
