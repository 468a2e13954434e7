import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SsoSettings } from '@/components/sso/sso-settings';
import { TwoFactorPolicyForm } from './components/two-factor-policy-form';
import { Panel, panelStyles } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/actor';
import { canViewSso } from '@/lib/auth/sso/sso-access';
import { countMembersWithoutTwoFactor, isTwoFactorRequired } from '@/lib/auth/two-factor/two-factor-policy';
import { removeSsoProviderAction, saveSsoProviderAction } from './sso-actions';
import { saveTwoFactorPolicy } from './two-factor-policy-actions';

export const metadata: Metadata = { title: 'Security' };

export default async function SecurityPage() {
  const actor = await requireActor('/settings/security');
  if (!canViewSso(actor)) redirect('/settings/members');
  const [required, membersWithout] = await Promise.all([isTwoFactorRequired(actor.workspaceId), countMembersWithoutTwoFactor(actor.workspaceId)]);
  const isOwner = actor.role === 'owner';
  return (
    <div className="page">
      <div className="page-header">
        <h1>Security</h1>
        <p className="muted">How people sign in to {actor.workspaceName}.</p>
      </div>
      <div className={panelStyles.stack}>
        <Panel id="two-factor-policy-title" title="Two-factor authentication" description={isOwner ? undefined : 'Only workspace owners can change this.'}>
          <TwoFactorPolicyForm required={required} membersWithout={membersWithout} canEdit={isOwner} action={saveTwoFactorPolicy} />
        </Panel>
        <SsoSettings actor={actor} saveAction={saveSsoProviderAction} removeAction={removeSsoProviderAction} />
      </div>
    </div>
  );
}
