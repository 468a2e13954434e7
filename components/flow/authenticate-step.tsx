import { AuthenticateScreen } from '@/components/credentials/authenticate-screen';
import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { requireActor } from '@/lib/auth/actor';
import { listCredentials, PAGE_SIZE } from '@/lib/credentials/list-credentials';
import { flowPaths, flowTitles, type FlowKind } from './flow-kind';
import { StepIndicator } from './step-indicator';
import styles from './flow.module.css';

export type AuthenticateSearchParams = Promise<{ q?: string; limit?: string }>;

/** The Authenticate step of creating a Planhat source or destination. */
export async function AuthenticateStep({ kind, searchParams }: { kind: FlowKind; searchParams: AuthenticateSearchParams }) {
  const actor = await requireActor(flowPaths[kind]);
  const { q = '', limit } = await searchParams;
  const pageSize = Math.min(Math.max(Number.parseInt(limit ?? '', 10) || PAGE_SIZE, PAGE_SIZE), 480);
  const page = await listCredentials(actor, { connector: 'planhat', search: q, limit: pageSize });
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
      />
    </div>
  );
}
