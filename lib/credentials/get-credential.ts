import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { authorize, type CredentialAction } from './authz';
import { credentialDtoSelect, toCredentialDto, type CredentialDto } from './dto';
import { notFound } from './errors';
import { getKeyring } from './keyring';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A credential of the actor's workspace, if they may do `action` with it; else not-found or forbidden. */
export async function getCredential(actor: Actor, id: string, action: CredentialAction = 'view'): Promise<CredentialDto> {
  if (!UUID.test(id)) throw notFound();
  const db = await getDb();
  const row = await db.credential.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: credentialDtoSelect });
  if (!row) throw notFound();
  authorize(actor, action, row);
  return toCredentialDto(row, actor, getKeyring());
}
