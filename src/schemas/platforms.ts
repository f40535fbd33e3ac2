import { z } from 'zod';
import { DATA_CLASS_IDS, dataClassIdSchema } from './data-classes';

/** Decision status of a platform for this organisation. */
export const platformStatusSchema = z.enum(['approved', 'conditional', 'prohibited']);
export type PlatformStatus = z.infer<typeof platformStatusSchema>;

/** A kebab-case id, stable once published. */
export const kebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (lower-case letters, digits and single hyphens)');

/** One entry of `content/policy/platforms.yaml`. */
export const platformSchema = z
  .object({
    /** Stable kebab-case id, used in URLs (`/guidelines/platforms/<id>/`). */
    id: kebabIdSchema,
    /** Product name as engineers know it. */
    name: z.string().min(1),
    /** Company or team that provides it. */
    vendor: z.string().min(1),
    /** What kind of tool it is, e.g. "Coding assistant (IDE plugin)". */
    kind: z.string().min(1),
    /** approved, conditional or prohibited. */
    status: platformStatusSchema,
    /** Most sensitive data class allowed in it; absent when prohibited. */
    maxDataClass: dataClassIdSchema.optional(),
    /** Conditions of use (account type, settings, retention). Empty when none. */
    conditions: z.array(z.string().min(1)).default([]),
    /**
     * Exceptions: kinds of data barred from this platform even though their class is within
     * `maxDataClass` ("confidential, except customer personal data"). `dataClass` is the class that
     * kind of data belongs to; the exception applies to that class and every more sensitive one.
     */
    excludes: z.array(z.object({ dataClass: dataClassIdSchema, what: z.string().min(1) }).strict()).default([]),
    /**
     * For coding agents: what the agent may connect to and what it must not read. `mcpServers` are
     * registry ids of the only MCP servers it may use (each an entry that is not prohibited);
     * `denyRead` are paths and globs to configure as deny rules or content exclusions in the tool.
     */
    agent: z
      .object({
        /** Registry ids of the MCP servers this agent may use; every other server is barred. */
        mcpServers: z.array(kebabIdSchema).default([]),
        /** Files and folders the agent must not read, such as ".env*" or "~/.aws/**". */
        denyRead: z.array(z.string().min(1)).min(1),
      })
      .strict()
      .optional(),
    /** Who owns the decision (a role or team). */
    owner: z.string().min(1),
    /** Date of the last review, YYYY-MM-DD. */
    reviewed: z.coerce.date(),
    /** Why the decision is what it is. */
    reason: z.string().min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.status === 'prohibited' && p.maxDataClass !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['maxDataClass'], message: 'must be absent when status is prohibited' });
    }
    if (p.status !== 'prohibited' && p.maxDataClass === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['maxDataClass'], message: `required when status is ${p.status}` });
    }
    if (p.status === 'prohibited' && p.excludes.length > 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['excludes'], message: 'must be empty when status is prohibited (nothing is allowed to except from)' });
    }
    if (p.maxDataClass !== undefined) {
      const max = DATA_CLASS_IDS.indexOf(p.maxDataClass);
      p.excludes.forEach((e, i) => {
        if (DATA_CLASS_IDS.indexOf(e.dataClass) > max) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['excludes', i, 'dataClass'], message: `"${e.dataClass}" is above maxDataClass "${p.maxDataClass}", so it is already barred; an exception must lie within the limit` });
        }
      });
    }
  });

/** The whole file: a list with unique ids. */
export const platformsFileSchema = z.array(platformSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((p, i) => {
    if (seen.has(p.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'id'], message: `duplicate platform id "${p.id}"` });
    seen.add(p.id);
  });
  // An agent may only be pointed at MCP servers the registry itself allows.
  list.forEach((p, i) => {
    p.agent?.mcpServers.forEach((id, j) => {
      const server = list.find((x) => x.id === id);
      if (!server) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'agent', 'mcpServers', j], message: `"${id}" is not an entry of the registry` });
      else if (server.status === 'prohibited') ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'agent', 'mcpServers', j], message: `"${id}" is prohibited, so no agent may use it` });
    });
  });
});

export type Platform = z.infer<typeof platformSchema>;
