import { apiRoute, json } from '@/lib/api/api-route';
import { answeringRefusals } from '@/lib/api/webhooks/webhook-problems';
import { sendTestEvent } from '@/lib/webhooks/send-test-event';

/** Queued at once, through the same queue as alerts: 202, then follow it in /deliveries. */
export const POST = apiRoute<{ id: string }>('Sending a webhook test event', ({ actor, params }) =>
  answeringRefusals(async () => json(await sendTestEvent(actor, params.id), { status: 202 })),
);
