import { z } from 'zod';

export const passwordConfirmationSchema = z.object({
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(128, 'That password is longer than any password here (128 characters).'),
});

export const totpCodeSchema = z.object({
  code: z
    .string({ error: 'Enter the 6-digit code from your authenticator app.' })
    .transform((value) => value.replace(/\s+/gu, ''))
    .pipe(z.string().min(1, 'Enter the 6-digit code from your authenticator app.').regex(/^\d{6}$/u, 'The code is 6 digits, like 123 456.')),
});
