// A workspace, its owner and an API key for scripts/bench-api.ts, made with the app's own Prisma
// client and Better Auth's API key plugin against the database the running app uses.
import { randomBytes } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import type { Db } from '@/lib/db/client';

export async function seedOwnerWithKeys(db: Db, count: number): Promise<{ actor: Actor; apiKeys: string[] }> {
  const { createTestWorkspace } = await import('@/lib/testing/seed-credentials');
  const { createApiKey } = await import('@/lib/api/api-keys/manage-api-keys');
  const workspaceId = await createTestWorkspace(db, 'Benchmark workspace');
  const userId = `user_${randomBytes(8).toString('hex')}`;
  const email = `${userId}@example.com`;
  await db.user.create({ data: { id: userId, name: 'Bench Owner', email } });
  await db.member.create({ data: { id: `member_${randomBytes(8).toString('hex')}`, organizationId: workspaceId, userId, role: 'owner', createdAt: new Date() } });
  const role = 'owner' as const;
  const actor: Actor = { userId, name: 'Bench Owner', email, workspaceId, workspaceName: 'Benchmark workspace', role, workspaces: [{ id: workspaceId, name: 'Benchmark workspace', role }] };
  const apiKeys: string[] = [];
  for (let i = 1; i <= count; i++) apiKeys.push((await createApiKey(actor, `Benchmark ${i}`)).key);
  return { actor, apiKeys };
}

/** Counts the workspace's credentials and opens every sealed token, comparing it with what was sent. */
export async function verifyStored(db: Db, workspaceId: string, tokens: Map<string, string>): Promise<{ present: number; opened: number; mismatched: number; unexpected: number }> {
  const { getKeyring } = await import('@/lib/credentials/keyring');
  const { openSealedToken } = await import('@/lib/credentials/token-sealing');
  const keyring = getKeyring();
  const result = { present: 0, opened: 0, mismatched: 0, unexpected: 0 };
  let after: string | undefined;
  for (;;) {
    const rows = await db.credential.findMany({
      where: { workspaceId, ...(after && { id: { gt: after } }) },
      select: { id: true, workspaceId: true, connector: true, sealedToken: true },
      orderBy: { id: 'asc' },
      take: 1000,
    });
    if (rows.length === 0) return result;
    after = rows[rows.length - 1]!.id;
    for (const row of rows) {
      const sent = tokens.get(row.id);
      if (sent === undefined) result.unexpected++;
      else result.present++;
      try {
        const token = openSealedToken(keyring, row, row.sealedToken);
        if (token === sent) result.opened++;
        else result.mismatched++;
      } catch {
        result.mismatched++;
      }
    }
  }
}
