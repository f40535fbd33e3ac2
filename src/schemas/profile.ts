import { z } from 'zod';

/** The learner's details, kept on the device only (localStorage `aga:profile`). */
export const profileSchema = z.object({
  /** Full name as it should appear on certificates. */
  name: z.string().trim().min(1, 'Enter your name').max(200),
  /** Work email address. */
  email: z.string().trim().email('Enter a valid work email address').max(320),
  /** Employee ID as HR knows it. */
  employeeId: z
    .string()
    .trim()
    .min(1, 'Enter your employee ID')
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, dots, hyphens or underscores only'),
});
export type Profile = z.infer<typeof profileSchema>;
