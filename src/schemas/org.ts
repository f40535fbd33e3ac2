import { z } from 'zod';
import { ssoSchema } from './identity';

/** `content/org.yaml`: the organisation that publishes this training. */
export const orgSchema = z
  .object({
    /** Organisation name, shown in the header and on certificates. */
    name: z.string().min(1),
    /** True while the file is the shipped sample; replace it and set false before going live. */
    template: z.boolean().default(false),
    /** Role or person who owns the AI-use policy. */
    policyOwner: z.string().min(1),
    /** Where learners send exported records and questions (an email address or a channel). */
    contact: z.string().min(1),
    /** Version of the policy as a whole, shown in the footer and the changelog. */
    policyVersion: z.string().min(1),
    /** Pass mark in percent for modules that do not set their own. Default 80. */
    passMarkPercent: z.number().int().min(1).max(100).default(80),
    /** Months after a pass before re-training is due, for modules that do not set their own. Default 12. */
    retrainMonths: z.number().int().min(1).max(120).default(12),
    /** The company's OpenID Provider, when learners sign in with it (docs/identity.md); absent: learners type their details. */
    sso: ssoSchema.optional(),
  })
  .strict();

export type Org = z.infer<typeof orgSchema>;
