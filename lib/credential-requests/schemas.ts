// Client-safe: the "Request from someone else" form and POST /api/v1/credential-requests validate with these.
import { z } from 'zod';
import { emailSchema } from '@/lib/auth/account-schemas';
import { credentialNameSchema } from '@/lib/credentials/schemas';
import { storableText } from '@/lib/text/text-schemas';
import { DEFAULT_EXPIRY, EXPIRY_CHOICES } from './expiry';

z.config({ jitless: true });

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const requestNoteSchema = storableText().trim().max(1000, 'Use at most 1,000 characters for the note.');

/** What the requester says: all optional; a blank name or email is the same as none. */
export const credentialRequestSchema = z.object({
  name: z.preprocess(blankToUndefined, credentialNameSchema.optional()),
  note: z.preprocess(blankToUndefined, requestNoteSchema.optional()).transform((value) => value ?? ''),
  recipientEmail: z.preprocess(blankToUndefined, emailSchema('admin@company.com').optional()),
  expiresIn: z.preprocess(blankToUndefined, z.enum(EXPIRY_CHOICES, { message: 'Choose how long the link stays valid: 1h, 24h or 7d.' }).default(DEFAULT_EXPIRY)),
});
export type CredentialRequestInput = z.output<typeof credentialRequestSchema>;

/** The flow a request was made from, so the credential comes back selected there. */
export const requestFlowSchema = z.object({
  kind: z.enum(['source', 'destination']),
  models: z.array(z.string().max(64)).max(50).default([]),
});
export type RequestFlow = z.output<typeof requestFlowSchema>;
