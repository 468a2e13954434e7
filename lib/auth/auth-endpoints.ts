import 'server-only';
import { getAuth } from './auth';

const BASE_PATH = '/api/auth';

// The only Better Auth endpoint the browser needs: the sign-in form posts to it. Everything else
// (sign-up, update-user, change-email, organizations, sessions...) is reached only through this
// app's server actions and pages, which apply its own rules and limits first.
const PUBLIC_ENDPOINTS = new Set(['/sign-in/email']);

const refusal = (status: number, code: string, message: string) => Response.json({ code, message }, { status, headers: { 'Cache-Control': 'no-store' } });

/** Better Auth's HTTP handler, for the allow-listed endpoints only (matched exactly, so no spelling slips past). */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const endpoint = pathname.startsWith(`${BASE_PATH}/`) ? pathname.slice(BASE_PATH.length) : '';
  if (endpoint === '/sign-up/email') {
    return refusal(403, 'SIGN_UP_BY_INVITATION', 'Accounts are created by invitation. Open the invitation link you were sent, or ask a workspace owner or admin for one.');
  }
  if (!PUBLIC_ENDPOINTS.has(endpoint)) return refusal(404, 'NOT_FOUND', 'Not found.');
  return (await getAuth()).handler(request);
}
