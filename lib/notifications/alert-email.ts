import 'server-only';
import type { CredentialAlert } from '@/lib/alerts/alert';
import { appUrl } from '@/lib/email/app-url';
import type { OutgoingEmail } from '@/lib/email/queue-emails';
import type { AlertRecipient } from './alert-recipients';
import type { AlertWords } from './alert-words';

/** One person's email about an alert; its key makes a retried fan-out queue it only once. */
export function alertEmail(alert: CredentialAlert, words: AlertWords, recipient: AlertRecipient): OutgoingEmail {
  const workspace = alert.workspace.name;
  return {
    dedupeKey: `alert:${alert.id}:${recipient.userId}`,
    purpose: 'alert',
    refId: alert.id,
    to: recipient.email,
    subject: `${words.title} · ${workspace}`,
    parts: {
      heading: words.title,
      paragraphs: [words.detail, `Workspace: ${workspace}.`],
      list: words.affected.length > 0 ? { title: 'Used by', items: words.affected } : undefined,
      action: { label: 'Open the credential', url: appUrl(`/credentials/${alert.credential.id}`) },
      footer: `You get this because you created this credential or are an owner or admin of ${workspace}. To stop these emails, open the notifications menu in the app and turn off “Email me about credential alerts”.`,
    },
  };
}
