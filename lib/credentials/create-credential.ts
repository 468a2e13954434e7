import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordEvent } from './audit';
import { authorize } from './authz';
import { credentialDtoSelect, toCredentialDto, type CredentialDto } from './dto';
import { getKeyring } from './keyring';
import { checkColumns } from './run-check';
import { nameKey } from './schemas';
import { sealedTokenColumns } from './token-sealing';
import { UNVERIFIED_COLUMNS, vetToken, type TokenProblem, type TokenVetting } from './vet-token';

export interface NewCredential extends TokenVetting {
  connector: 'planhat';
  name: string;
  description: string;
}

export type CreateOutcome = { ok: true; credential: CredentialDto } | { ok: false; problem: 'duplicate-name' } | TokenProblem;

/**
 * Checks the token with Planhat (unless told not to), seals it, and stores the credential with its
 * access report and a "created" audit entry. Nothing is stored unless every step succeeds.
 */
export async function createCredential(actor: Actor, input: NewCredential): Promise<CreateOutcome> {
  authorize(actor, 'create');
  const db = await getDb();
  const keyring = getKeyring();
  const token = input.fields.apiAccessToken;
  const scope = { workspaceId: actor.workspaceId, connector: input.connector };

  if (await db.credential.findFirst({ where: { ...scope, nameKey: nameKey(input.name) }, select: { id: true } })) {
    return { ok: false, problem: 'duplicate-name' };
  }
  const vetted = await vetToken(db, keyring, scope, input);
  if (!vetted.ok) return vetted;
  const { check } = vetted;

  const id = randomUUID();
  const owner = { id, ...scope };
  const columns = check ? checkColumns(check) : UNVERIFIED_COLUMNS;
  try {
    // One batch (not an interactive transaction): both rows are known up front.
    const [row] = await db.$transaction([
      db.credential.create({
        data: {
          ...owner,
          createdById: actor.userId,
          name: input.name,
          nameKey: nameKey(input.name),
          description: input.description,
          region: input.fields.region === 'auto' ? null : input.fields.region,
          ...sealedTokenColumns(keyring, owner, token),
          ...columns,
        },
        select: credentialDtoSelect,
      }),
      recordEvent(db, actor, { ...owner, name: input.name }, 'created', {
        outcome: columns.status,
        detail: check ? { readableCount: check.readableCount, cluster: check.cluster } : { verified: false },
      }),
    ]);
    return { ok: true, credential: toCredentialDto(row, actor, keyring) };
  } catch (error) {
    // Someone saved the same name between our check and our insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, problem: 'duplicate-name' };
    throw error;
  }
}
