// Run by e2e/support/notifications.ts with tsx --conditions=react-server: raises a credential alert
// for the people of an existing credential through the app's own subscriber, against the e2e
// database (DATABASE_URL), as the health checks would. Prints nothing but errors.
import { randomUUID } from 'node:crypto';
import type { CredentialAlert, CredentialAlertType } from '@/lib/alerts/alert';
import { getDb } from '@/lib/db/client';
import { notifyPeopleOfAlert } from '@/lib/notifications/notify-people';

const [credentialId, type] = process.argv.slice(2) as [string, CredentialAlertType];
const db = await getDb();
const credential = await db.credential.findUniqueOrThrow({
  where: { id: credentialId },
  select: { id: true, name: true, createdById: true, workspace: { select: { id: true, name: true } } },
});
const alert: CredentialAlert = {
  id: randomUUID(),
  type,
  occurredAt: new Date().toISOString(),
  workspace: credential.workspace,
  credential: {
    id: credential.id,
    name: credential.name,
    status: type === 'credential.invalid' ? 'invalid' : 'partial',
    reason: type === 'credential.invalid' ? 'Planhat rejected the token (401)' : null,
    createdById: credential.createdById,
  },
  change: type === 'credential.access_changed' ? { models: { gained: [], lost: ['invoices'] } } : { status: { from: 'verified', to: 'invalid' } },
  affected: { sources: [], destinations: [] },
};
await notifyPeopleOfAlert(alert);
await db.$disconnect();
