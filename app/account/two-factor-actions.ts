'use server';

import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import { formError, invalid, type FormResult } from '@/lib/action-result';
import { getAuth } from '@/lib/auth/auth';
import { currentUser } from '@/lib/auth/actor';
import { authenticatorSetup, type AuthenticatorSetup } from '@/lib/auth/two-factor/setup-key';
import { workspacesRequiringTwoFactor } from '@/lib/auth/two-factor/two-factor-policy';
import { passwordConfirmationSchema, totpCodeSchema } from './two-factor-schemas';

const SIGNED_OUT = 'Your session has ended. Sign in again to continue.';
const WRONG_PASSWORD = { ok: false as const, fieldErrors: { password: ['That password is not right.'] } };

/** Better Auth's refusal in this form's words; anything unexpected is thrown (and reported). */
function refused(error: unknown, field: 'password' | 'code'): FormResult<never> {
  if (!(error instanceof APIError)) throw error;
  const code = (error.body as { code?: string } | undefined)?.code;
  if (code === 'INVALID_PASSWORD' || code === 'CREDENTIAL_ACCOUNT_NOT_FOUND') return WRONG_PASSWORD;
  if (code === 'INVALID_CODE') return { ok: false, fieldErrors: { [field]: ['That code is not right. Enter the code your authenticator app shows now.'] } };
  if (code === 'TOTP_CODE_REUSED') return { ok: false, fieldErrors: { [field]: [error.message] } };
  if (code === 'TOTP_ALREADY_ENABLED') return formError('Two-factor authentication is already on. Reload the page.');
  if (code === 'TOTP_NOT_ENABLED') return formError('Start the setup again: it was turned off or replaced in another window.');
  if (error.status === 'UNAUTHORIZED') return formError(SIGNED_OUT);
  throw error;
}

/** Step 1: checks the password and makes a new authenticator secret and 10 recovery codes (not on until confirmed). */
export async function startTwoFactorSetup(_: unknown, data: FormData): Promise<FormResult<AuthenticatorSetup & { recoveryCodes: string[] }>> {
  const parsed = passwordConfirmationSchema.safeParse({ password: data.get('password') });
  if (!parsed.success) return invalid(parsed.error);
  if (!(await currentUser())) return formError(SIGNED_OUT);
  try {
    const result = await (await getAuth()).api.enableTwoFactor({ body: { password: parsed.data.password, method: 'totp' }, headers: await headers() });
    if (result.method !== 'totp') throw new Error('Two-factor setup did not return an authenticator secret.');
    return { ok: true, ...authenticatorSetup(result.totpURI), recoveryCodes: result.backupCodes };
  } catch (error) {
    return refused(error, 'password');
  }
}

/** Step 2: the first code from the app turns two-factor on. */
export async function confirmTwoFactorSetup(_: unknown, data: FormData): Promise<FormResult> {
  const parsed = totpCodeSchema.safeParse({ code: data.get('code') });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await (await getAuth()).api.verifyTOTP({ body: { code: parsed.data.code }, headers: await headers() });
    return { ok: true };
  } catch (error) {
    return refused(error, 'code');
  }
}

/** Turning it off needs the password. */
export async function turnOffTwoFactor(_: unknown, data: FormData): Promise<FormResult> {
  const parsed = passwordConfirmationSchema.safeParse({ password: data.get('password') });
  if (!parsed.success) return invalid(parsed.error);
  const user = await currentUser();
  if (!user) return formError(SIGNED_OUT);
  const requiredBy = await workspacesRequiringTwoFactor(user.id);
  if (requiredBy.length) return formError(`${requiredBy.join(', ')} requires two-factor authentication, so it stays on while you are a member.`);
  try {
    await (await getAuth()).api.disableTwoFactor({ body: { password: parsed.data.password }, headers: await headers() });
    return { ok: true };
  } catch (error) {
    return refused(error, 'password');
  }
}

/** New recovery codes (the old ones stop working), shown once. */
export async function regenerateRecoveryCodes(_: unknown, data: FormData): Promise<FormResult<{ recoveryCodes: string[] }>> {
  const parsed = passwordConfirmationSchema.safeParse({ password: data.get('password') });
  if (!parsed.success) return invalid(parsed.error);
  try {
    const result = await (await getAuth()).api.generateBackupCodes({ body: { password: parsed.data.password }, headers: await headers() });
    return { ok: true, recoveryCodes: result.backupCodes };
  } catch (error) {
    return refused(error, 'password');
  }
}
