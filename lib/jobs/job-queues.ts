import { ALERT_FANOUT_QUEUE } from '@/lib/alerts/alert-fanout-job';
import { EMAIL_QUEUE } from '@/lib/email/email-job';
import { HEALTH_CHECK_QUEUE } from '@/lib/health/health-check-job';
import { WEBHOOK_DELIVERY_QUEUE } from '@/lib/webhooks/delivery-job';
import type { JobQueue } from './queue';

/** Every background queue of the app, as senders see it: created when the job queue starts. */
export const JOB_QUEUES: readonly JobQueue[] = [HEALTH_CHECK_QUEUE, ALERT_FANOUT_QUEUE, WEBHOOK_DELIVERY_QUEUE, EMAIL_QUEUE];
