// Test support for Better Auth's HTTP endpoints: accounts with real password hashes, and requests
// shaped as they reach the app behind server.js (one client address in X-Forwarded-For).
import { randomBytes } from 'node:crypto';
import { runWithEndpointContext } from '@better-auth/core/context';
import { handleAuthRequest } from '@/lib/auth/auth-endpoints';
import { getAuth } from '@/lib/auth/auth';

export const ORIGIN = 'http://localhost:3000';

export const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.com`;

/** A client address no other test uses. */
export function uniqueAddress() {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c! | 1}`;
}

// Hashing is slow on purpose; tests reuse one hash per password.
const hashes = new Map<string, Promise<string>>();

/** An account that can sign in with `password`, made the way Better Auth makes one. */
export async function createAccount(email: string, password: string, name = 'Sam Signin') {
  const context = await (await getAuth()).$context;
  if (!hashes.has(password)) hashes.set(password, context.password.hash(password));
  // Creating a user runs the app's validateUserInfo (the SSO gate), which Better Auth only runs inside an endpoint.
  const user = await runWithEndpointContext({ context } as never, () => context.internalAdapter.createUser({ email, name, emailVerified: false }, { method: 'email-password' }));
  await context.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: await hashes.get(password)! });
  return user;
}

export function authRequest(path: string, { body, address, cookie, method = 'POST' }: { body?: unknown; address?: string; cookie?: string; method?: string } = {}) {
  const headers: Record<string, string> = { origin: ORIGIN };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (address) headers['x-forwarded-for'] = address;
  if (cookie) headers.cookie = cookie;
  return handleAuthRequest(new Request(`${ORIGIN}/api/auth${path}`, { method, headers, body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body) }));
}

export const signIn = (email: string, password: string, address: string) => authRequest('/sign-in/email', { body: { email, password }, address });

/** A fresh account signed in through the sign-in endpoint, with its session cookie. */
export async function signedInAccount(password = 'correct horse battery staple') {
  const email = uniqueEmail('session');
  const user = await createAccount(email, password);
  const response = await signIn(email, password, uniqueAddress());
  if (response.status !== 200) throw new Error(`test sign-in failed with ${response.status}`);
  return { user, cookie: response.headers.get('set-cookie')!.split(';')[0]! };
}
