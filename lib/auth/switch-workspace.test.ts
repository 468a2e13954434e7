import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedInAccount } from '@/lib/testing/auth-requests';
import { createTestWorkspace } from '@/lib/testing/seed-credentials';
import { startServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';
import { switchActiveWorkspace } from './switch-workspace';

let env: ServiceTestEnv;
beforeAll(async () => {
  process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString('base64');
  env = await startServiceTestEnv({ planhatUrlTemplate: 'http://127.0.0.1:9/{cluster}' });
});
afterAll(async () => {
  await env?.close();
});

async function memberOf(userId: string, workspaceId: string) {
  await env.db.member.create({ data: { id: `member_${randomBytes(6).toString('hex')}`, organizationId: workspaceId, userId, role: 'member', createdAt: new Date() } });
}

it('switches to a workspace of one’s own, and answers not-found for any other without changing the session', async () => {
  const { user, cookie } = await signedInAccount();
  const own = await createTestWorkspace(env.db, 'Own');
  const second = await createTestWorkspace(env.db, 'Second');
  await memberOf(user.id, own);
  await memberOf(user.id, second);
  const someoneElses = await createTestWorkspace(env.db, 'Not theirs');
  const headers = new Headers({ cookie, host: 'localhost:3000' });
  const activeWorkspace = async () => (await env.db.session.findFirstOrThrow({ where: { userId: user.id } })).activeOrganizationId;

  expect(await switchActiveWorkspace(headers, second)).toBe('switched');
  expect(await activeWorkspace()).toBe(second);

  for (const id of [someoneElses, 'ws_does_not_exist', 'nul\u0000id', '', 42]) expect(await switchActiveWorkspace(headers, id), String(id)).toBe('not-found');
  expect(await activeWorkspace()).toBe(second);

  expect(await switchActiveWorkspace(new Headers({ host: 'localhost:3000' }), own)).toBe('signed-out');
});
