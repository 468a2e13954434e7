import { z } from 'zod';

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address, like colleague@company.com.')),
  role: z.enum(['member', 'admin'], { message: 'Choose Member or Admin.' }),
});

export const roleChangeSchema = z.object({
  memberId: z.string().min(1),
  role: z.enum(['member', 'admin', 'owner'], { message: 'Choose a role.' }),
});
