import type { Metadata } from 'next';
import { HealthSettingsForm } from './components/health-settings-form';
import { Panel, panelStyles } from '@/components/ui/panel';
import { requireActor } from '@/lib/auth/actor';
import { canManageMembers } from '@/lib/auth/workspace-members';
import { describeMs } from '@/lib/health/cycles';
import { getHealthSettings } from '@/lib/health/health-settings';

export const metadata: Metadata = { title: 'Health checks' };

export default async function HealthChecksPage() {
  const actor = await requireActor('/settings/health-checks');
  const settings = await getHealthSettings(actor.workspaceId);
  const canEdit = canManageMembers(actor);
  return (
    <div className="page">
      <div className="page-header">
        <h1>Health checks for {actor.workspaceName}</h1>
        <p className="muted">
          Every credential is checked with Planhat on a schedule. When a token is revoked, cannot be reached three times in a
          row, or can read different data models, its creator and the workspace’s owners and admins are told.
        </p>
      </div>
      <div className={panelStyles.stack}>
        <Panel id="schedule-title" title="Schedule" description={canEdit ? undefined : 'Only owners and admins can change these settings.'}>
          <HealthSettingsForm cycle={settings.cycle} defaultLabel={describeMs(settings.defaultMs)} rotateAfterDays={settings.rotateAfterDays} canEdit={canEdit} />
        </Panel>
      </div>
    </div>
  );
}
