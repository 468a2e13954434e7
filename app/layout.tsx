import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SaveActionsProvider } from '@/components/credentials/save-actions';
import { AppHeader } from '@/components/layout/app-header';
import { HydrationMarker } from '@/components/layout/hydration-marker';
import { currentActor } from '@/lib/auth/actor';
import { loadBell } from '@/lib/notifications/bell';
import { reportFailure } from '@/lib/report-failure';
import { STANDALONE_PAGE_HEADER } from '@/lib/standalone-pages';
import { THEME_COOKIE, themeAttribute, themeFrom } from '@/lib/theme';
import { createCredentialAction } from './credentials/actions';
import { createRequestAction } from './credentials/requests/actions';
import { NotificationMenu } from './components/notification-menu';
import { UserMenu } from './components/user-menu';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Credential Manager', template: '%s · Credential Manager' },
  description: 'Store Planhat API Access Tokens safely and use them for data sources and destinations.',
};

// Every page carries a per-request CSP nonce (proxy.ts) and reads the session: nothing is prerendered.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#14171e' },
  ],
};

const NAV = [
  { href: '/sources', label: 'Sources' },
  { href: '/destinations', label: 'Destinations' },
  { href: '/credentials', label: 'Credentials' },
  { href: '/settings/members', label: 'Settings', section: '/settings' },
];

export default async function RootLayout({ children }: { children: ReactNode }) {
  // A standalone page (a credential request link) shows nothing of the visitor's own session or workspace.
  const standalone = (await headers()).get(STANDALONE_PAGE_HEADER) === '1';
  const [actor, cookieStore] = await Promise.all([standalone ? null : currentActor(), cookies()]);
  // Rendered on the server from the cookie, so the first paint already has the chosen theme.
  const theme = themeFrom(cookieStore.get(THEME_COOKIE)?.value);
  // The bell is not worth the page: if its read fails (the database going away mid-request), the
  // page still renders under its header, and the page's own data says what went wrong.
  const bell = actor
    ? await loadBell(actor).catch((error: unknown) => {
        reportFailure(error, 'Loading the notifications menu');
        return null;
      })
    : null;
  return (
    <html lang="en" data-theme={themeAttribute(theme)}>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <HydrationMarker />
        <AppHeader
          nav={actor ? NAV : []}
          notifications={bell ? <NotificationMenu bell={bell} /> : undefined}
          end={actor ? <UserMenu actor={actor} theme={theme} /> : undefined}
        />
        <main id="main" tabIndex={-1}>
          <SaveActionsProvider actions={{ createCredential: createCredentialAction, createRequest: createRequestAction }}>{children}</SaveActionsProvider>
        </main>
      </body>
    </html>
  );
}
