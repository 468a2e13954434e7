import 'server-only';
import { randomUUID } from 'node:crypto';
import { sqlOf, type Db } from '@/lib/db/client';
import { statementVariants } from '@/lib/db/sql';
import type { Keyring } from '@/lib/vault';
import type { eventColumns } from './audit';
import { clashesSql, clashValues, type Clashes } from './clashes';
import type { CredentialRow } from './dto';

export interface NewCredentialRow {
  id: string;
  workspaceId: string;
  connector: string;
  createdById: string;
  name: string;
  description: string;
  region: string | null;
  sealedToken: Uint8Array;
  keyId: string;
  tokenHint: string;
  tokenFingerprint: string;
  status: 'verified' | 'not_verified' | 'invalid' | 'unreachable';
  statusReason: string | null;
  checkedAt: Date | null;
  accessReport: object | null;
}

// $1-$4 as in clashesSql; the credential's own values from $5, its "created" event's from $18, whether
// a twin was confirmed at $25; then the token's fingerprints.
const VALUES_BEFORE_FINGERPRINTS = 25;
const insertStatement = statementVariants('credential_insert_unless_clash', (fingerprints) => `
    WITH clash AS (${clashesSql(VALUES_BEFORE_FINGERPRINTS + 1, fingerprints)}),
    created AS (
      INSERT INTO "Credential" ("id", "workspaceId", "connector", "nameKey", "createdById", "name", "description", "region",
        "sealedToken", "keyId", "tokenHint", "tokenFingerprint", "status", "statusReason", "checkedAt", "accessReport",
        "createdAt", "updatedAt", "version", "twinConfirmed")
      SELECT $5::uuid, $1, $2, $3, $6, $7, $8, $9, $10, $11, $12, $13, $14::"CredentialStatus", $15, $16::timestamp(3), $17::jsonb,
        $18::timestamp(3), $18::timestamp(3), 1, $25::boolean
      FROM clash WHERE NOT clash."nameTaken" AND clash."twinName" IS NULL
      ON CONFLICT DO NOTHING
      RETURNING "id"
    ),
    event AS (
      INSERT INTO "CredentialEvent" ("id", "workspaceId", "credentialId", "credentialName", "actorId", "actorName", "type", "outcome", "detail", "createdAt")
      SELECT $19::uuid, $1, created."id", $7, $20, $21, $22, $23, $24::jsonb, $18::timestamp(3) FROM created
    )
    SELECT clash."nameTaken", clash."twinName", EXISTS (SELECT 1 FROM created) AS "created" FROM clash`);

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

export type InsertOutcome = { ok: true; row: CredentialRow } | { ok: false; clash: 'name' } | { ok: false; clash: 'token'; twinName: string };

// A statement that met a row committed after it started is run again to see which rule that row
// took; a third conflict in a row would mean rows appearing and vanishing under us.
const MAX_ATTEMPTS = 3;

/**
 * Stores a new credential and its "created" audit entry unless its name is taken or its token is
 * saved already (unless `lookForTwins` is false), all in one statement: atomic by itself, and one
 * round trip where checking, then a transaction, takes six. The check sees only rows committed
 * before the statement began; a save racing this one is caught by the unique indexes on the name
 * and on the token of unconfirmed rows (ON CONFLICT), and the statement runs again to say which.
 */
/** A new credential's health: nothing scheduled yet (the dispatcher gives it a due time). */
const NEW_HEALTH = { healthCheckedAt: null, nextCheckAt: null, consecutiveFailures: 0, lastChange: null, lastChangeAt: null };

export async function insertCredentialUnlessClash(
  db: Db,
  keyring: Keyring,
  { row, token, lookForTwins }: { row: NewCredentialRow; token: string; lookForTwins: boolean },
  event: ReturnType<typeof eventColumns>,
  createdBy: { id: string; name: string },
): Promise<InsertOutcome> {
  const now = new Date();
  const { fixed, fingerprints } = clashValues(keyring, { workspaceId: row.workspaceId, connector: row.connector, name: row.name, token, lookForTwins });
  const values = [
    ...fixed,
    row.id, row.createdById, row.name, row.description, row.region,
    Buffer.from(row.sealedToken), row.keyId, row.tokenHint, row.tokenFingerprint,
    row.status, row.statusReason, row.checkedAt?.toISOString() ?? null, json(row.accessReport),
    now.toISOString(), randomUUID(), event.actorId, event.actorName, event.type, event.outcome, json(event.detail),
    !lookForTwins,
    ...fingerprints,
  ];
  for (let attempt = 1; ; attempt++) {
    const [result] = (await sqlOf(db).query<Clashes & { created: boolean }>(insertStatement(fingerprints.length), values)).rows;
    if (result?.created) break;
    if (result?.nameTaken) return { ok: false, clash: 'name' };
    if (result?.twinName) return { ok: false, clash: 'token', twinName: result.twinName };
    if (attempt === MAX_ATTEMPTS) throw new Error(`Saving a credential conflicted ${MAX_ATTEMPTS} times with rows its check could not see`);
  }
  const { id, connector, name, description, region, status, statusReason, checkedAt, accessReport, tokenHint, keyId, createdById } = row;
  return {
    ok: true,
    row: { id, connector, name, description, region, status, statusReason, checkedAt, accessReport, tokenHint, keyId, createdAt: now, updatedAt: now, version: 1, lastUsedAt: null, createdById, createdBy, ...NEW_HEALTH },
  };
}
