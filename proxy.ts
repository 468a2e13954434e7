import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, pageSecurityHeaders, staticSecurityHeaders, transportSecurityHeaders } from '@/lib/security-headers';
import { isStandalonePage, STANDALONE_PAGE_HEADER } from '@/lib/standalone-pages';

// Headers only: authorization happens in every page, action and route handler, never here.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });

  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  requestHeaders.delete(STANDALONE_PAGE_HEADER);
  if (isStandalonePage(request.nextUrl.pathname)) requestHeaders.set(STANDALONE_PAGE_HEADER, '1');

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  const headers = { ...staticSecurityHeaders, ...transportSecurityHeaders(process.env.BETTER_AUTH_URL), ...pageSecurityHeaders(request.nextUrl.pathname) };
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// The JSON API needs no CSP nonce; its handlers set their own headers (lib/api).
export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|api/v1/).*)' }],
};
