import { z } from 'zod';
import { authIdSchema } from '@/lib/auth/account-schemas';
import { accountFields } from '../../setup/schemas';

export const inviteSignUpSchema = z.object({
  invitationId: authIdSchema,
  name: accountFields.name,
  password: accountFields.password,
});
