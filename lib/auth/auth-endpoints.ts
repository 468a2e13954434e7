import 'server-only';
import { getAuth } from './auth';
import { handleSsoCallback, SSO_CALLBACK } from './sso/sso-callback';

const BASE_PATH = '/api/auth';

// The Better Auth endpoints the browser needs: sign-in (password, then a second factor, or a
// passkey) and adding a passkey (WebAuthn's ceremony runs in the browser). Everything else
// (sign-up, update-user, change-email, organizations, sessions, turning two-factor on or off...)
// is reached only through this app's server actions and pages, which apply its own rules first.
const PUBLIC_ENDPOINTS = new Set([
  '/sign-in/email',
  '/two-factor/verify-totp',
  '/two-factor/verify-backup-code',
  '/passkey/generate-authenticate-options',
  '/passkey/verify-authentication',
  '/passkey/generate-register-options',
  '/passkey/verify-registration',
]);

const refusal = (status: number, code: string, message: string) => Response.json({ code, message }, { status, headers: { 'Cache-Control': 'no-store' } });

/** Better Auth's HTTP handler, for the allow-listed endpoints only (matched exactly, so no spelling slips past). */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const endpoint = pathname.startsWith(`${BASE_PATH}/`) ? pathname.slice(BASE_PATH.length) : '';
  if (endpoint === '/sign-up/email') {
    return refusal(403, 'SIGN_UP_BY_INVITATION', 'Accounts are created by invitation. Open the invitation link you were sent, or ask a workspace owner or admin for one.');
  }
  // Where an identity provider sends the browser back after single sign-on (GET, one provider id).
  const ssoCallback = SSO_CALLBACK.exec(endpoint);
  if (ssoCallback && request.method === 'GET') {
    const auth = await getAuth();
    return handleSsoCallback(request, ssoCallback[1]!, (r) => auth.handler(r));
  }
  if (!PUBLIC_ENDPOINTS.has(endpoint)) return refusal(404, 'NOT_FOUND', 'Not found.');
  return (await getAuth()).handler(request);
}
