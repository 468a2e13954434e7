import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Panel, panelStyles } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/actor';
import { safeReturnPath } from '@/lib/safe-return-path';
import { TwoFactorSection } from '../security-sections';

export const metadata: Metadata = { title: 'Set up two-factor authentication' };

/** Where a workspace's two-factor requirement sends a member who has not set it up; back to `next` once on. */
export default async function TwoFactorSetupPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  const actor = await requireActor(`/account/two-factor?next=${encodeURIComponent(next)}`, { allowWithoutTwoFactor: true });
  // No redirect once it is on: turning it on re-renders this page, which must keep showing the recovery codes.
  return (
    <div className="page">
      <div className="page-header">
        <h1>Set up two-factor authentication</h1>
        <p className="muted">One more step before you continue.</p>
      </div>
      <div className={panelStyles.stack}>
        {actor.twoFactorEnabled ? (
          <Alert tone="success">
            Two-factor authentication is on. <Link href={next}>Continue</Link>
          </Alert>
        ) : (
          <Alert tone="info">
            {actor.workspaceName} requires two-factor authentication for everyone in the workspace. Set up an authenticator app on your phone;
            after that, signing in asks for a code from it.
          </Alert>
        )}
        <Panel id="two-factor-title" title="Two-factor authentication">
          <TwoFactorSection actor={actor} continueTo={next} />
        </Panel>
      </div>
    </div>
  );
}
