// Client-safe: the Settings form lists these as checkboxes, the API and the service validate with them.
import { CREDENTIAL_ALERT_TYPES, type CredentialAlertType } from '@/lib/alerts/alert';

/** Every event an endpoint may subscribe to: each credential alert, and the test event sent on demand. */
export const WEBHOOK_EVENT_TYPES = [...CREDENTIAL_ALERT_TYPES, 'test'] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What each event means, for people choosing them. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  'credential.invalid': 'Planhat refused the token',
  'credential.recovered': 'A credential works again',
  'credential.unreachable': 'Planhat could not be reached three times in a row',
  'credential.access_changed': 'The data models a token may read changed',
  'credential.unreadable': 'A token can no longer be decrypted',
  'credential.rotation_due': 'A token is old enough to rotate',
  'credential.created': 'A credential was added',
  'credential.deleted': 'A credential was deleted',
  test: 'Test events you send from here',
};

export const isAlertEvent = (type: WebhookEventType): type is CredentialAlertType => type !== 'test';
