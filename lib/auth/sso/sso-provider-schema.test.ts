import { describe, expect, it } from 'vitest';
import { providerIdFor, ssoProviderSchema } from './sso-provider-schema';

const valid = { issuer: 'https://login.example.com', clientId: 'app', clientSecret: 's3cret', domain: 'Example.COM' };
const errorsOf = (input: object) => {
  const result = ssoProviderSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe('the single sign-on form', () => {
  it('takes the domain in lower case, without a leading @', () => {
    expect(ssoProviderSchema.parse({ ...valid, domain: '@Example.COM' }).domain).toBe('example.com');
  });

  it.each(['example', 'https://example.com', 'name@example.com', 'exa mple.com', '-bad.example.com', 'example.c'])('refuses %s as an email domain', (domain) => {
    expect(errorsOf({ ...valid, domain }).domain).toMatch(/Enter the email domain only/);
  });

  it('needs a client secret unless one is stored, where blank keeps it', () => {
    expect(errorsOf({ ...valid, clientSecret: '  ' }).clientSecret).toMatch(/Enter the client secret/);
    expect(ssoProviderSchema.parse({ ...valid, clientSecret: '', secretStored: 'yes' }).clientSecret).toBeUndefined();
  });

  it('gives a domain a readable provider id, the last part of its redirect URI', () => {
    expect(providerIdFor('login.example.co.uk')).toBe('oidc-login-example-co-uk');
  });
});
