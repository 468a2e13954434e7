import 'server-only';
import { getEnv } from '@/lib/env';

/** Whether this server sends email at all: only with SMTP_URL (configuration then requires EMAIL_FROM). */
export function emailEnabled(): boolean {
  return getEnv().SMTP_URL !== undefined;
}
