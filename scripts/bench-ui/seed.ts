// Bulk credentials for scripts/bench-ui.ts, written with the app's own Prisma client and sealing,
// over a separate connection to the Postgres database the running app uses.
import { connectDb, type Db } from '@/lib/db/client';
import { fakePlanhatToken, sealedCredentialRow } from '@/lib/testing/seed-credentials';
import { parseKeyring } from '@/lib/vault';
import { onCleanup } from './processes';

export type Seeder = { workspaceId(name: string): Promise<string>; addCredentials(workspaceId: string, count: number, prefix: string): Promise<void> };

export async function openSeeder(databaseUrl: string, credentialKeys: string): Promise<Seeder> {
  const db: Db = await connectDb({ kind: 'postgres', url: databaseUrl, label: 'benchmark database' });
  onCleanup('disconnect the seeding client', () => db.$disconnect());
  const keyring = parseKeyring(credentialKeys);
  return {
    async workspaceId(name) {
      const workspace = await db.organization.findFirst({ where: { name }, select: { id: true } });
      if (!workspace) throw new Error(`No workspace named "${name}"`);
      return workspace.id;
    },
    async addCredentials(workspaceId, count, prefix) {
      for (let offset = 0; offset < count; offset += 500) {
        const size = Math.min(500, count - offset);
        const data = Array.from({ length: size }, (_, i) =>
          sealedCredentialRow(keyring, { workspaceId, name: `${prefix} ${String(offset + i + 1).padStart(4, '0')}`, token: fakePlanhatToken() }),
        );
        await db.credential.createMany({ data });
      }
    },
  };
}
