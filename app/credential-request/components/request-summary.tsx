import { PlanhatMark } from '@/components/credentials/planhat-mark';
import { relativeTime } from '@/components/ui/relative-time';
import { PLANHAT_MODELS } from '@/lib/connectors/planhat/models';
import type { RequestLinkView } from '@/lib/credential-requests/request-dto';
import styles from './request-link.module.css';

const modelLabel = (id: string) => PLANHAT_MODELS.find((model) => model.id === id)?.label ?? id;

// In the reader's own time zone: the page renders in the browser only.
const localTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Who asks, for what, until when: the request and nothing else of the workspace. */
export function RequestSummary({ view }: { view: RequestLinkView }) {
  const replace = view.purpose === 'replace';
  return (
    <>
      <div className={styles.head}>
        <p className={styles.kicker}>
          <PlanhatMark size={24} />
          Credential request
        </p>
        <h1 id="link-title" tabIndex={-1}>
          {replace ? `A new token for “${view.credentialName}”` : `Add a Planhat credential for ${view.workspaceName}`}
        </h1>
        <p className="muted">
          {replace
            ? `${view.requesterName} asked you for a new Planhat API Access Token: the current one of “${view.credentialName}” no longer works. Saving it here replaces that token, so everything that uses the credential recovers.`
            : `${view.requesterName} asked you for a Planhat API Access Token. You need no account: the token is checked with Planhat, encrypted at rest and handed to them. It is never shown again, to anyone.`}
        </p>
      </div>
      <dl className={styles.facts}>
        <dt>Workspace</dt>
        <dd>{view.workspaceName}</dd>
        <dt>Requested by</dt>
        <dd>{view.requesterName}</dd>
        <dt>Link valid until</dt>
        <dd>
          <time dateTime={view.expiresAt}>{localTime(view.expiresAt)}</time> ({relativeTime(view.expiresAt)}). It works for one save.
        </dd>
      </dl>
      {view.note && (
        <figure className={styles.note}>
          <blockquote>{view.note}</blockquote>
          <figcaption>{view.requesterName}’s note</figcaption>
        </figure>
      )}
      <ModelsNeeded view={view} />
    </>
  );
}

function ModelsNeeded({ view }: { view: RequestLinkView }) {
  if (view.flowKind === 'destination') {
    return (
      <p className={styles.models}>
        It is for a destination: give the service account write permission on the models it will update. Planhat has no dry run, so write access cannot be checked here.
      </p>
    );
  }
  if (view.models.length === 0) {
    return (
      <p className={styles.models}>
        The source picks its data models after the token is in, so a token that can read all of them works best.
      </p>
    );
  }
  return (
    <div className={styles.models}>
      <p id="models-needed">The source will read these Planhat data models; give the service account read access to them:</p>
      <ul className={styles.modelList} aria-labelledby="models-needed">
        {view.models.map((id) => (
          <li key={id}>{modelLabel(id)}</li>
        ))}
      </ul>
    </div>
  );
}
