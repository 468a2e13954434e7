import 'server-only';
import { sqlOf, type Db } from '@/lib/db/client';
import { statementVariants, type SqlValue } from '@/lib/db/sql';
import { tokenFingerprints, type Keyring } from '@/lib/vault';
import { nameKey } from './schemas';

export interface Clashes {
  /** Another credential of this connector in the workspace has the name already (any case). */
  nameTaken: boolean;
  /** The name of a credential that holds the same token already, if any. */
  twinName: string | null;
}

export interface ClashQuestion {
  workspaceId: string;
  connector: string;
  /** The name a new credential would take; leave out when the name is not changing. */
  name?: string;
  token: string;
  /** False once the person chose to save a token that is saved already. */
  lookForTwins: boolean;
  /** The credential whose token is being replaced: not its own twin. */
  exceptId?: string;
}

/**
 * The clash lookups, as a subquery: $1 workspace, $2 connector, $3 name key (or null), $4 an id to
 * leave out (or ''), and the token's fingerprints from $`firstFingerprint` on (one per key in the
 * ring). Each lookup fits exactly one index whatever the statistics say, so a plan made while the
 * table was empty stays right as it grows: the name its unique index; the token the fingerprint
 * index, found by plain equalities (the planner guesses ten values for an array parameter, which
 * made a scan of a young table look cheaper), with the workspace filter kept out of the index
 * choice by MATERIALIZED (else the name index, read across the whole workspace, could win).
 */
export function clashesSql(firstFingerprint: number, fingerprints: number): string {
  const sameToken = fingerprints === 0 ? 'false' : `"tokenFingerprint" IN (${Array.from({ length: fingerprints }, (_, i) => `$${firstFingerprint + i}`).join(', ')})`;
  return `
  SELECT
    EXISTS (SELECT 1 FROM "Credential" WHERE "workspaceId" = $1 AND "connector" = $2 AND "nameKey" = $3) AS "nameTaken",
    (WITH same_token AS MATERIALIZED (SELECT "id", "workspaceId", "connector", "name", "createdAt" FROM "Credential" WHERE ${sameToken})
     SELECT "name" FROM same_token WHERE "workspaceId" = $1 AND "connector" = $2 AND "id"::text <> $4
     ORDER BY "createdAt" LIMIT 1) AS "twinName"`;
}

/** The values of clashesSql: the first four, then the fingerprints (none when not looking for twins). */
export function clashValues(keyring: Keyring, question: ClashQuestion): { fixed: SqlValue[]; fingerprints: string[] } {
  return {
    fixed: [question.workspaceId, question.connector, question.name === undefined ? null : nameKey(question.name), question.exceptId ?? ''],
    fingerprints: question.lookForTwins ? tokenFingerprints(keyring, question.token) : [],
  };
}

const FIXED_VALUES = 4;
const findClashesStatement = statementVariants('credential_clashes', (fingerprints) => clashesSql(FIXED_VALUES + 1, fingerprints));

/** What saving a token could collide with (its name, its token), asked in one round trip. */
export async function findClashes(db: Db, keyring: Keyring, question: ClashQuestion): Promise<Clashes> {
  const { fixed, fingerprints } = clashValues(keyring, question);
  const [row] = (await sqlOf(db).query<Clashes>(findClashesStatement(fingerprints.length), [...fixed, ...fingerprints])).rows;
  return { nameTaken: row?.nameTaken === true, twinName: row?.twinName ?? null };
}
