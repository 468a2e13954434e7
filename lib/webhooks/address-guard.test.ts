import dns from 'node:dns';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWebhookReceiver } from '@/lib/testing/webhook-receiver';
import { checkWebhookUrl, WebhookUrlRefusal } from './address-guard';
import { postWebhook } from './post-webhook';

const strict = { allowPrivateNetworks: false };
const lenient = { allowPrivateNetworks: true };

afterEach(() => vi.restoreAllMocks());

/** Makes dns.lookup answer `addresses` for every name, as a resolver under someone else's control could. */
function resolveTo(...addresses: string[]) {
  vi.spyOn(dns, 'lookup').mockImplementation(((_host: string, _options: unknown, callback: (error: null, answers: dns.LookupAddress[]) => void) =>
    callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))) as unknown as typeof dns.lookup);
}

describe('the webhook address guard', () => {
  it.each([
    'https://127.0.0.1/hook',
    'https://10.1.2.3/hook',
    'https://192.168.1.20/hook',
    'https://172.16.0.1/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.64.0.1/hook',
    'https://0.0.0.0/hook',
    'https://224.0.0.1/hook',
    'https://[::1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[::ffff:a9fe:a9fe]/hook',
    'https://[fd00:ec2::254]/hook',
    'https://[fe80::1]/hook',
    'https://[::]/hook',
    'https://localhost/hook',
  ])('refuses %s, which leads to a private, local or metadata address', async (url) => {
    await expect(checkWebhookUrl(url, strict)).rejects.toThrow(/private, local or reserved network/);
  });

  it('refuses http:// without the flag, before looking anything up', async () => {
    const lookup = vi.spyOn(dns, 'lookup');
    await expect(checkWebhookUrl('http://93.184.215.14/hook', strict)).rejects.toThrow(/Use an https:\/\/ address/);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('refuses a name when any one of its addresses is private, even if the others are public', async () => {
    resolveTo('93.184.215.14', '10.0.0.7');
    await expect(checkWebhookUrl('https://hooks.example.com/x', strict)).rejects.toBeInstanceOf(WebhookUrlRefusal);
  });

  it('accepts a public https:// address and keeps the addresses it checked', async () => {
    resolveTo('93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c');
    const checked = await checkWebhookUrl('https://hooks.example.com/x', strict);
    expect(checked.url.hostname).toBe('hooks.example.com');
    expect(checked.addresses.map((entry) => entry.address)).toEqual(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']);
  });

  it('says so when the name cannot be found', async () => {
    await expect(checkWebhookUrl('https://no-such-host.invalid/x', strict)).rejects.toThrow(/could not be found/);
  });

  it('lets http:// and private addresses through with WEBHOOK_ALLOW_PRIVATE_NETWORKS', async () => {
    await expect(checkWebhookUrl('http://127.0.0.1:8080/hook', lenient)).resolves.toMatchObject({ addresses: [{ address: '127.0.0.1', family: 4 }] });
    await expect(checkWebhookUrl('http://localhost:8080/hook', lenient)).resolves.toBeDefined();
    await expect(checkWebhookUrl('ftp://127.0.0.1/hook', lenient)).rejects.toThrow(/https/);
  });

  it('connects to the checked address, never resolving the name again, and keeps the name as Host', async () => {
    const receiver = await startWebhookReceiver();
    const lookup = vi.spyOn(dns, 'lookup');
    try {
      const port = new URL(receiver.url).port;
      const url = new URL(`http://receiver.invalid:${port}/hook`);
      const result = await postWebhook({ url, addresses: [{ address: '127.0.0.1', family: 4 }] }, {}, '{}');
      expect(result).toMatchObject({ status: 200, error: null });
      expect(receiver.received[0]).toMatchObject({ path: '/hook', headers: { host: `receiver.invalid:${port}` } });
      expect(lookup).not.toHaveBeenCalled();
    } finally {
      await receiver.close();
    }
  });
});
