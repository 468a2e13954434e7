// Client-safe: what the "Request from someone else" dialog sends besides credentialRequestSchema's fields.
import { z } from 'zod';

/** Where the request was made from: a flow's Authenticate step, or a credential whose token it replaces. */
export const requestContextSchema = z.object({
  flowKind: z.enum(['source', 'destination']).optional(),
  replaceCredentialId: z.uuid({ message: 'Unknown credential.' }).optional(),
});

export const requestIdSchema = z.object({ id: z.string().min(1).max(200) });
