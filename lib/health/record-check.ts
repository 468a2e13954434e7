import 'server-only';
import { randomUUID } from 'node:crypto';
import { publishAlert } from '@/lib/alerts/publish-alert';
import type { Actor } from '@/lib/auth/actor';
import { recordEvent } from '@/lib/credentials/audit';
import type { AccessReport } from '@/lib/credentials/dto';
import { getKeyring } from '@/lib/credentials/keyring';
import { runCheck, type CheckResult } from '@/lib/credentials/run-check';
import { openSealedToken } from '@/lib/credentials/token-sealing';
import type { Db } from '@/lib/db/client';
import { log } from '@/lib/log';
import { isVaultError } from '@/lib/vault';
import { buildAlert } from './build-alert';
import { judgeCheck, type HealthResult, type HealthVerdict, type StoredStatus } from './detect-change';

/** What a check needs of a credential row (sealedToken is selected explicitly: it is omitted by default). */
export const checkedRowSelect = {
  id: true, workspaceId: true, connector: true, name: true, status: true, region: true, accessReport: true,
  consecutiveFailures: true, keyId: true, sealedToken: true,
} as const;

export interface CheckedRow {
  id: string;
  workspaceId: string;
  connector: string;
  name: string;
  status: StoredStatus;
  region: string | null;
  accessReport: unknown;
  consecutiveFailures: number;
  keyId: string;
  sealedToken: Uint8Array;
}

export type CheckTrigger = 'scheduled' | 'manual' | 'api';

export interface RecordedCheck {
  verdict: HealthVerdict;
  /** The check itself; undefined when the token could not be opened. */
  check?: CheckResult;
  durationMs: number;
}

async function checkToken(row: CheckedRow): Promise<{ result: HealthResult; check?: CheckResult }> {
  let token: string;
  try {
    token = openSealedToken(getKeyring(), row, row.sealedToken);
  } catch (error) {
    if (!isVaultError(error)) throw error;
    log.warn(`credential ${row.id} cannot be decrypted (${error.code})`);
    return { result: { status: 'unreadable', reason: error.code } };
  }
  const check = await runCheck(token, row.region);
  return { result: check, check };
}

/**
 * Checks one credential with Planhat and records it (auditTrigger: what the audit entry says asked
 * for it, e.g. "configure" for a source's preview): the credential's status and health, a row of
 * its health timeline, an audit entry when something changed (or a person asked), and an alert for
 * people and webhooks when the change is one they should hear about.
 */
export async function checkAndRecord(db: Db, row: CheckedRow, trigger: CheckTrigger, actor: Actor | null = null, auditTrigger: string = trigger): Promise<RecordedCheck> {
  const started = performance.now();
  const last = await db.credentialCheck.findFirst({ where: { credentialId: row.id }, orderBy: { checkedAt: 'desc' }, select: { outcome: true } });
  const { result, check } = await checkToken(row);
  const durationMs = Math.round(performance.now() - started);
  const verdict = judgeCheck(
    { status: row.status, region: row.region, accessReport: row.accessReport as AccessReport | null, consecutiveFailures: row.consecutiveFailures, lastOutcome: last?.outcome ?? null },
    result,
  );
  const report = check && check.status === 'verified' ? { readableCount: check.readableCount, modelCount: Object.keys(check.models).length } : null;
  await db.$transaction(async (tx) => {
    const now = new Date();
    const lastChange = verdict.change ? { lastChange: verdict.change as object, lastChangeAt: now } : {};
    await tx.credential.update({ where: { id: row.id }, data: { ...verdict.columns, ...lastChange, healthCheckedAt: now } });
    await tx.credentialCheck.create({
      data: {
        id: randomUUID(),
        credentialId: row.id,
        workspaceId: row.workspaceId,
        trigger,
        outcome: verdict.outcome,
        reason: result.reason ?? null,
        readableCount: report?.readableCount ?? null,
        modelCount: report?.modelCount ?? null,
        cluster: check?.cluster ?? null,
        durationMs,
        change: verdict.change ? (verdict.change as object) : undefined,
        checkedAt: now,
      },
    });
    // Quiet scheduled checks stay out of the audit trail; a person's check and every change go in.
    if (verdict.change || actor) {
      await recordEvent(tx, actor, row, 'checked', {
        outcome: verdict.outcome,
        detail: { trigger: auditTrigger, readableCount: check?.readableCount ?? null, cluster: check?.cluster ?? null, reason: result.reason ?? null, ...(verdict.change && { change: verdict.change as object }) },
      });
    }
  });
  if (verdict.alert) {
    const alert = await buildAlert(db, row.id, verdict.alert, verdict.change, verdict.outcome === 'unreadable');
    if (alert) await publishAlert(alert);
  }
  return { verdict, check, durationMs };
}
