import 'server-only';
import { randomBytes } from 'node:crypto';
import { parseKeyring, type Keyring } from './keyring';
import type { SealingContext } from './sealing-context';

/** Test support: a fresh random CREDENTIAL_KEYS value and its keyring, first id active. */
export function randomKeyring(...ids: string[]): { keyring: Keyring; config: string; secrets: string[] } {
  const secrets = ids.map(() => randomBytes(32).toString('base64'));
  const config = ids.map((id, index) => `${id}:${secrets[index]}`).join(',');
  return { keyring: parseKeyring(config), config, secrets };
}

export const sampleContext: SealingContext = {
  workspaceId: 'ws_7d1f0c',
  credentialId: 'cred_42a9be',
  connector: 'planhat',
  field: 'apiToken',
};

export const sampleToken = 'ph_live_5f2c9a7e1b3d4f6a8c0e2b4d6f8a0c2e4b6d';
