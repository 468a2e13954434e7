import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import type { NotificationInbox } from './notification-dto';

/** How many entries the menu lists; older ones stay in the database and in the unread count. */
export const INBOX_SIZE = 20;

/** The signed-in person's entries in their active workspace: the unread count and the latest ones. */
export async function readInbox(actor: Actor, limit = INBOX_SIZE): Promise<NotificationInbox> {
  const db = await getDb();
  const mine = { userId: actor.userId, workspaceId: actor.workspaceId };
  const [unreadCount, rows] = await Promise.all([
    db.notification.count({ where: { ...mine, readAt: null } }),
    db.notification.findMany({
      where: mine,
      select: { id: true, title: true, body: true, href: true, createdAt: true, readAt: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    }),
  ]);
  return {
    unreadCount,
    latest: rows.map((row) => ({ id: row.id, title: row.title, body: row.body, href: row.href, createdAt: row.createdAt.toISOString(), read: row.readAt !== null })),
  };
}

/** Marks one of the person's own entries read; someone else's id changes nothing. Returns where it leads. */
export async function markNotificationRead(actor: Actor, id: string): Promise<string | null> {
  const db = await getDb();
  const mine = { id, userId: actor.userId };
  await db.notification.updateMany({ where: { ...mine, readAt: null }, data: { readAt: new Date() } });
  return (await db.notification.findFirst({ where: mine, select: { href: true } }))?.href ?? null;
}

/** Marks every entry of the person in their active workspace read. */
export async function markAllNotificationsRead(actor: Actor): Promise<number> {
  const db = await getDb();
  const { count } = await db.notification.updateMany({
    where: { userId: actor.userId, workspaceId: actor.workspaceId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
