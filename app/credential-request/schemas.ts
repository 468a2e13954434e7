import { z } from 'zod';
import { planhatCredentialSchema } from '@/lib/connectors/planhat/spec';
import { LINK_SECRET_PATTERN } from '@/lib/credential-requests/link-path';
import { newCredentialSchema } from '@/lib/credentials/schemas';

// zod would otherwise probe for eval (new Function), which the Content-Security-Policy forbids.
z.config({ jitless: true });

/** The link's secret, as the page read it from the URL's fragment. */
export const linkSecretSchema = z.string().regex(LINK_SECRET_PATTERN);

const flag = z.preprocess((value) => value === 'true' || value === 'on', z.boolean());
const answers = {
  verify: z.preprocess((value) => value !== 'false', z.boolean()),
  confirmNoReadAccess: flag.optional(),
};

/**
 * What the recipient's form posts (the secret is checked on its own first): the whole Add New
 * Credential form for a new credential, only the token and region for a replacement.
 */
export const submitLinkFormSchema = z.discriminatedUnion('purpose', [
  newCredentialSchema('planhat').extend({ purpose: z.literal('new'), ...answers }),
  planhatCredentialSchema.extend({ purpose: z.literal('replace'), ...answers }),
]);
