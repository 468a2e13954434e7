import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppHeader } from '@/components/layout/app-header';
import { HydrationMarker } from '@/components/layout/hydration-marker';
import { UserMenu } from '@/components/layout/user-menu';
import { currentActor } from '@/lib/auth/actor';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Credential Manager', template: '%s · Credential Manager' },
  description: 'Store Planhat API Access Tokens safely and use them for data sources and destinations.',
};

// Every page carries a per-request CSP nonce (proxy.ts) and reads the session: nothing is prerendered.
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  const nav = actor
    ? [
        { href: '/sources', label: 'Sources' },
        { href: '/destinations', label: 'Destinations' },
        { href: '/credentials', label: 'Credentials' },
        { href: '/settings/members', label: 'Members' },
        { href: '/settings/api-keys', label: 'API keys' },
      ]
    : [];
  return (
    <html lang="en">
      <body>
        <HydrationMarker />
        <AppHeader nav={nav} end={actor ? <UserMenu actor={actor} /> : undefined} />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
