import Link from 'next/link';
import { RelativeTime } from '@/components/ui/relative-time';
import type { CredentialRequestDto } from '@/lib/credential-requests/request-dto';
import { CopyLinkButton } from './copy-link-button';
import { RequestStateBadge } from './request-state-badge';
import { RevokeRequestButton } from './revoke-request-button';
import styles from './request-table.module.css';

/** The workspace's requests, newest first: what each asked for, of whom, and where it stands. */
export function RequestTable({ requests, headingId }: { requests: CredentialRequestDto[]; headingId: string }) {
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Credential requests, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col" className={styles.recipient}>For</th>
            <th scope="col" className={styles.requester}>Requested by</th>
            <th scope="col" className={styles.state}>State</th>
            <th scope="col" className={styles.actions}>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id} className={styles.row} data-request-id={request.id}>
              <th scope="row" className={styles.what}>
                <span className={`${styles.name} truncate`} title={title(request)}>
                  {title(request)}
                </span>
                <span className={`${styles.sub} truncate`} title={request.note || undefined}>
                  {[purposeLine(request), request.note].filter(Boolean).join(' · ') || 'No note'}
                </span>
              </th>
              <td className={styles.recipient}>
                <span className="truncate" title={request.recipientEmail ?? undefined}>
                  {request.recipientEmail ?? <span className={styles.sub}>Anyone with the link</span>}
                </span>
                {request.recipientEmail && <span className={styles.sub}>{emailLine(request)}</span>}
              </td>
              <td className={styles.requester}>
                <span className="truncate">{request.requestedBy.name}</span>
                <span className={styles.sub}>
                  <RelativeTime iso={request.createdAt} />
                </span>
              </td>
              <td className={styles.state}>
                <RequestStateBadge state={request.state} />
                <span className={styles.sub}>
                  <StateDetail request={request} />
                </span>
              </td>
              <td className={styles.actions}>
                {request.can.copyLink && <CopyLinkButton id={request.id} name={title(request)} />}
                {request.can.revoke && <RevokeRequestButton id={request.id} name={title(request)} listHeadingId={headingId} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function title(request: CredentialRequestDto) {
  if (request.purpose === 'replace') return `New token for “${request.target?.name ?? request.name}”`;
  return request.name || 'New credential';
}

function purposeLine(request: CredentialRequestDto) {
  if (request.purpose === 'replace') return 'Replaces its token';
  return request.flow ? `For a new ${request.flow.kind}` : null;
}

function emailLine({ email }: CredentialRequestDto) {
  if (!email) return 'Not emailed';
  if (email.status === 'sent') return 'Emailed';
  if (email.status === 'queued') return 'Email queued';
  return 'Email failed: send the link yourself';
}

function StateDetail({ request }: { request: CredentialRequestDto }) {
  switch (request.state) {
    case 'pending':
      return <>Expires <RelativeTime iso={request.expiresAt} /></>;
    case 'opened':
      return <>Opened {request.openedAt ? <RelativeTime iso={request.openedAt} /> : ''} · expires <RelativeTime iso={request.expiresAt} /></>;
    case 'fulfilled':
      return request.credential ? (
        <Link href={`/credentials/${request.credential.id}`} className={styles.credentialLink}>
          {request.credential.name}
        </Link>
      ) : (
        <>Its credential was deleted</>
      );
    case 'expired':
      return <>Expired <RelativeTime iso={request.expiresAt} /></>;
    case 'revoked':
      return request.revokedAt ? <>Revoked <RelativeTime iso={request.revokedAt} /></> : <>Revoked</>;
    case 'locked':
      return <>After {request.failedAttempts} wrong tokens</>;
  }
}
