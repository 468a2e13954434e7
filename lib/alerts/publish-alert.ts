import 'server-only';
import { getBoss } from '@/lib/jobs/boss';
import { defineQueue } from '@/lib/jobs/queue';
import { log } from '@/lib/log';
import type { CredentialAlert } from './alert';
import { ALERT_SUBSCRIBERS } from './subscribers';

export const alertFanoutQueue = defineQueue<CredentialAlert>({
  name: 'alert-fanout',
  options: { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600 },
  workOptions: () => ({ batchSize: 1, pollingIntervalSeconds: 1 }),
  async work([job]) {
    if (!job) return;
    for (const subscriber of ALERT_SUBSCRIBERS) await subscriber.deliver(job.data);
  },
});

/** Hands an alert to the queue; the fan-out to people and webhooks happens in the background. */
export async function publishAlert(alert: CredentialAlert): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(alertFanoutQueue.name, alert, { singletonKey: alert.id });
  } catch (error) {
    log.error(`alert ${alert.type} for credential ${alert.credential.id} could not be queued: ${(error as Error).message}`);
  }
}
