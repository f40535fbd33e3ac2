import { z } from 'zod';
import { recordIdentitySchema } from './identity';
import { contentHashSchema } from './lock';
import { learnerFieldsSchema } from './profile';

/** A count or index in a signed record: an integer JSON numbers and every JCS implementation carry exactly. */
const count = () => z.number().int().safe();

/**
 * Unpadded base64url with no spare bits set in its last character: the one text of its bytes
 * (decoders ignore spare bits, so a changed character could otherwise mean the same bytes).
 */
export const CANONICAL_BASE64URL = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-][AQgw]|[A-Za-z0-9_-]{2}[AEIMQUYcgkosw048])?$/;

/**
 * A learner field as the profile form saves it: no space before or after it (`\s` is the set
 * String.prototype.trim removes, so this is `s === s.trim()`). A pattern, not a refinement: zod 3
 * spends about 5 µs on each refinement, and verification runs these on every record. Patterns here
 * keep to plain groups and classes, the part of ECMAScript's syntax JSON Schema validators in other
 * languages share, since docs/schemas publishes them.
 */
const asSaved = (field: z.ZodString, what: string) =>
  field.regex(/^(\S([\s\S]*\S)?)?$/, `${what} has spaces before or after it, which the profile form removes`);

/**
 * A real day and time of day in that form: months of their length, February 29 in leap years only
 * (Gregorian: every 4th year, not every 100th, every 400th), hours to 23, seconds to 59. With the
 * pattern below it is exactly the texts that read back the same through Date and toISOString()
 * (tests/unit/record-time.test.ts checks every day of 400 years). A pattern, where a refinement
 * doing that round trip costs zod 3 about 5 µs on every record verified.
 */
const REAL_TIME = new RegExp(
  '^(\\d{4}-((0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])|(0[469]|11)-(0[1-9]|[12]\\d|30)|02-(0[1-9]|1\\d|2[0-8]))' +
    '|(\\d\\d(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)' +
    'T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d\\.\\d{3}Z$',
);

/** ISO time as `Date.prototype.toISOString()` prints it: UTC, milliseconds, `Z`. */
export const isoTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'a UTC time with milliseconds, as toISOString() prints it')
  // The first pattern alone lets 2026-13-45T99:99:99.999Z through, which breaks every date computed from it later.
  .regex(REAL_TIME, 'a real time that reads back the same through toISOString()');

/** The signed payload of a completion record, format v1 (docs/record-format.md). */
export const recordPayloadSchema = z
  .object({
    /** Always "aga.completion". */
    type: z.literal('aga.completion'),
    /** Format version, 1. */
    v: z.literal(1),
    /** Random UUID of this record. */
    recordId: z.string().uuid(),
    /** Where and by which build the record was made. */
    site: z.object({
      /** `location.origin` of the page that signed it. */
      origin: z.string().min(1),
      /** Build id from the manifest. */
      build: z.string().min(1),
    }).strict(),
    /** The module version taken. */
    module: z.object({
      /** Module id. */
      id: z.string().min(1),
      /** Module version. */
      version: z.string().min(1),
      /** Content hash of that version. */
      contentHash: contentHashSchema,
    }).strict(),
    /** Who took it, as they typed it (name NFC-normalised). */
    learner: z.object({
      /** Full name, NFC-normalised: the profile form's rules (src/schemas/profile.ts). */
      name: asSaved(learnerFieldsSchema.shape.name, 'the name')
        .refine((s) => s === s.normalize('NFC'), 'the name is not NFC-normalised, as the site signs it'),
      /** Work email: the profile form's rules. */
      email: asSaved(learnerFieldsSchema.shape.email, 'the email'),
      /** Employee ID: the profile form's rules (letters, digits, dots, hyphens, underscores; at most 64). */
      employeeId: learnerFieldsSchema.shape.employeeId,
    }).strict(),
    /** Which attempt and when. */
    attempt: z.object({
      /** 1-based attempt number for this module on this device. */
      n: count().min(1),
      /** When the attempt started. */
      startedAt: isoTimeSchema,
      /** When it was submitted: not before startedAt. */
      completedAt: isoTimeSchema,
    }).strict()
      .refine((a) => a.startedAt <= a.completedAt, { message: 'completedAt is before startedAt', path: ['completedAt'] }),
    /** Every question of the bank in bank order, with the selected option indices (0-based, authored order, ascending). */
    answers: z.array(
      z.object({
        /** Question id. */
        q: z.string().min(1),
        /** Selected option indices, ascending. */
        selected: z.array(count().min(0)),
      }).strict(),
    ),
    /** The score as graded when signed. */
    score: z.object({
      /** Questions answered exactly right. */
      correct: count().min(0),
      /** Questions in the bank. */
      total: count().min(1),
      /** Pass mark applied. */
      passMarkPercent: z.number().int().min(1).max(100),
      /** `correct * 100 >= passMarkPercent * total`. */
      passed: z.boolean(),
    }).strict(),
  })
  .strict();
export type RecordPayloadV1 = z.infer<typeof recordPayloadSchema>;

/**
 * The signed payload of a completion record, format v2: v1 plus `identity`, and `answers` lists the
 * questions presented in this attempt (a draw from the bank, or every question), in bank order;
 * `score.total` is their number.
 */
export const completionV2PayloadSchema = recordPayloadSchema.extend({
  /** Format version, 2. */
  v: z.literal(2),
  /** How the learner's identity is known: typed in (self-declared), or vouched for by the company's sign-in (oidc). */
  identity: recordIdentitySchema,
});
export type CompletionV2Payload = z.infer<typeof completionV2PayloadSchema>;

/** A completion payload of any supported format version (v1 or v2), told apart by `v`. */
export const completionPayloadSchema = z.discriminatedUnion('v', [recordPayloadSchema, completionV2PayloadSchema]);
/** A completion payload of any supported format version: what verification returns and HR's tools read. */
export type RecordPayload = z.infer<typeof completionPayloadSchema>;

/** A completion record: a JWS in flattened JSON serialization. */
export const recordJwsSchema = z
  .object({
    /** base64url of the protected header JSON. */
    protected: z.string().min(1).regex(CANONICAL_BASE64URL, 'base64url text without padding or spare bits'),
    /** base64url of the JCS-serialized payload. */
    payload: z.string().min(1).regex(CANONICAL_BASE64URL, 'base64url text without padding or spare bits'),
    /** base64url of the 64-byte r||s ECDSA signature. */
    signature: z.string().regex(/^[A-Za-z0-9_-]*$/, 'base64url text'),
  })
  .strict();
export type RecordJws = z.infer<typeof recordJwsSchema>;

/** The members of a private or secret JWK: a record's header carries a public key only. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const;

/**
 * The protected header of a record: exactly these members (no `b64`, `crit` or anything else that
 * would change how the signature is read). alg, typ and kid values are checked after the schema,
 * each with its own reason code.
 */
export const recordHeaderSchema = z.object({
  /** Must be ES256. */
  alg: z.string(),
  /** Must be "aga-completion+jws". */
  typ: z.string().optional(),
  /** The signer's public key: an EC key has exactly kty, crv, x and y; no key may carry private members. */
  jwk: z.object({ kty: z.string(), crv: z.string().optional(), x: z.string().optional(), y: z.string().optional() })
    .passthrough()
    .superRefine((jwk, ctx) => {
      const extra = Object.keys(jwk).filter((k) => !['kty', 'crv', 'x', 'y'].includes(k));
      const secret = extra.filter((k) => (PRIVATE_JWK_MEMBERS as readonly string[]).includes(k));
      if (secret.length > 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `the key carries private member ${secret.join(', ')}` });
      else if (jwk.kty === 'EC' && extra.length > 0) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `unexpected member ${extra.join(', ')} in an EC key` });
    }),
  /** RFC 7638 thumbprint of jwk, base64url. */
  kid: z.string(),
}).strict();
export type RecordHeader = z.infer<typeof recordHeaderSchema>;

/** The export bundle a learner hands in. */
export const exportBundleSchema = z
  .object({
    /** Always "aga.export". */
    type: z.literal('aga.export'),
    /** Format version, 1. */
    v: z.literal(1),
    /** When the bundle was written. */
    exportedAt: isoTimeSchema,
    /** Records, as JWS objects. */
    records: z.array(z.unknown()),
  })
  .strict();
export type ExportBundle = z.infer<typeof exportBundleSchema>;
