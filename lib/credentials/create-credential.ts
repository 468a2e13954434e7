import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import type { PlanhatCredentialFields } from '@/lib/connectors/planhat/spec';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { tokenFingerprints } from '@/lib/vault';
import { recordEvent } from './audit';
import { authorize } from './authz';
import { credentialDtoSelect, toCredentialDto, type CredentialDto } from './dto';
import { getKeyring } from './keyring';
import { checkColumns, runCheck, type CheckResult } from './run-check';
import { nameKey } from './schemas';
import { sealedTokenColumns } from './token-sealing';

export interface NewCredential {
  connector: 'planhat';
  name: string;
  description: string;
  fields: PlanhatCredentialFields;
  /** false: "Save without verifying" (status Not verified). */
  verify: boolean;
  /** The person saw the warning and chose to go on. */
  confirmed?: { duplicateToken?: boolean; noReadAccess?: boolean };
}

export type CreateOutcome =
  | { ok: true; credential: CredentialDto }
  | { ok: false; problem: 'duplicate-name' }
  | { ok: false; problem: 'duplicate-token'; existingName: string }
  | { ok: false; problem: 'invalid-token' | 'unreachable'; check: CheckResult }
  | { ok: false; problem: 'no-read-access'; check: CheckResult };

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
  if (!input.confirmed?.duplicateToken) {
    const twin = await db.credential.findFirst({
      where: { ...scope, tokenFingerprint: { in: tokenFingerprints(keyring, token) } },
      select: { name: true },
    });
    if (twin) return { ok: false, problem: 'duplicate-token', existingName: twin.name };
  }

  let check: CheckResult | null = null;
  if (input.verify) {
    check = await runCheck(token, input.fields.region);
    if (check.status !== 'verified') return { ok: false, problem: check.status === 'invalid' ? 'invalid-token' : 'unreachable', check };
    if (check.readableCount === 0 && !input.confirmed?.noReadAccess) return { ok: false, problem: 'no-read-access', check };
  }

  const id = randomUUID();
  const owner = { id, ...scope };
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.credential.create({
        data: {
          ...owner,
          createdById: actor.userId,
          name: input.name,
          nameKey: nameKey(input.name),
          description: input.description,
          region: input.fields.region === 'auto' ? null : input.fields.region,
          ...sealedTokenColumns(keyring, owner, token),
          ...(check ? checkColumns(check) : { status: 'not_verified', statusReason: 'Saved without verifying with Planhat.' }),
        },
        select: credentialDtoSelect,
      });
      await recordEvent(tx, actor, { ...owner, name: input.name }, 'created', {
        outcome: created.status,
        detail: check ? { readableCount: check.readableCount, cluster: check.cluster } : { verified: false },
      });
      return created;
    });
    return { ok: true, credential: toCredentialDto(row, actor, keyring) };
  } catch (error) {
    // Someone saved the same name between our check and our insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, problem: 'duplicate-name' };
    throw error;
  }
}
