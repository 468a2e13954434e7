import type { CredentialAlert } from '@/lib/alerts/alert';
import type { WebhookEventType } from './event-types';

/** The Standard Webhooks body: what happened, when, and the event's own data. */
export interface WebhookEnvelope {
  type: WebhookEventType;
  timestamp: string;
  data: Record<string, unknown>;
}

/**
 * An alert as receivers see it, picked field by field so nothing new on the alert reaches them by
 * accident. It names the credential and what changed; it never holds a token (the alert has none).
 */
export function alertEnvelope(alert: CredentialAlert): WebhookEnvelope {
  const { credential, workspace, change, affected } = alert;
  const flows = (list: CredentialAlert['affected']['sources']) => list.map(({ id, name, model }) => ({ id, name, model }));
  return {
    type: alert.type,
    timestamp: alert.occurredAt,
    data: {
      credential: { id: credential.id, name: credential.name, status: credential.status, reason: credential.reason },
      workspace: { id: workspace.id, name: workspace.name },
      change: change && {
        ...(change.status && { status: { from: change.status.from, to: change.status.to } }),
        ...(change.models && { models: { gained: [...change.models.gained], lost: [...change.models.lost] } }),
        ...(change.region && { region: { from: change.region.from, to: change.region.to } }),
      },
      affected: { sources: flows(affected.sources), destinations: flows(affected.destinations) },
    },
  };
}

export function testEnvelope({ endpointId, workspace, sentBy, at }: { endpointId: string; workspace: { id: string; name: string }; sentBy: string; at: Date }): WebhookEnvelope {
  return {
    type: 'test',
    timestamp: at.toISOString(),
    data: { message: `A test event sent by ${sentBy} from Settings > Webhooks.`, endpoint: { id: endpointId }, workspace },
  };
}
