import { alertFanoutQueue } from '@/lib/alerts/alert-fanout-queue';
import { emailQueue } from '@/lib/email/email-queue';
import { healthCheckQueue } from '@/lib/health/health-check-queue';
import { webhookDeliveryQueue } from '@/lib/webhooks/delivery-queue';
import type { QueueDefinition } from './queue';

/** The worker of every queue in ./job-queues.ts, started by startWorkers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ALL_QUEUES: QueueDefinition<any>[] = [healthCheckQueue, alertFanoutQueue, webhookDeliveryQueue, emailQueue];
