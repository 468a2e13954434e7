import 'server-only';
import { recordAuditEvent } from '@/lib/audit/audit-log';
import { getDb } from '@/lib/db/client';
import { log } from '@/lib/log';

/** The SSO plugin's callback, `/sso/callback/:providerId`: one path segment of provider-id characters. */
export const SSO_CALLBACK = /^\/sso\/callback\/([A-Za-z0-9_-]{1,100})$/;

const MAX_REASON = 200;

// `error` and `error_description` come from the query string, which anyone can write: keep them short and on one line.
const tidy = (value: string | null | undefined) => value?.replace(/[\p{C}]+/gu, ' ').trim().slice(0, MAX_REASON) || null;

function signInPageWith(request: Request, error: string, description: string | null) {
  const target = new URL('/sign-in', request.url);
  target.searchParams.set('error', error);
  if (description) target.searchParams.set('error_description', description);
  return new Response(null, { status: 302, headers: { Location: `${target.pathname}${target.search}`, 'Cache-Control': 'no-store' } });
}

/**
 * Runs the plugin's callback and looks at where it sends the person: back with an `error` means
 * no session was made. Then the provider's workspace gets an `sso.sign-in-failed` entry, and the
 * person lands on the sign-in page (not Better Auth's bare error page) to read what went wrong.
 */
export async function handleSsoCallback(request: Request, providerId: string, handle: (request: Request) => Promise<Response>): Promise<Response> {
  const response = await handle(request);
  const location = response.headers.get('location');
  const target = location ? new URL(location, request.url) : null;
  const error = tidy(target?.searchParams.get('error')) ?? (response.status >= 400 ? `http_${response.status}` : null);
  if (!error) return response;
  const description = tidy(target?.searchParams.get('error_description'));
  const db = await getDb();
  const provider = await db.ssoProvider.findUnique({ where: { providerId }, select: { organizationId: true, domain: true } });
  if (provider?.organizationId) {
    await recordAuditEvent(db, provider.organizationId, {
      action: 'sso.sign-in-failed',
      actor: { id: null, email: null },
      target: { type: 'sso-provider', id: providerId, label: provider.domain },
      headers: request.headers,
      detail: { stage: 'callback', error, ...(description ? { reason: description } : {}) },
    });
  }
  log.warn(`sso: sign-in through provider ${providerId} failed (${error}${description ? `: ${description}` : ''})`);
  if (target && target.origin === new URL(request.url).origin && target.pathname === '/sign-in') return response;
  return signInPageWith(request, error, description);
}
