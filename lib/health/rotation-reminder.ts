import 'server-only';
import { publishAlert } from '@/lib/alerts/publish-alert';
import type { Db } from '@/lib/db/client';
import { buildAlert } from './build-alert';

const DAY_MS = 86_400_000;

/**
 * The workspace's optional policy: once a credential's token is older than rotateAfterDays, its
 * owners are reminded once (again only after the token is replaced and ages past it again).
 */
export async function remindRotationIfDue(db: Db, credentialId: string, now = new Date()) {
  const row = await db.credential.findUnique({
    where: { id: credentialId },
    select: { tokenSetAt: true, rotationRemindedAt: true, workspace: { select: { settings: { select: { rotateAfterDays: true } } } } },
  });
  const days = row?.workspace.settings?.rotateAfterDays;
  if (!row || !days) return;
  if (now.getTime() - row.tokenSetAt.getTime() < days * DAY_MS) return;
  if (row.rotationRemindedAt && row.rotationRemindedAt >= row.tokenSetAt) return;
  const { count } = await db.credential.updateMany({
    where: { id: credentialId, tokenSetAt: row.tokenSetAt, OR: [{ rotationRemindedAt: null }, { rotationRemindedAt: { lt: row.tokenSetAt } }] },
    data: { rotationRemindedAt: now },
  });
  if (count === 0) return;
  const alert = await buildAlert(db, credentialId, 'credential.rotation_due', null);
  if (alert) await publishAlert(alert);
}
