import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Panel } from '@/components/ui/panel';
import { RelativeTime } from '@/components/ui/relative-time';
import type { CredentialDto } from '@/lib/credentials/dto';
import type { CredentialUsage } from '@/lib/credentials/credential-usage';
import { affectedFlows } from '@/lib/health/affected-flows';
import { describeMs } from '@/lib/health/cycles';
import { UNREACHABLE_AFTER } from '@/lib/health/detect-change';
import type { HealthCheckDto } from '@/lib/health/health-timeline';
import type { HealthSettings } from '@/lib/health/health-settings';
import { modelLabel } from '@/lib/sources/model-access';
import { describeChange } from './describe-change';
import styles from './health-panel.module.css';
import { HealthTimeline } from './health-timeline';

function Schedule({ credential, settings }: { credential: CredentialDto; settings: HealthSettings }) {
  const { lastCheckedAt, nextCheckAt } = credential.health;
  return (
    <dl className={styles.facts}>
      <div>
        <dt>Automatic checks</dt>
        <dd>{settings.effectiveMs === null ? 'Off for this workspace' : `${describeMs(settings.effectiveMs).replace(/^every/, 'Every')}`}</dd>
      </div>
      <div>
        <dt>Last check</dt>
        <dd>{lastCheckedAt ? <RelativeTime iso={lastCheckedAt} /> : 'Not yet'}</dd>
      </div>
      {settings.effectiveMs !== null && (
        <div>
          <dt>Next check</dt>
          <dd>{nextCheckAt ? <RelativeTime iso={nextCheckAt} /> : 'Being scheduled'}</dd>
        </div>
      )}
    </dl>
  );
}

function LatestChange({ credential, usage }: { credential: CredentialDto; usage: CredentialUsage }) {
  const change = credential.health.lastChange;
  if (!change) return null;
  const affected = affectedFlows(change, usage);
  const flows = [
    ...affected.sources.map((flow) => ({ ...flow, kind: 'Source', href: `/sources/${flow.id}` })),
    ...affected.destinations.map((flow) => ({ ...flow, kind: 'Destination', href: `/destinations/${flow.id}` })),
  ];
  return (
    <section className={styles.change} aria-labelledby="latest-change-title">
      <h3 id="latest-change-title" className={styles.changeTitle}>
        Latest change <span className={styles.when}><RelativeTime iso={change.at} /></span>
      </h3>
      <ul className={styles.changeLines}>
        {describeChange(change).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className={styles.affected}>
        {flows.length === 0 ? (
          'No source or destination is affected.'
        ) : (
          <>
            Affects{' '}
            {flows.map((flow, index) => (
              <span key={flow.id}>
                {index > 0 && ', '}
                {flow.kind.toLowerCase()} <Link href={flow.href}>{flow.name}</Link> <span className="muted">({modelLabel(flow.model)})</span>
              </span>
            ))}
          </>
        )}
      </p>
    </section>
  );
}

/** How the scheduled checks see a credential: when, what changed last, and the latest checks. */
export function HealthPanel({ credential, settings, checks, usage }: { credential: CredentialDto; settings: HealthSettings; checks: HealthCheckDto[]; usage: CredentialUsage }) {
  const failures = credential.health.consecutiveFailures;
  return (
    <Panel id="health-title" title="Health" description="Planhat is asked what this token can do on a schedule; you hear about it when something changes.">
      <Schedule credential={credential} settings={settings} />
      {failures > 0 && credential.status !== 'unreachable' && (
        <Alert tone="warning">
          The last {failures === 1 ? 'check' : `${failures} checks`} could not reach Planhat. It is marked Unreachable after {UNREACHABLE_AFTER} in a row.
        </Alert>
      )}
      <LatestChange credential={credential} usage={usage} />
      <HealthTimeline checks={checks} />
    </Panel>
  );
}
