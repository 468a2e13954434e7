/** What Better Auth answered a browser call: the status and its JSON body (empty when it had none). */
export interface AuthAnswer {
  status: number;
  ok: boolean;
  body: { code?: string; message?: string; twoFactorRedirect?: boolean } & Record<string, unknown>;
}

export const UNREACHABLE = 'Could not reach the server. Check your connection and try again.';

/** Calls one of Better Auth's allow-listed endpoints (lib/auth/auth-endpoints.ts) with JSON. */
export async function authFetch(path: string, body?: unknown): Promise<AuthAnswer> {
  const response = await fetch(`/api/auth${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const parsed = (await response.json().catch(() => null)) as AuthAnswer['body'] | null;
  return { status: response.status, ok: response.ok, body: parsed ?? {} };
}
