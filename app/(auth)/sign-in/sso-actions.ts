'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formError, type FormResult } from '@/lib/action-result';
import { startSsoSignIn } from '@/lib/auth/sso/start-sso-sign-in';
import { getDb } from '@/lib/db/client';
import { clientAddress } from '@/lib/http/client-address';
import { countAttempt } from '@/lib/rate-limit/fixed-window';
import { safeReturnPath } from '@/lib/safe-return-path';

// Each start looks up a provider and writes a pending flow: bounded per address like other unauthenticated doors.
const SSO_STARTS_PER_MINUTE = 30;

const emailSchema = z.email({ error: 'Enter your work email, e.g. name@example.com.' });

/** Continue with single sign-on: sends the browser to the identity provider of the email's domain. */
export async function startSsoSignInAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const email = emailSchema.safeParse(String(formData.get('email') ?? '').trim());
  if (!email.success) return { ok: false, fieldErrors: { email: [email.error.issues[0]!.message] } };
  const requestHeaders = await headers();
  const verdict = await countAttempt(await getDb(), `sso-start:${clientAddress(requestHeaders) ?? 'unknown'}`, SSO_STARTS_PER_MINUTE);
  if (!verdict.allowed) return formError(`Too many single sign-on attempts from your network. Wait ${verdict.retryAfterSeconds} seconds and try again.`);
  const started = await startSsoSignIn(email.data, safeReturnPath(String(formData.get('next') ?? '')), requestHeaders);
  if (!started.ok) return started.field === 'email' ? { ok: false, fieldErrors: { email: [started.message] } } : formError(started.message);
  redirect(started.url);
}
