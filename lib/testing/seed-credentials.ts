import { randomBytes, randomUUID } from 'node:crypto';
import { sealedTokenColumns } from '@/lib/credentials/token-sealing';
import type { Db } from '@/lib/db/client';
import type { Keyring } from '@/lib/vault';

/** Test and benchmark support: a new workspace (Better Auth organization) with a unique slug. */
export async function createTestWorkspace(db: Db, name = 'Test workspace'): Promise<string> {
  const id = `ws_${randomBytes(8).toString('hex')}`;
  await db.organization.create({ data: { id, name, slug: id, createdAt: new Date() } });
  return id;
}

/** A Planhat-shaped fake token. */
export const fakePlanhatToken = (): string => `ph_${randomBytes(28).toString('base64url')}`;

/** The data for one Credential row with its token sealed as the app seals it, for create or createMany. */
export function sealedCredentialRow(keyring: Keyring, { workspaceId, name, token }: { workspaceId: string; name: string; token: string }) {
  const id = randomUUID();
  const connector = 'planhat';
  return { id, workspaceId, connector, name, nameKey: name.toLowerCase(), ...sealedTokenColumns(keyring, { id, workspaceId, connector }, token) };
}
