// Client-safe: the Add New Credential overlay validates with these, and the server again.
import { z } from 'zod';
import { getConnectorSpec, type ConnectorId } from '@/lib/connectors/registry';
import { displayNameSchema, storableText } from '@/lib/text/text-schemas';

// zod would otherwise probe for eval (new Function), which the Content-Security-Policy forbids.
z.config({ jitless: true });

export const credentialNameSchema = displayNameSchema({ required: 'Enter a credential name.', max: 80, tooLong: 'Use at most 80 characters for the name.' });

export const credentialDescriptionSchema = storableText()
  .trim()
  .max(500, 'Use at most 500 characters for the description.')
  .optional()
  .transform((value) => value ?? '');

export const credentialDetailsSchema = z.object({
  name: credentialNameSchema,
  description: credentialDescriptionSchema,
});

/** Name, description and the connector's own fields: the whole Add New Credential form. */
export function newCredentialSchema(connector: ConnectorId) {
  return credentialDetailsSchema.extend(getConnectorSpec(connector).schema.shape);
}

/** Folds a name for the "unique per workspace and connector, ignoring case" rule. */
export const nameKey = (name: string) => name.trim().normalize('NFKC').toLowerCase();
