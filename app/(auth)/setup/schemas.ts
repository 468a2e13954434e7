import { z } from 'zod';
import { emailSchema, passwordSchema, personNameSchema, workspaceNameSchema } from '@/lib/auth/account-schemas';

export const accountFields = {
  name: personNameSchema,
  email: emailSchema('you@company.com'),
  password: passwordSchema,
};

export const setupSchema = z.object({
  ...accountFields,
  workspaceName: workspaceNameSchema('Name your workspace (at least 2 characters).'),
});
