import 'server-only';
import { randomUUID } from 'node:crypto';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import type { Actor } from '@/lib/auth/actor';
import { getKeyring } from '@/lib/credentials/keyring';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { addressRulesOf } from './address-rules';
import { sealClientSecret } from './client-secret';
import { discoverIssuer } from './discover-issuer';
import { parseStoredOidcConfig, SSO_MAPPING, SSO_SCOPES, type StoredOidcConfig } from './oidc-config';
import { assertCanManageSso, canViewSso, SsoAccessError } from './sso-access';
import { providerIdFor, type SsoProviderInput } from './sso-provider-schema';
import { SsoSetupProblem } from './sso-problem';

/** What the settings page shows of a provider: never the client secret, sealed or not. */
export interface SsoProviderDto {
  providerId: string;
  issuer: string;
  clientId: string;
  domain: string;
  clientSecretSet: boolean;
  createdAt: Date;
}

export async function getSsoProvider(actor: Actor): Promise<SsoProviderDto | null> {
  if (!canViewSso(actor)) throw new SsoAccessError('Only workspace owners and admins can see single sign-on.');
  const db = await getDb();
  const row = await db.ssoProvider.findUnique({ where: { organizationId: actor.workspaceId } });
  if (!row) return null;
  const config = parseStoredOidcConfig(row.oidcConfig);
  return { providerId: row.providerId, issuer: row.issuer, clientId: config?.clientId ?? '', domain: row.domain, clientSecretSet: Boolean(config?.sealedClientSecret), createdAt: row.createdAt };
}

/**
 * A provider id nobody has used: accounts are found by (provider id, subject), so reusing the id of
 * a removed provider would let a new identity provider claim the people who signed in through the
 * old one by sending their subjects.
 */
async function freeProviderId(db: Awaited<ReturnType<typeof getDb>>, domain: string) {
  const wanted = providerIdFor(domain);
  const [provider, account] = await Promise.all([
    db.ssoProvider.findUnique({ where: { providerId: wanted }, select: { id: true } }),
    db.account.findFirst({ where: { providerId: wanted }, select: { id: true } }),
  ]);
  return provider || account ? `${wanted.slice(0, 70)}-${randomUUID().slice(0, 8)}` : wanted;
}

/**
 * Registers or updates the workspace's OpenID provider: checks the issuer's discovery document
 * server-side, seals the client secret with the vault, and writes the row the SSO plugin reads.
 */
export async function saveSsoProvider(actor: Actor, input: SsoProviderInput, headers: Headers): Promise<SsoProviderDto> {
  assertCanManageSso(actor);
  const db = await getDb();
  const existing = await db.ssoProvider.findUnique({ where: { organizationId: actor.workspaceId } });
  const stored = parseStoredOidcConfig(existing?.oidcConfig ?? null);
  if (!input.clientSecret && !stored) throw new SsoSetupProblem('clientSecret', 'Enter the client secret your identity provider made for this app.');
  const owner = await db.ssoProvider.findUnique({ where: { domain: input.domain }, select: { organizationId: true } });
  if (owner && owner.organizationId !== actor.workspaceId) {
    throw new SsoSetupProblem('domain', `${input.domain} already signs in to another workspace. One email domain can belong to one workspace only.`);
  }
  const discovered = await discoverIssuer(input.issuer, addressRulesOf(getEnv()));
  const providerId = existing?.providerId ?? (await freeProviderId(db, input.domain));
  const secret = input.clientSecret
    ? sealClientSecret(getKeyring(), { workspaceId: actor.workspaceId, providerId }, input.clientSecret)
    : { sealedClientSecret: stored!.sealedClientSecret, secretKeyId: stored!.secretKeyId };
  const config: StoredOidcConfig = { ...discovered, clientId: input.clientId, ...secret, pkce: true, scopes: SSO_SCOPES, mapping: SSO_MAPPING };
  const data = { issuer: discovered.issuer, domain: input.domain, oidcConfig: JSON.stringify(config) };
  const row = existing
    ? await db.ssoProvider.update({ where: { id: existing.id }, data })
    : await db.ssoProvider.create({ data: { ...data, id: randomUUID(), providerId, organizationId: actor.workspaceId, userId: actor.userId } });
  await recordAuditEvent(db, actor.workspaceId, {
    action: existing ? 'sso.updated' : 'sso.configured',
    actor: { id: actor.userId, email: actor.email },
    target: { type: 'sso-provider', id: providerId, label: input.domain },
    headers,
    detail: { issuer: discovered.issuer, domain: input.domain, clientId: input.clientId, clientSecretChanged: Boolean(input.clientSecret) },
  });
  return { providerId, issuer: row.issuer, clientId: input.clientId, domain: row.domain, clientSecretSet: true, createdAt: row.createdAt };
}

/** Removes the workspace's provider: its people keep their accounts but sign in with it no more. */
export async function removeSsoProvider(actor: Actor, headers: Headers): Promise<boolean> {
  assertCanManageSso(actor);
  const db = await getDb();
  const existing = await db.ssoProvider.findUnique({ where: { organizationId: actor.workspaceId }, select: { id: true, providerId: true, domain: true, issuer: true } });
  if (!existing) return false;
  await db.ssoProvider.delete({ where: { id: existing.id } });
  await recordAuditEvent(db, actor.workspaceId, {
    action: 'sso.removed',
    actor: { id: actor.userId, email: actor.email },
    target: { type: 'sso-provider', id: existing.providerId, label: existing.domain },
    headers,
    detail: { issuer: existing.issuer, domain: existing.domain },
  });
  return true;
}
