import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <div className="page">
      <EmptyState
        title="Not found"
        level={1}
        icon={
          <svg width="22" height="22" viewBox="0 0 16 16" fill="none">
            <circle cx="7" cy="7" r="4.5" stroke="currentColor" strokeWidth="1.4" />
            <path d="m10.5 10.5 3 3M5.5 7h3" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
        }
        action={
          <>
            <Link href="/" className={buttonClass('primary')}>
              Go to the home page
            </Link>
            <Link href="/credentials" className={buttonClass('secondary')}>
              Credentials
            </Link>
          </>
        }
      >
        This page, credential, source or destination does not exist, or you do not have access to it in this workspace. If someone
        sent you a link, check that you are in the right workspace.
      </EmptyState>
    </div>
  );
}
