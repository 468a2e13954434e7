import { describe, expect, it } from 'vitest';
import { createCredentialFormSchema } from './schemas';

describe('the create-credential form schema', () => {
  it('keeps only its own fields, so a posted id, status or workspace is ignored', () => {
    const parsed = createCredentialFormSchema.parse({
      name: '  Production  ',
      apiAccessToken: 'Bearer phx_0123456789abcdefghijkl',
      id: '00000000-0000-0000-0000-000000000000',
      status: 'verified',
      workspaceId: 'someone-elses',
      createdById: 'someone',
      tokenHint: 'fake',
    });

    expect(Object.keys(parsed).sort()).toEqual(['apiAccessToken', 'description', 'name', 'region', 'verify']);
    expect(parsed).toMatchObject({ name: 'Production', apiAccessToken: 'phx_0123456789abcdefghijkl', region: 'auto', verify: true });
  });

  it('reads "Save without verifying" and the confirmations from form values', () => {
    const parsed = createCredentialFormSchema.parse({
      name: 'x',
      apiAccessToken: 'phx_0123456789abcdefghijkl',
      verify: 'false',
      confirmDuplicateToken: 'true',
    });
    expect(parsed).toMatchObject({ verify: false, confirmDuplicateToken: true });
  });

  it('refuses a region outside the allow-list', () => {
    const result = createCredentialFormSchema.safeParse({ name: 'x', apiAccessToken: 'phx_0123456789abcdefghijkl', region: 'evil.example.com' });
    expect(result.success).toBe(false);
  });
});
