import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';

export type SecurityEventType = 'sign-in-throttled';

export interface SecurityEventInput {
  type: SecurityEventType;
  userId: string | null;
  email: string | null;
  clientAddress: string | null;
  detail: Prisma.InputJsonValue;
}

/**
 * Appends to the install's security log (append-only in the database, like credential events,
 * and outside any workspace: a throttled sign-in may concern no account at all). Never a password.
 */
export function recordSecurityEvent(db: Pick<Db, 'securityEvent'>, event: SecurityEventInput) {
  return db.securityEvent.create({ data: event });
}
