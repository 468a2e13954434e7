import 'server-only';
import type { Env } from '@/lib/env';
import type { AddressRules } from './issuer-address';
import { parseInternalIssuers } from './internal-issuers';

/** Which identity provider addresses this install may reach (see SSO_INTERNAL_ISSUERS in the README). */
export const addressRulesOf = (env: Env): AddressRules => ({
  internalOrigins: parseInternalIssuers(env.SSO_INTERNAL_ISSUERS) ?? [],
  httpsOnly: env.BETTER_AUTH_URL?.startsWith('https://') ?? false,
});
