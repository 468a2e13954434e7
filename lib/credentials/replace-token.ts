import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordEvent } from './audit';
import { findClashes } from './clashes';
import type { CredentialDto } from './dto';
import { getCredential } from './get-credential';
import { getKeyring } from './keyring';
import { checkColumns, type CheckResult } from './run-check';
import { sealedTokenColumns, type TokenOwner } from './token-sealing';
import type { Keyring } from '@/lib/vault';
import { UNVERIFIED_COLUMNS, vetToken, type TokenProblem, type TokenVetting } from './vet-token';

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** The columns a new token writes over the old one; the version moves, the health record starts again. */
export function replacedTokenColumns(keyring: Keyring, owner: TokenOwner, fields: TokenVetting['fields'], check: CheckResult | null, twinConfirmed: boolean) {
  return {
    ...sealedTokenColumns(keyring, owner, fields.apiAccessToken),
    twinConfirmed,
    tokenSetAt: new Date(),
    rotationRemindedAt: null,
    consecutiveFailures: 0,
    // Without a check, nothing is known about the new token: the old report goes too.
    ...(check ? checkColumns(check) : { ...UNVERIFIED_COLUMNS, accessReport: Prisma.DbNull, checkedAt: null }),
    region: check?.cluster ?? (fields.region === 'auto' ? null : fields.region),
    version: { increment: 1 },
  };
}

export function tokenReplacedEvent(check: CheckResult | null, detail: Record<string, string | number | boolean | null> = {}) {
  return {
    outcome: check ? check.status : 'not_verified',
    detail: { ...(check ? { readableCount: check.readableCount, cluster: check.cluster } : { verified: false }), ...detail },
  };
}

export type ReplaceOutcome = { ok: true; credential: CredentialDto } | { ok: false; problem: 'conflict'; current: CredentialDto } | TokenProblem;

/**
 * Swaps in a new token, checked like on creation, sealed to this row and key. The old ciphertext
 * is overwritten in the same statement; the access report follows the new token.
 */
export async function replaceCredentialToken(actor: Actor, id: string, input: TokenVetting & { version: number }): Promise<ReplaceOutcome> {
  const before = await getCredential(actor, id, 'replace-token');
  const db = await getDb();
  const keyring = getKeyring();
  const owner = { id, workspaceId: actor.workspaceId, connector: before.connector };
  const token = input.fields.apiAccessToken;
  const twinConfirmed = input.confirmed?.duplicateToken === true;
  const question = { ...owner, exceptId: id, token, lookForTwins: !twinConfirmed };
  const { twinName } = await findClashes(db, keyring, question);
  const vetted = await vetToken(input, twinName);
  if (!vetted.ok) return vetted;
  const { check } = vetted;

  let replaced: boolean;
  try {
    replaced = await db.$transaction(async (tx) => {
      const { count } = await tx.credential.updateMany({
        where: { id, workspaceId: actor.workspaceId, version: input.version },
        data: replacedTokenColumns(keyring, owner, input.fields, check, twinConfirmed),
      });
      if (count === 0) return false;
      await recordEvent(tx, actor, { id, name: before.name, workspaceId: actor.workspaceId }, 'token-replaced', tokenReplacedEvent(check));
      return true;
    });
  } catch (error) {
    // An unconfirmed save of this token committed after our check, and the unique index on
    // unconfirmed tokens refused this one: name that credential, as the check would have.
    const twin = isUniqueViolation(error) ? (await findClashes(db, keyring, question)).twinName : null;
    if (twin === null) throw error;
    return { ok: false, problem: 'duplicate-token', existingName: twin };
  }
  const current = await getCredential(actor, id);
  return replaced ? { ok: true, credential: current } : { ok: false, problem: 'conflict', current };
}
