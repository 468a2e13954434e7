import type { Metadata } from 'next';
import { RequestLinkScreen } from './components/request-link-screen';

export const metadata: Metadata = { title: 'Credential request', robots: { index: false, follow: false } };

/**
 * A credential request link, for someone who may have no account. The server renders only the
 * frame: the secret is in the URL's fragment, which only the browser sees, and the page asks for
 * the request with it (a server action's POST body) once it runs.
 */
export default function CredentialRequestPage() {
  return <RequestLinkScreen />;
}
