// What /api/v1 accepts, built from the very schemas the UI validates with (lib/credentials/schemas,
// the Planhat connector's fields), so the API and the forms cannot disagree. Unknown fields are
// refused: a misspelt `descripton` should fail loudly, not be dropped.
import { z } from 'zod';
import { planhatCredentialSchema } from '@/lib/connectors/planhat/spec';
import { CONNECTOR_IDS } from '@/lib/connectors/registry';
import { EVENT_KINDS } from '@/lib/credentials/event-kinds';
import { credentialDetailsSchema, newCredentialSchema } from '@/lib/credentials/schemas';
import { searchTermSchema } from '@/lib/text/text-schemas';
import { credentialStatusSchema } from './credential-resources';

const tokenOptions = {
  verify: z.boolean().default(true).meta({ description: 'Check the token with Planhat before saving. false saves it as "Not verified".' }),
  acceptDuplicateToken: z.boolean().default(false).meta({ description: 'Save even if the token is already saved under another credential of this workspace.' }),
  acceptNoReadAccess: z.boolean().default(false).meta({ description: 'Save even if Planhat accepts the token but it can read no data model.' }),
};

const newCredentialShape = newCredentialSchema('planhat').shape;
const tokenField = {
  apiAccessToken: newCredentialShape.apiAccessToken.meta({
    description: 'The Planhat API Access Token. Stored sealed and never returned; responses show its last four characters as tokenHint.',
    writeOnly: true,
  }),
};

export const newCredentialRequest = z.strictObject({
  connector: z.enum(CONNECTOR_IDS).default('planhat'),
  ...newCredentialShape,
  ...tokenField,
  ...tokenOptions,
});

export const credentialChangesRequest = z
  .strictObject(credentialDetailsSchema.partial().shape)
  .refine((changes) => changes.name !== undefined || changes.description !== undefined, { message: 'Send a new name, a new description, or both.' });

export const tokenReplacementRequest = z.strictObject({ ...planhatCredentialSchema.shape, ...tokenField, ...tokenOptions });

// Query strings carry text: limits arrive as "25".
const limit = (max: number, fallback: number) =>
  z.coerce.number({ error: `Use a whole number from 1 to ${max}.` }).int(`Use a whole number from 1 to ${max}.`).min(1, `Use a whole number from 1 to ${max}.`).max(max, `Use a whole number from 1 to ${max}.`).default(fallback);

export const credentialListQuery = z.object({
  connector: z.enum(CONNECTOR_IDS, { error: `Use one of: ${CONNECTOR_IDS.join(', ')}.` }).optional(),
  status: credentialStatusSchema.optional().meta({ description: 'Only credentials with this status.' }),
  search: searchTermSchema.optional().meta({ description: 'Matches name or description, ignoring case.' }),
  limit: limit(100, 25).meta({ description: 'Credentials per page, newest first.' }),
  cursor: z.string().max(200).optional().meta({ description: '`nextCursor` of the previous page.' }),
});

export const eventListQuery = z.object({
  kind: z
    .enum(EVENT_KINDS, { error: `Use one of: ${EVENT_KINDS.join(', ')}.` })
    .default('all')
    .meta({ description: '`changes`: created, renamed, token-replaced, deleted. `checks`: checked. `all`: both.' }),
  limit: limit(200, 50).meta({ description: 'Events to return, newest first.' }),
});

export const usageQuery = z.object({
  days: limit(90, 14).meta({ description: 'UTC days to cover, today included.' }),
});
