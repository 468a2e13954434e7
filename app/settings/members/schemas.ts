import { z } from 'zod';
import { authIdSchema, emailSchema, workspaceNameSchema } from '@/lib/auth/account-schemas';

export const inviteSchema = z.object({
  email: emailSchema('colleague@company.com'),
  role: z.enum(['member', 'admin'], { message: 'Choose Member or Admin.' }),
});

export const roleChangeSchema = z.object({
  memberId: authIdSchema,
  role: z.enum(['member', 'admin', 'owner'], { message: 'Choose a role.' }),
});

export const newWorkspaceSchema = z.object({
  workspaceName: workspaceNameSchema('Name the workspace (at least 2 characters).'),
});
