import 'server-only';
import { publishLifecycleAlert } from '@/lib/alerts/lifecycle-alerts';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { eventColumns } from './audit';
import { authorize } from './authz';
import { findClashes, type Clashes } from './clashes';
import { toCredentialDto, type CredentialDto } from './dto';
import { insertCredentialUnlessClash } from './insert-credential';
import { getKeyring } from './keyring';
import type { Keyring } from '@/lib/vault';
import { checkColumns, type CheckResult } from './run-check';
import { claimSaveAttempt } from './save-attempts';
import { sealedTokenColumns } from './token-sealing';
import { UNVERIFIED_COLUMNS, vetToken, type TokenProblem, type TokenVetting } from './vet-token';

export interface NewCredential extends TokenVetting {
  connector: 'planhat';
  name: string;
  description: string;
  /** The overlay's id for this save, so Cancel can stop it (lib/credentials/save-attempts.ts). */
  attemptId?: string;
}

export type CreateOutcome = { ok: true; credential: CredentialDto } | { ok: false; problem: 'duplicate-name' } | TokenProblem;
/** Only a save with an attemptId can be cancelled. */
export type Cancelled = { ok: false; problem: 'cancelled' };

const NO_CLASHES: Clashes = { nameTaken: false, twinName: null };

/** The new row and its "created" audit entry, from the checked (or unchecked) input. */
export function newCredentialColumns(
  actor: Actor,
  keyring: Keyring,
  input: Pick<NewCredential, 'connector' | 'name' | 'description' | 'fields'>,
  check: CheckResult | null,
  eventDetail: Record<string, string | number | boolean | null> = {},
) {
  const owner = { id: randomUUID(), workspaceId: actor.workspaceId, connector: input.connector };
  const status = { ...UNVERIFIED_COLUMNS, checkedAt: null, accessReport: null, region: input.fields.region === 'auto' ? null : input.fields.region, ...(check && checkColumns(check)) };
  const row = { ...owner, createdById: actor.userId, name: input.name, description: input.description, ...sealedTokenColumns(keyring, owner, input.fields.apiAccessToken), ...status };
  const event = eventColumns(actor, { ...owner, name: input.name }, 'created', {
    outcome: status.status,
    detail: { ...(check ? { readableCount: check.readableCount, cluster: check.cluster } : { verified: false }), ...eventDetail },
  });
  return { row, event };
}

/**
 * Checks the token with Planhat (unless told not to), seals it, and stores the credential with its
 * access report and a "created" audit entry. Nothing is stored unless every step succeeds.
 */
export async function createCredential(actor: Actor, input: Omit<NewCredential, 'attemptId'>): Promise<CreateOutcome>;
export async function createCredential(actor: Actor, input: NewCredential): Promise<CreateOutcome | Cancelled>;
export async function createCredential(actor: Actor, input: NewCredential): Promise<CreateOutcome | Cancelled> {
  authorize(actor, 'create');
  const db = await getDb();
  const keyring = getKeyring();
  const token = input.fields.apiAccessToken;
  const scope = { workspaceId: actor.workspaceId, connector: input.connector };
  const lookForTwins = !input.confirmed?.duplicateToken;

  // Before asking Planhat, a taken name or a twin is refused; the insert checks both again anyway.
  const clashes = input.verify ? await findClashes(db, keyring, { ...scope, name: input.name, token, lookForTwins }) : NO_CLASHES;
  if (clashes.nameTaken) return { ok: false, problem: 'duplicate-name' };
  const vetted = await vetToken(input, clashes.twinName);
  if (!vetted.ok) return vetted;
  const { check } = vetted;
  if (input.attemptId && !(await claimSaveAttempt(db, actor, input.attemptId, 'saving'))) return { ok: false, problem: 'cancelled' };

  const { row, event } = newCredentialColumns(actor, keyring, input, check);
  const inserted = await insertCredentialUnlessClash(db, keyring, { row, token, lookForTwins }, event, { id: actor.userId, name: actor.name });
  if (inserted.ok) {
    const credential = toCredentialDto(inserted.row, actor, keyring);
    await publishLifecycleAlert('credential.created', actor, credential);
    return { ok: true, credential };
  }
  return inserted.clash === 'name' ? { ok: false, problem: 'duplicate-name' } : { ok: false, problem: 'duplicate-token', existingName: inserted.twinName };
}
