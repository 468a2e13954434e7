import 'server-only';
import { getBoss } from '@/lib/jobs/boss';
import { log } from '@/lib/log';
import type { CredentialAlert } from './alert';
import { ALERT_FANOUT_QUEUE } from './alert-fanout-job';

/** Hands an alert to the queue; the fan-out to people and webhooks happens in the background. */
export async function publishAlert(alert: CredentialAlert): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(ALERT_FANOUT_QUEUE.name, alert, { singletonKey: alert.id });
  } catch (error) {
    log.error(`alert ${alert.type} for credential ${alert.credential.id} could not be queued: ${(error as Error).message}`);
  }
}
