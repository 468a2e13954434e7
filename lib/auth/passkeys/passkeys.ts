import 'server-only';
import { APIError } from 'better-auth/api';
import { getDb } from '@/lib/db/client';
import type { AuthHookContext } from '@/lib/auth/two-factor/totp-replay';
import { passkeyNameSchema } from './passkey-schemas';

export interface PasskeyRow {
  id: string;
  name: string;
  createdAt: string | null;
  /** Synced to the person's other devices (e.g. iCloud Keychain), or bound to one device or security key. */
  synced: boolean;
}

/** The person's passkeys, newest first; never the public key or credential id. */
export async function listPasskeys(userId: string): Promise<PasskeyRow[]> {
  const db = await getDb();
  const rows = await db.passkey.findMany({ where: { userId }, select: { id: true, name: true, createdAt: true, backedUp: true }, orderBy: { createdAt: 'desc' } });
  return rows.map((row) => ({ id: row.id, name: row.name || 'Passkey', createdAt: row.createdAt?.toISOString() ?? null, synced: row.backedUp }));
}

// Checked before the ceremony too: a name refused after it would leave an orphan passkey on the device.
const NAMED_PATHS = new Set(['/passkey/generate-register-options', '/passkey/verify-registration', '/passkey/update-passkey']);

/** Before Better Auth saves a passkey's name (over HTTP too): the app's name rules, trimmed and in NFC. */
export function checkPasskeyName(ctx: AuthHookContext) {
  if (!NAMED_PATHS.has(ctx.path)) return;
  const fields = (ctx.path === '/passkey/generate-register-options' ? ctx.query : ctx.body) as { name?: unknown } | undefined;
  const parsed = passkeyNameSchema.safeParse(fields?.name ?? '');
  if (!parsed.success) throw new APIError('BAD_REQUEST', { message: parsed.error.issues[0]!.message, code: 'INVALID_PASSKEY_NAME' });
  if (fields) fields.name = parsed.data;
}
