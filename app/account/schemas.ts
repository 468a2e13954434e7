import { z } from 'zod';
import { passwordSchema, personNameSchema } from '@/lib/auth/account-schemas';

export const profileSchema = z.object({ name: personNameSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(128, 'That is not your current password: it has at most 128 characters.'),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords do not match. Type the new password again.' })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ['newPassword'], message: 'Choose a password different from your current one.' });

export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/);
