import { AuthenticateScreen } from '@/components/credentials/authenticate-screen';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { requireActor } from '@/lib/auth/actor';
import { flowHandoff } from '@/lib/credential-requests/list-requests';
import type { CredentialDto } from '@/lib/credentials/dto';
import { listCredentials, PAGE_SIZE } from '@/lib/credentials/list-credentials';
import { flowPaths, flowTitles, type FlowKind } from './flow-kind';
import { StepIndicator } from './step-indicator';
import styles from './flow.module.css';

export type AuthenticateSearchParams = Promise<{ q?: string; limit?: string; credential?: string }>;

/** The Authenticate step of creating a Planhat source or destination. */
export async function AuthenticateStep({ kind, searchParams }: { kind: FlowKind; searchParams: AuthenticateSearchParams }) {
  const actor = await requireActor(flowPaths[kind]);
  const { q = '', limit, credential: wanted } = await searchParams;
  const pageSize = Math.min(Math.max(Number.parseInt(limit ?? '', 10) || PAGE_SIZE, PAGE_SIZE), 480);
  const [page, handoff] = await Promise.all([
    listCredentials(actor, { connector: 'planhat', search: q, limit: pageSize }),
    q ? null : flowHandoff(actor, kind),
  ]);
  return (
    <div className="page">
      <StepIndicator current="Authenticate" />
      <div className={styles.header}>
        <PlanhatMark size={40} />
        <div>
          <h1>Authenticate</h1>
          <p className="muted">
            {flowTitles[kind]}: choose the Planhat credential it will use, or add a new one.
          </p>
        </div>
      </div>
      <AuthenticateScreen
        credentials={page.items}
        total={page.total}
        hasMore={page.hasMore}
        search={q}
        limit={pageSize}
        continueTo={`${flowPaths[kind]}/configure`}
        flowKind={kind}
        arrived={arrivedCredential(page.items, wanted, handoff?.credential ?? null)}
      />
    </div>
  );
}

/** ?credential= (a notification's link) when it is in the list, else the newest credential saved through this person's request. */
function arrivedCredential(items: CredentialDto[], wanted: string | undefined, handoff: CredentialDto | null) {
  const asked = wanted ? items.find((c) => c.id === wanted) : undefined;
  if (asked) return { credential: asked, throughRequest: asked.id === handoff?.id };
  return handoff ? { credential: handoff, throughRequest: true } : null;
}
