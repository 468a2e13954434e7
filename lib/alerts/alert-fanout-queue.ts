import 'server-only';
import { defineQueue } from '@/lib/jobs/queue';
import type { CredentialAlert } from './alert';
import { ALERT_FANOUT_QUEUE } from './alert-fanout-job';
import { ALERT_SUBSCRIBERS } from './subscribers';

export const alertFanoutQueue = defineQueue<CredentialAlert>({
  ...ALERT_FANOUT_QUEUE,
  workOptions: () => ({ batchSize: 1, pollingIntervalSeconds: 1 }),
  async work([job]) {
    if (!job) return;
    for (const subscriber of ALERT_SUBSCRIBERS) await subscriber.deliver(job.data);
  },
});
