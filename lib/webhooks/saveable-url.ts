import 'server-only';
import { getEnv } from '@/lib/env';
import { checkWebhookUrl, WebhookUrlRefusal } from './address-guard';
import { WebhookRefusal } from './errors';

/** The URL as it will be stored (normalised), once the guard let it through; a refusal names the url field. */
export async function saveableUrl(raw: string): Promise<string> {
  try {
    const { url } = await checkWebhookUrl(raw, { allowPrivateNetworks: getEnv().WEBHOOK_ALLOW_PRIVATE_NETWORKS });
    return url.href;
  } catch (error) {
    if (error instanceof WebhookUrlRefusal) throw new WebhookRefusal('invalid', error.message, 'url');
    throw error;
  }
}
