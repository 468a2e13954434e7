// Client-safe: the single sign-on form validates with this, and the server action again.
import { z } from 'zod';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

export const ssoProviderSchema = z.object({
  issuer: z.string().trim().min(1, 'Enter the issuer URL of your identity provider, e.g. https://login.example.com.').max(500, 'The issuer URL is too long.'),
  clientId: z.string().trim().min(1, 'Enter the client ID your identity provider made for this app.').max(300, 'The client ID is too long.'),
  // Blank on an existing provider keeps the stored secret.
  clientSecret: z
    .string()
    .max(2000, 'The client secret is too long.')
    .optional()
    .transform((secret) => secret?.trim() || undefined),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .transform((domain) => domain.replace(/^@/, ''))
    .pipe(z.string().min(1, 'Enter the email domain of the people who sign in this way, e.g. example.com.').regex(DOMAIN, 'Enter the email domain only, e.g. example.com (no @, no https://).')),
  // Only says which error to show with the others: the service checks for a stored secret itself.
  secretStored: z.enum(['yes']).optional(),
}).superRefine((input, context) => {
  if (!input.clientSecret && !input.secretStored) context.addIssue({ code: 'custom', path: ['clientSecret'], message: 'Enter the client secret your identity provider made for this app.' });
});

export type SsoProviderInput = z.infer<typeof ssoProviderSchema>;

/** The provider id (and so the redirect URI's last part) a domain gets: readable, stable after saving. */
export const providerIdFor = (domain: string) => `oidc-${domain.replace(/[^a-z0-9]+/g, '-')}`.slice(0, 80);

export const SSO_CALLBACK_PATH = '/api/auth/sso/callback/';
