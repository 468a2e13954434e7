import { z } from 'zod';
import { emailSchema } from '@/lib/auth/account-schemas';

export const forgotPasswordSchema = z.object({ email: emailSchema('you@company.com') });
