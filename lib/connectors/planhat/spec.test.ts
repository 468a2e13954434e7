import { describe, expect, it } from 'vitest';
import { PLANHAT_MODELS } from './models';
import { planhatConnector, planhatCredentialSchema } from './spec';

describe('the Planhat credential form spec', () => {
  it('labels the token field as the product guide does and treats it as secret', () => {
    const tokenField = planhatConnector.fields.find((field) => field.name === 'apiAccessToken');
    expect(tokenField).toMatchObject({ label: 'API Access Token', secret: true, inputType: 'password' });
    const guide = tokenField?.guide?.steps.join(' ');
    for (const phrase of ['Settings > Service Accounts', 'App Center > Private Apps', 'Generate New Token', 'only once', 'read permissions', 'write permissions', 'minimum permissions']) {
      expect(guide).toContain(phrase);
    }
    expect(tokenField?.guide?.summary).toBe('How to get a token');
  });

  it('offers auto-detect first and by default, then the six clusters', () => {
    const regionField = planhatConnector.fields.find((field) => field.name === 'region');
    expect(regionField).toMatchObject({ label: 'Planhat region', inputType: 'select', defaultValue: 'auto', secret: false });
    expect(regionField?.options?.map((option) => option.value)).toEqual(['auto', 'api', 'api-eu', 'api-eu2', 'api-eu3', 'api-us2', 'api-us4']);
    expect(regionField?.options?.[0]?.label).toBe('Auto-detect (recommended)');
  });

  it('defaults a missing region to auto-detect and normalises the token', () => {
    expect(planhatCredentialSchema.parse({ apiAccessToken: ' Bearer abcdefghijklmnop1234 ' })).toEqual({
      apiAccessToken: 'abcdefghijklmnop1234',
      region: 'auto',
    });
  });

  it.each(['evil.com', '../', 'https://evil.com', 'api ', 'eu'])('rejects the free-text region %j', (region) => {
    const result = planhatCredentialSchema.safeParse({ apiAccessToken: 'abcdefghijklmnop1234', region });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['region']);
  });

  it('lists the 11 models with their list endpoints, churn in the singular', () => {
    expect(PLANHAT_MODELS.map((model) => model.path)).toEqual([
      '/companies', '/endusers', '/licenses', '/nps', '/conversations', '/tickets', '/tasks', '/issues', '/invoices', '/opportunities', '/churn',
    ]);
  });
});
