import 'server-only';
import { checkHost, HostRefusal, type CheckedAddress } from '@/lib/net/host-guard';

// post-webhook.ts connects through these; they live with the host guard that webhooks share with connectors.
export { pinnedLookup, type CheckedAddress } from '@/lib/net/host-guard';

/** Why a webhook URL may not be used, in words for the person who typed it. */
export class WebhookUrlRefusal extends Error {
  override name = 'WebhookUrlRefusal';
}

/** A URL that passed the guard, with the addresses it resolved to: connect to these, never resolve again. */
export interface CheckedUrl {
  url: URL;
  addresses: CheckedAddress[];
}

/**
 * Checks a webhook URL where it will be used: https:// only, and every address its host resolves
 * to must be public (lib/net/host-guard.ts). `allowPrivateNetworks` (WEBHOOK_ALLOW_PRIVATE_NETWORKS)
 * lifts both rules.
 */
export async function checkWebhookUrl(raw: string, { allowPrivateNetworks }: { allowPrivateNetworks: boolean }): Promise<CheckedUrl> {
  if (!URL.canParse(raw)) throw new WebhookUrlRefusal('This is not a web address. Enter the full address, starting with https://.');
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !(allowPrivateNetworks && url.protocol === 'http:')) {
    throw new WebhookUrlRefusal('Use an https:// address: events are only sent over an encrypted connection.');
  }
  try {
    return { url, addresses: await checkHost(url.hostname, { allowPrivateNetworks }) };
  } catch (error) {
    if (!(error instanceof HostRefusal)) throw error;
    // Webhook wording, which the webhook forms and their tests show: "address", and what to use instead.
    throw new WebhookUrlRefusal(
      error.reason === 'not-found'
        ? `The name ${error.host} could not be found. Check the address for typos.`
        : 'This address leads to a private, local or reserved network, which webhooks may not call. Use a public https:// address.',
    );
  }
}
