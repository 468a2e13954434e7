import { describe, expect, it } from 'vitest';
import { linkSecretSchema, submitLinkFormSchema } from './schemas';

const token = 'phx_0123456789abcdefghijkl';

describe('the request link form schema', () => {
  it('wants the whole Add New Credential form for a new credential', () => {
    const refused = submitLinkFormSchema.safeParse({ purpose: 'new', apiAccessToken: token });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path[0])).toContain('name');
    const parsed = submitLinkFormSchema.parse({ purpose: 'new', name: ' Production ', apiAccessToken: token, verify: 'false', secret: 'x'.repeat(43), workspaceId: 'someone-elses' });
    expect(parsed).toMatchObject({ purpose: 'new', name: 'Production', description: '', region: 'auto', verify: false });
    expect(Object.keys(parsed)).not.toContain('secret');
    expect(Object.keys(parsed)).not.toContain('workspaceId');
  });

  it('wants only the token and region for a replacement, and ignores a posted name', () => {
    const parsed = submitLinkFormSchema.parse({ purpose: 'replace', apiAccessToken: token, name: 'Renamed', confirmNoReadAccess: 'true' });
    expect(parsed).toEqual({ purpose: 'replace', apiAccessToken: token, region: 'auto', verify: true, confirmNoReadAccess: true });
  });

  it('takes only a whole secret: 43 base64url characters', () => {
    expect(linkSecretSchema.safeParse('A'.repeat(43)).success).toBe(true);
    for (const cut of ['', 'A'.repeat(42), `${'A'.repeat(42)}=`, `${'A'.repeat(43)}B`, 42]) expect(linkSecretSchema.safeParse(cut).success).toBe(false);
  });
});
