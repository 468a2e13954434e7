import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import type { CredentialDto } from '@/lib/credentials/dto';
import { CredentialSummary } from './credential-summary';
import { RecheckButton } from './recheck-button';
import styles from './credential-card.module.css';

/** A credential on the Credentials page: the tile's facts, a way into its details, and Re-check. */
export function CredentialCard({ credential }: { credential: CredentialDto }) {
  return (
    <article className={styles.card} aria-labelledby={`card-${credential.id}-name`}>
      <CredentialSummary credential={credential} nameId={`card-${credential.id}-name`} />
      <div className={styles.footer}>
        <Link className={buttonClass('primary')} href={`/credentials/${credential.id}`} aria-label={`Details of ${credential.name}`}>
          Details
        </Link>
        {credential.can.check && credential.status !== 'unreadable' && <RecheckButton id={credential.id} name={credential.name} />}
        {credential.status === 'unreadable' && credential.can.replaceToken && (
          <Link className={buttonClass('secondary')} href={`/credentials/${credential.id}?replace=1`}>
            Replace token
          </Link>
        )}
      </div>
    </article>
  );
}

export const credentialCardGridClass = styles.grid;
