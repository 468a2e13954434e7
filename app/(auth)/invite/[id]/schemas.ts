import { z } from 'zod';
import { accountFields } from '../../setup/schemas';

export const inviteSignUpSchema = z.object({
  invitationId: z.string().min(1),
  name: accountFields.name,
  password: accountFields.password,
});
