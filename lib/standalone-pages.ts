// Edge- and client-safe: pages shown to people who may have no account, outside the app's chrome.
import { REQUEST_LINK_PATH } from '@/lib/credential-requests/link-path';

/** Set by proxy.ts (and only by it: a client's own is dropped) so the root layout leaves out navigation and session. */
export const STANDALONE_PAGE_HEADER = 'x-standalone-page';

export const isStandalonePage = (pathname: string) => pathname === REQUEST_LINK_PATH;
