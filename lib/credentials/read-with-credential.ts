import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { readPlanhatRecords } from '@/lib/connectors/planhat/configured';
import type { PlanhatModelId } from '@/lib/connectors/planhat/models';
import type { PlanhatRecord, ReadRecordsError } from '@/lib/connectors/planhat/read-records';
import { isPlanhatCluster, type PlanhatCluster } from '@/lib/connectors/planhat/regions';
import { getDb } from '@/lib/db/client';
import { log } from '@/lib/log';
import type { CredentialDto } from './dto';
import { CredentialError } from './errors';
import { getCredential } from './get-credential';
import { withOpenedToken } from './opened-token';
import { recheckCredential } from './recheck-credential';
import { recordRead } from './record-read';

export interface CredentialReadRequest {
  model: PlanhatModelId;
  limit: number;
  offset: number;
  select?: readonly string[];
  /** What the read is for, as the credential's usage counts it: a saved source, or none yet (the configure preview). */
  source: { id: string; name: string } | null;
  /** Names the re-check a rejected read triggers, e.g. 'source-read'. */
  trigger: string;
}

export type CredentialReadError = ReadRecordsError | 'unreadable';

export type CredentialReadResult = { ok: true; records: PlanhatRecord[] } | { ok: false; error: CredentialReadError; message: string };

/** The result, and the credential as it stands afterwards (a rejected read re-checks it). */
export interface CredentialRead {
  credential: CredentialDto;
  result: CredentialReadResult;
}

/**
 * Reads one page of Planhat records with a stored credential: authorizes `use`, opens the token for
 * this one request, counts the read in the credential's usage of the day, and re-checks the credential when Planhat
 * says the token was revoked or lost permission, so its status tells the truth everywhere.
 */
export async function readWithCredential(actor: Actor, credentialId: string, request: CredentialReadRequest): Promise<CredentialRead> {
  let credential = await getCredential(actor, credentialId, 'use');
  let result: CredentialReadResult;
  let rechecked = false;
  if (credential.status === 'unreadable') {
    result = { ok: false, error: 'unreadable', message: credential.statusReason ?? "The token can't be decrypted." };
  } else {
    let cluster: PlanhatCluster;
    ({ credential, cluster, rechecked } = await clusterFor(actor, credential, request.trigger));
    result = await withOpenedToken(actor.workspaceId, credential.id, ({ token }) =>
      readPlanhatRecords({ token, cluster, model: request.model, limit: request.limit, offset: request.offset, select: request.select }),
    ).catch((error: unknown): CredentialReadResult => {
      if (error instanceof CredentialError && error.code === 'unreadable') return { ok: false, error: 'unreadable', message: error.message };
      throw error;
    });
  }
  // Counted, not appended to the audit trail: a page of previews would bury the changes there.
  const lastUsedAt = await recordRead(await getDb(), {
    workspaceId: actor.workspaceId,
    credentialId: credential.id,
    source: request.source,
    model: request.model,
    outcome: result.ok ? 'ok' : result.error,
  });
  credential = { ...credential, lastUsedAt: lastUsedAt ?? credential.lastUsedAt };
  if (!result.ok && (result.error === 'invalid-token' || result.error === 'forbidden') && !rechecked && credential.can.check) {
    credential = await recheckQuietly(actor, credential, request.trigger);
  }
  return { credential, result };
}

/**
 * The cluster the token belongs to. A credential saved without verifying has none yet: a re-check
 * finds it (and stores it); if Planhat cannot say, the default cluster is as good a guess as any.
 */
async function clusterFor(actor: Actor, credential: CredentialDto, trigger: string) {
  if (isPlanhatCluster(credential.region)) return { credential, cluster: credential.region, rechecked: false };
  if (!credential.can.check) return { credential, cluster: 'api' as const, rechecked: false };
  const { credential: checked, check } = await recheckCredential(actor, credential.id, trigger);
  return { credential: checked, cluster: isPlanhatCluster(check.cluster) ? check.cluster : ('api' as const), rechecked: true };
}

// The read already failed; a re-check that fails too must not hide that answer from the person.
async function recheckQuietly(actor: Actor, credential: CredentialDto, trigger: string): Promise<CredentialDto> {
  try {
    return (await recheckCredential(actor, credential.id, trigger)).credential;
  } catch (error) {
    log.warn(`re-check after a rejected read of credential ${credential.id} failed: ${error instanceof Error ? error.name : typeof error}`);
    return credential;
  }
}
