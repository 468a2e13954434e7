import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { isVaultError, type Keyring, type VaultErrorCode } from '@/lib/vault';
import { openSealedToken, sealedTokenColumns } from './token-sealing';

/*
 * Re-seals every credential still under an older key with the keyring's active key, online.
 * Each row is written only if its version is still the one we read, so an edit the app made in
 * between is never overwritten: that row is read again and retried. Rows only ever move to the
 * active key, so a run that was stopped is finished by running it again. Re-sealing is not an
 * edit: nothing a person sees changes, so the version (the API's ETag) and updatedAt stay.
 */

export interface UnreadableCredential {
  id: string;
  name: string;
  workspaceId: string;
  /** A vault error code, or 'kept-changing' when every retry lost to a concurrent edit. */
  code: VaultErrorCode | 'kept-changing';
}

export interface RotationResult {
  resealed: number;
  alreadyCurrent: number;
  unreadable: UnreadableCredential[];
}

export interface RotationProgress {
  /** 'read': a batch was read and is about to be written; 'written': it has been written. */
  stage: 'read' | 'written';
  /** This batch's credentials, all under an older key when read. */
  batchIds: readonly string[];
  /** Credentials under an older key when the run started. */
  stale: number;
  resealed: number;
  alreadyCurrent: number;
  unreadable: number;
}

export interface RotateKeysOptions {
  db: Db;
  keyring: Keyring;
  batchSize?: number;
  /** Awaited, so a slow consumer slows the run down instead of piling up. */
  onProgress?: (progress: RotationProgress) => void | Promise<void>;
}

// A row has to be edited between our read and our write this many times in a row before we give up on it.
const MAX_ATTEMPTS = 5;
// Five bind parameters per row, and Postgres allows 65,535 per statement.
const MAX_BATCH_SIZE = 10_000;

const staleRowSelect = { id: true, workspaceId: true, connector: true, name: true, keyId: true, version: true, sealedToken: true, twinConfirmed: true } as const;
type StaleRow = { id: string; workspaceId: string; connector: string; name: string; keyId: string; version: number; sealedToken: Uint8Array; twinConfirmed: boolean };
type ResealedRow = { id: string; workspaceId: string; connector: string; version: number; sealedToken: Uint8Array; keyId: string; tokenFingerprint: string; twinConfirmed: boolean };

function reseal(keyring: Keyring, row: StaleRow): ResealedRow | { unreadable: VaultErrorCode } {
  let token: string;
  try {
    token = openSealedToken(keyring, row, row.sealedToken);
  } catch (error) {
    if (isVaultError(error)) return { unreadable: error.code };
    throw error;
  }
  // The hint is the token's last characters, so it stays as it is.
  const { sealedToken, keyId, tokenFingerprint } = sealedTokenColumns(keyring, row, token);
  const { id, workspaceId, connector, version, twinConfirmed } = row;
  return { id, workspaceId, connector, version, sealedToken, keyId, tokenFingerprint, twinConfirmed };
}

/**
 * One token saved twice under different old keys (instances running with different keyrings, a
 * confirmed twin from before twins were marked) has one fingerprint under the new key. At most one
 * unconfirmed row may hold it (a unique index): the others of a batch are marked confirmed here,
 * and a row meeting one stored already is marked by the write itself.
 */
function markTwinsWithinBatch(rows: ResealedRow[]): ResealedRow[] {
  const unconfirmed = new Set<string>();
  return rows.map((row) => {
    if (row.twinConfirmed) return row;
    const key = `${row.workspaceId}|${row.connector}|${row.tokenFingerprint}`;
    if (unconfirmed.has(key)) return { ...row, twinConfirmed: true };
    unconfirmed.add(key);
    return row;
  });
}

/**
 * Writes each row only where its id and version still match (UPDATE ... WHERE id = ? AND version = ?,
 * for a whole batch in one statement: a round trip per row made rotation several times slower).
 * Returns the ids it wrote; the others changed since they were read.
 */
async function writeIfUnchanged(db: Db, rows: readonly ResealedRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const values = Prisma.join(
    markTwinsWithinBatch([...rows]).map(
      (row) => Prisma.sql`(${row.id}::uuid, ${row.version}::int, ${row.sealedToken}::bytea, ${row.keyId}, ${row.tokenFingerprint}, ${row.twinConfirmed}::boolean)`,
    ),
  );
  const written = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Credential" AS c
    SET "sealedToken" = v.sealed, "keyId" = v.key_id, "tokenFingerprint" = v.fingerprint,
        "twinConfirmed" = v.twin_confirmed OR EXISTS (
          SELECT 1 FROM "Credential" AS o
          WHERE o."tokenFingerprint" = v.fingerprint AND o."workspaceId" = c."workspaceId" AND o."connector" = c."connector"
            AND o."id" <> c."id" AND NOT o."twinConfirmed")
    FROM (VALUES ${values}) AS v (id, version, sealed, key_id, fingerprint, twin_confirmed)
    WHERE c."id" = v.id AND c."version" = v.version
    RETURNING c."id"::text AS id`;
  return new Set(written.map((row) => row.id));
}

export async function rotateKeys({ db, keyring, batchSize = 500, onProgress }: RotateKeysOptions): Promise<RotationResult> {
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw new RangeError(`batchSize must be an integer from 1 to ${MAX_BATCH_SIZE}`);
  }
  const activeKeyId = keyring.activeKey.id;
  const stale = { keyId: { not: activeKeyId } };
  const [alreadyCurrent, staleAtStart] = await Promise.all([
    db.credential.count({ where: { keyId: activeKeyId } }),
    db.credential.count({ where: stale }),
  ]);
  const result: RotationResult = { resealed: 0, alreadyCurrent, unreadable: [] };
  const report = (stage: RotationProgress['stage'], batchIds: readonly string[]) =>
    onProgress?.({ stage, batchIds, stale: staleAtStart, resealed: result.resealed, alreadyCurrent: result.alreadyCurrent, unreadable: result.unreadable.length });
  const skip = ({ id, name, workspaceId }: StaleRow, code: UnreadableCredential['code']) => result.unreadable.push({ id, name, workspaceId, code });

  /** Re-seals rows; returns the ids of those edited since they were read, to be retried. */
  async function resealRows(rows: readonly StaleRow[]): Promise<string[]> {
    const resealed: ResealedRow[] = [];
    for (const row of rows) {
      const outcome = reseal(keyring, row);
      if ('unreadable' in outcome) skip(row, outcome.unreadable);
      else resealed.push(outcome);
    }
    const written = await writeIfUnchanged(db, resealed);
    result.resealed += written.size;
    return resealed.filter((row) => !written.has(row.id)).map((row) => row.id);
  }

  async function retry(id: string): Promise<void> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const row = await db.credential.findUnique({ where: { id }, select: staleRowSelect });
      if (!row) return; // deleted meanwhile: nothing left to rotate
      if (row.keyId === activeKeyId) {
        result.alreadyCurrent++; // the edit sealed a new token under the active key
        return;
      }
      if ((await resealRows([row])).length === 0) return;
      if (attempt === MAX_ATTEMPTS) skip(row, 'kept-changing');
    }
  }

  // Keyset pagination by id: rows left behind (unreadable ones) are not read again in this run.
  let after: string | undefined;
  for (;;) {
    const rows = await db.credential.findMany({
      where: after === undefined ? stale : { ...stale, id: { gt: after } },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: staleRowSelect,
    });
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const batchIds = rows.map((row) => row.id);
    await report('read', batchIds);
    for (const id of await resealRows(rows)) await retry(id);
    await report('written', batchIds);
  }
  return result;
}

/** The key ids stored credentials still reference; a configured key not among them can be removed. */
export async function keyIdsInUse(db: Db): Promise<string[]> {
  const rows = await db.credential.findMany({ distinct: ['keyId'], select: { keyId: true }, orderBy: { keyId: 'asc' } });
  return rows.map((row) => row.keyId);
}
