import 'server-only';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import { getDb } from '@/lib/db/client';
import { log } from '@/lib/log';
import { getAuth } from '../auth';
import { withNonce } from './sso-nonce';

export type SsoStart = { ok: true; url: string } | { ok: false; field: 'email' | 'form'; message: string };

/**
 * Finds the identity provider of the email's domain and asks the SSO plugin for the address to
 * send the person to (it stores the flow's state and sets its cookie), with a nonce added.
 */
export async function startSsoSignIn(email: string, returnTo: string, headers: Headers): Promise<SsoStart> {
  const domain = email.trim().toLowerCase().split('@')[1] ?? '';
  const db = await getDb();
  const provider = await db.ssoProvider.findUnique({ where: { domain }, select: { providerId: true, organizationId: true } });
  if (!provider) {
    return { ok: false, field: 'email', message: `Single sign-on is not set up for ${domain}. Sign in with your password, or ask your workspace owner.` };
  }
  const auth = await getAuth();
  try {
    const { url } = await auth.api.signInSSO({
      body: { providerId: provider.providerId, email, providerType: 'oidc', callbackURL: returnTo, errorCallbackURL: '/sign-in' },
      headers,
    });
    return { ok: true, url: withNonce((await auth.$context).secret, url) };
  } catch (error) {
    log.warn(`sso: sign-in with provider ${provider.providerId} could not start (${(error as Error).message})`);
    if (provider.organizationId) {
      await recordAuditEvent(db, provider.organizationId, {
        action: 'sso.sign-in-failed',
        actor: { id: null, email },
        target: { type: 'sso-provider', id: provider.providerId, label: domain },
        headers,
        detail: { stage: 'start', reason: (error as Error).message.slice(0, 200) },
      });
    }
    return { ok: false, field: 'form', message: 'Your identity provider cannot be used right now. Try again later, or ask your workspace owner to check the single sign-on settings.' };
  }
}
