import { z } from 'zod';

/**
 * The learner's details as a signed record carries them: the profile form's rules, exactly (no
 * trimming here: a record is refused when a field is not what the form could have saved).
 * One schema for both: the form trims what was typed and then applies these.
 */
export const learnerFieldsSchema = z.object({
  /** Full name as it should appear on certificates. */
  name: z.string().min(1, 'Enter your name').max(200),
  /** Work email address. */
  email: z.string().email('Enter a valid work email address').max(320),
  /** Employee ID as HR knows it. */
  employeeId: z
    .string()
    .min(1, 'Enter your employee ID')
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dots, hyphens or underscores only'),
});

const trimmed = <T extends z.ZodTypeAny>(field: T) => z.string().trim().pipe(field);

/** The learner's details, kept on the device only (localStorage `aga:profile`). */
export const profileSchema = z.object({
  name: trimmed(learnerFieldsSchema.shape.name),
  email: trimmed(learnerFieldsSchema.shape.email),
  employeeId: trimmed(learnerFieldsSchema.shape.employeeId),
});
export type Profile = z.infer<typeof profileSchema>;
