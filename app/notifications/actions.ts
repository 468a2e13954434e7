'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { currentActor } from '@/lib/auth/actor';
import { setAlertEmails } from '@/lib/notifications/alert-email-choice';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/inbox';

// Every action acts for the signed-in person only: the lib functions match on their user id.
async function signedIn() {
  const actor = await currentActor();
  if (!actor) redirect('/sign-in');
  return actor;
}

/** Marks one of the person's entries read as they open it; answers where it leads. */
export async function openNotification(id: string): Promise<{ href: string | null }> {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success) return { href: null };
  const href = await markNotificationRead(await signedIn(), parsed.data);
  revalidatePath('/', 'layout');
  return { href };
}

export async function markAllRead(): Promise<void> {
  await markAllNotificationsRead(await signedIn());
  revalidatePath('/', 'layout');
}

export async function chooseAlertEmails(formData: FormData): Promise<void> {
  await setAlertEmails(await signedIn(), formData.get('alertEmails') === 'on');
  revalidatePath('/', 'layout');
}
