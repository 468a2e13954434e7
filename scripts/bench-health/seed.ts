// Seeding for scripts/bench-health.ts: 100 workspaces of 100 verified credentials, each with its own
// token (registered at the double), sealed as the app seals them, nothing due for a month.
import { randomBytes } from 'node:crypto';
import { connectDb, type Db } from '@/lib/db/client';
import { createTestWorkspace, sealedCredentialRow } from '@/lib/testing/seed-credentials';
import { parseKeyring } from '@/lib/vault';

export type BenchToken = { token: string; label: string };

/** One distinct Planhat-shaped token per credential; the label is what the double's log shows. */
export function benchTokens(count: number): BenchToken[] {
  return Array.from({ length: count }, (_, i) => ({ label: `t${String(i + 1).padStart(5, '0')}`, token: `ph_bench_${String(i + 1).padStart(5, '0')}_${randomBytes(16).toString('hex')}` }));
}

/**
 * The owner's workspace (made in the UI) plus `workspaces - 1` more made directly (no members), each
 * with `perWorkspace` credentials: status verified in the api cluster, next check a month away.
 */
export async function seedCredentials(options: { databaseUrl: string; credentialKeys: string; ownerWorkspace: string; workspaces: number; perWorkspace: number; tokens: BenchToken[] }): Promise<void> {
  const db: Db = await connectDb({ kind: 'postgres', url: options.databaseUrl, label: 'benchmark database' });
  try {
    const keyring = parseKeyring(options.credentialKeys);
    const owner = await db.organization.findFirst({ where: { name: options.ownerWorkspace }, select: { id: true } });
    if (!owner) throw new Error(`No workspace named "${options.ownerWorkspace}"`);
    const workspaceIds = [owner.id];
    for (let n = 2; n <= options.workspaces; n++) workspaceIds.push(await createTestWorkspace(db, `Health ${String(n).padStart(3, '0')}`));
    const now = new Date();
    const nextCheckAt = new Date(now.getTime() + 30 * 86_400_000);
    let index = 0;
    for (const workspaceId of workspaceIds) {
      const data = Array.from({ length: options.perWorkspace }, (_, i) => {
        const { token, label } = options.tokens[index++] as BenchToken;
        return { ...sealedCredentialRow(keyring, { workspaceId, name: `Seeded ${String(i + 1).padStart(3, '0')} (${label})`, token }), status: 'verified' as const, region: 'api', checkedAt: now, nextCheckAt };
      });
      await db.credential.createMany({ data });
    }
  } finally {
    await db.$disconnect();
  }
}
