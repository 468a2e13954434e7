import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestActor, startServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { countMembersWithoutTwoFactor, isTwoFactorRequired, setTwoFactorRequired, workspacesRequiringTwoFactor } from './two-factor-policy';

let env: ServiceTestEnv;
beforeAll(async () => {
  process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString('base64');
  env = await startServiceTestEnv({ planhatUrlTemplate: 'http://127.0.0.1:9/{cluster}' });
});
afterAll(async () => {
  await env?.close();
});

const request = new Headers({ 'x-forwarded-for': '203.0.113.9', 'user-agent': 'policy-test' });

describe('the workspace two-factor requirement', () => {
  it('is changed by owners with two-factor on, once per change, with an audit entry', async () => {
    const owner = await createTestActor(env.db);
    const member = await createTestActor(env.db, { role: 'member', workspaceId: owner.workspaceId });
    const admin = await createTestActor(env.db, { role: 'admin', workspaceId: owner.workspaceId });

    await expect(setTwoFactorRequired(admin, true, request)).rejects.toThrow('Only workspace owners can change the two-factor requirement.');
    await expect(setTwoFactorRequired(owner, true, request)).rejects.toThrow('Turn on two-factor authentication for your own account first');
    expect(await isTwoFactorRequired(owner.workspaceId)).toBe(false);

    await env.db.user.update({ where: { id: owner.userId }, data: { twoFactorEnabled: true } });
    const withTwoFactor = { ...owner, twoFactorEnabled: true };
    await setTwoFactorRequired(withTwoFactor, true, request);
    await setTwoFactorRequired(withTwoFactor, true, request);
    expect(await isTwoFactorRequired(owner.workspaceId)).toBe(true);
    const workspace = await env.db.organization.findUniqueOrThrow({ where: { id: owner.workspaceId } });
    expect(await workspacesRequiringTwoFactor(member.userId)).toEqual([workspace.name]);
    expect(await countMembersWithoutTwoFactor(owner.workspaceId)).toBe(2);

    await setTwoFactorRequired(withTwoFactor, false, request);
    const entries = await env.db.auditEvent.findMany({ where: { workspaceId: owner.workspaceId, action: 'workspace.two-factor-policy-changed' }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => e.detail)).toEqual([{ required: true }, { required: false }]);
    expect(entries[0]).toMatchObject({ actorId: owner.userId, clientAddress: '203.0.113.9', userAgent: 'policy-test', targetType: 'workspace', targetId: owner.workspaceId });
  });
});
