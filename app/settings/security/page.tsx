import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SsoSettings } from '@/components/sso/sso-settings';
import { panelStyles } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/actor';
import { canViewSso } from '@/lib/auth/sso/sso-access';
import { removeSsoProviderAction, saveSsoProviderAction } from './sso-actions';

export const metadata: Metadata = { title: 'Security' };

export default async function SecurityPage() {
  const actor = await requireActor('/settings/security');
  if (!canViewSso(actor)) redirect('/settings/members');
  return (
    <div className="page">
      <div className="page-header">
        <h1>Security</h1>
        <p className="muted">How people sign in to {actor.workspaceName}.</p>
      </div>
      <div className={panelStyles.stack}>
        <SsoSettings actor={actor} saveAction={saveSsoProviderAction} removeAction={removeSsoProviderAction} />
      </div>
    </div>
  );
}
