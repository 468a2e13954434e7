import { alertFanoutQueue } from '@/lib/alerts/publish-alert';
import { emailQueue } from '@/lib/email/email-queue';
import { healthCheckQueue } from '@/lib/health/health-check-queue';
import { webhookDeliveryQueue } from '@/lib/webhooks/delivery-queue';
import type { QueueDefinition } from './queue';

/** Every background queue of the app: created when the job queue starts, worked by startWorkers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ALL_QUEUES: QueueDefinition<any>[] = [healthCheckQueue, alertFanoutQueue, webhookDeliveryQueue, emailQueue];
