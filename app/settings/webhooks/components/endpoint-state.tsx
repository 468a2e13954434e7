import type { WebhookEndpointDto } from '@/lib/webhooks/endpoint-dto';
import styles from './webhooks.module.css';

/** On, on but failing, or off (with why): never green unless deliveries go through. */
export function EndpointState({ endpoint }: { endpoint: WebhookEndpointDto }) {
  if (!endpoint.enabled) return <span className={`${styles.badge} ${styles.off}`}>Off</span>;
  if (endpoint.failingSince) return <span className={`${styles.badge} ${styles.failing}`}>Failing</span>;
  return <span className={`${styles.badge} ${styles.on}`}>On</span>;
}
