import { z } from 'zod';
import { manifestIdentitySchema } from './identity';
import { answerKeySchema, contentHashSchema } from './lock';
import { semverSchema } from './module';

/** One locked module version in the published manifest, format v1. */
export const manifestModuleV1Schema = z.object({
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

/** One locked module version in the published manifest, format v2: v1 plus `draw`. */
export const manifestModuleV2Schema = manifestModuleV1Schema
  .extend({
    /** Questions presented per attempt: the bank size when the bank has no `draw`. */
    draw: z.number().int().min(1),
  })
  .refine((m) => m.draw <= m.questions.length, { message: 'draw is larger than the number of questions', path: ['draw'] });

/** A module entry of either manifest format; `draw` is absent in v1 (every question is presented). */
export type ManifestModule = z.infer<typeof manifestModuleV1Schema> & { draw?: number };

/** One locked version of the AI-use policy in the manifest (v2). */
export const manifestPolicySchema = z.object({
  /** Policy version. */
  version: z.string().min(1),
  /** Title at that version. */
  title: z.string(),
  /** Content hash of that version's text. */
  contentHash: contentHashSchema,
  /** Acknowledgements of this version must report at least this many seconds of reading. */
  minReadingSeconds: z.number().int().min(0),
  /** True on the version the site serves now. */
  current: z.boolean(),
});
export type ManifestPolicy = z.infer<typeof manifestPolicySchema>;

/** `records/manifest.json`, format v1: every published module version with its hash and answer key. */
export const manifestV1Schema = z.object({
  /** Format version. */
  v: z.literal(1),
  /** Build id; records carry it in `site.build`. */
  build: z.string().min(1),
  /** One entry per locked version. */
  modules: z.array(manifestModuleV1Schema),
});

/** `records/manifest.json`, format v2: v1 plus `draw` per module, the policy versions and the SSO identity. */
export const manifestV2Schema = z.object({
  /** Format version. */
  v: z.literal(2),
  /** Build id; records carry it in `site.build`. */
  build: z.string().min(1),
  /** One entry per locked module version. */
  modules: z.array(manifestModuleV2Schema),
  /** One entry per locked policy version; empty before the first is locked. */
  policies: z.array(manifestPolicySchema),
  /** Present only when org.yaml configures single sign-on: what ID tokens are checked against. */
  identity: manifestIdentitySchema.optional(),
});

/** A records manifest of either format; every tool accepts both. */
export const manifestSchema = z.discriminatedUnion('v', [manifestV1Schema, manifestV2Schema]);
export type ManifestV2 = z.infer<typeof manifestV2Schema>;
/**
 * A parsed manifest of either format, with one element type for `modules` so code reads both alike
 * (narrow on `v` for `policies` and `identity`).
 */
export type Manifest = (Omit<z.infer<typeof manifestV1Schema>, 'modules'> | Omit<ManifestV2, 'modules'>) & { modules: ManifestModule[] };
