// What /api/v1/credential-requests accepts and returns. The link (`url`, with its secret) is in
// exactly one answer: the one to POST; reads never carry it.
import { z } from 'zod';
import { EXPIRY_CHOICES } from '@/lib/credential-requests/expiry';
import { credentialRequestSchema } from '@/lib/credential-requests/schemas';

export const newCredentialRequestBody = z.strictObject({
  name: credentialRequestSchema.shape.name.meta({ description: 'A name to suggest for the credential; the token holder may change it.' }),
  note: credentialRequestSchema.shape.note.meta({ description: 'Shown to the token holder: what the token is for.' }),
  recipientEmail: credentialRequestSchema.shape.recipientEmail.meta({ description: 'Who holds the token. When the server sends email (SMTP_URL), the link is emailed to them.' }),
  expiresIn: credentialRequestSchema.shape.expiresIn.meta({ description: 'How long the link works: 1h, 24h (default) or 7d.' }),
});

const limit = z.coerce.number({ error: 'Use a whole number from 1 to 100.' }).int('Use a whole number from 1 to 100.').min(1, 'Use a whole number from 1 to 100.').max(100, 'Use a whole number from 1 to 100.').default(25);
export const credentialRequestListQuery = z.object({
  limit: limit.meta({ description: 'Requests per page, newest first.' }),
  cursor: z.string().max(200).optional().meta({ description: '`nextCursor` of the previous page.' }),
});

const isoTime = z.iso.datetime({ offset: true });
const named = z.object({ id: z.uuid(), name: z.string() });
const person = z.object({ id: z.string(), name: z.string() });

export const credentialRequestSchemaOut = z.object({
  id: z.uuid(),
  purpose: z.enum(['new', 'replace']).meta({ description: '`new`: saving through the link creates a credential; `replace`: it replaces `target`’s token.' }),
  status: z.enum(['pending', 'opened', 'fulfilled', 'expired', 'revoked', 'locked']).meta({ description: '`locked`: 10 wrong tokens were tried through the link.' }),
  name: z.string(),
  note: z.string(),
  recipientEmail: z.string().nullable(),
  expiresIn: z.enum(EXPIRY_CHOICES),
  createdAt: isoTime,
  expiresAt: isoTime,
  openedAt: isoTime.nullable(),
  fulfilledAt: isoTime.nullable(),
  revokedAt: isoTime.nullable(),
  lockedAt: isoTime.nullable(),
  failedAttempts: z.int(),
  requestedBy: person,
  target: named.nullable(),
  credential: named.nullable().meta({ description: 'The credential saved (or whose token was replaced) through the link.' }),
  email: z.object({ status: z.enum(['queued', 'sent', 'failed']), lastError: z.string().nullable() }).nullable(),
});

export const createdCredentialRequestSchema = credentialRequestSchemaOut.extend({
  url: z.url().meta({ description: 'The link to send to the token holder. It works once, until expiresAt. Only this answer holds it.' }),
  emailOutcome: z.enum(['none', 'off', 'queued', 'not-queued']).meta({ description: '`off`: the server sends no email, so send the link yourself; `not-queued`: the email could not be queued (the link still works).' }),
});

export const credentialRequestPageSchema = z.object({
  items: z.array(credentialRequestSchemaOut),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
});
