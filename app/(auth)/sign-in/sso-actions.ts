'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formError, type FormResult } from '@/lib/action-result';
import { startSsoSignIn } from '@/lib/auth/sso/start-sso-sign-in';
import { safeReturnPath } from '@/lib/safe-return-path';

const emailSchema = z.email({ error: 'Enter your work email, e.g. name@example.com.' });

/** Continue with single sign-on: sends the browser to the identity provider of the email's domain. */
export async function startSsoSignInAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const email = emailSchema.safeParse(String(formData.get('email') ?? '').trim());
  if (!email.success) return { ok: false, fieldErrors: { email: [email.error.issues[0]!.message] } };
  const started = await startSsoSignIn(email.data, safeReturnPath(String(formData.get('next') ?? '')), await headers());
  if (!started.ok) return started.field === 'email' ? { ok: false, fieldErrors: { email: [started.message] } } : formError(started.message);
  redirect(started.url);
}
