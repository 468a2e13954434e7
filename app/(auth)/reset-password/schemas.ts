import { z } from 'zod';
import { passwordSchema } from '@/lib/auth/account-schemas';

export const resetPasswordSchema = z
  .object({ token: z.string().max(200), newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords do not match. Type the new password again.' });

export const LINK_NO_LONGER_WORKS = 'This reset link no longer works: it was already used, it expired (links work for 1 hour), or it was not copied whole. Ask for a new link below.';
