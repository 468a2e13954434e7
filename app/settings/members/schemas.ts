import { z } from 'zod';

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address, like colleague@company.com.')),
  role: z.enum(['member', 'admin'], { message: 'Choose Member or Admin.' }),
});

export const roleChangeSchema = z.object({
  memberId: z.string().min(1),
  role: z.enum(['member', 'admin', 'owner'], { message: 'Choose a role.' }),
});

export const newWorkspaceSchema = z.object({
  workspaceName: z.string().trim().min(2, 'Name the workspace (at least 2 characters).').max(80, 'Use at most 80 characters.'),
});
