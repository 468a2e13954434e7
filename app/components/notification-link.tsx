'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition, type ReactNode } from 'react';
import { openNotification } from '@/app/notifications/actions';

/**
 * An entry of the menu: opening it marks it read first, then goes to the credential. Before
 * hydration it is a plain link (the entry then stays unread until marked).
 */
export function NotificationLink({ id, href, className, children }: { id: string; href: string; className?: string; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Link
      href={href}
      prefetch={false}
      className={className}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        startTransition(async () => {
          const { href: target } = await openNotification(id);
          router.push(target ?? href);
        });
      }}
    >
      {children}
    </Link>
  );
}
