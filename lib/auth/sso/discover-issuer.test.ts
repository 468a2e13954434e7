import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverIssuer } from './discover-issuer';

// One local server plays every kind of identity provider, by path: /good, /not-json, /other-issuer...
let server: http.Server;
let origin = '';
const documentFor = (issuer: string, omit?: string) => {
  const doc: Record<string, unknown> = {
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    token_endpoint_auth_methods_supported: ['client_secret_post'],
  };
  if (omit) delete doc[omit];
  return JSON.stringify(doc);
};

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const issuer = `${origin}${request.url!.replace('/.well-known/openid-configuration', '')}`;
    const kind = request.url!.split('/')[1];
    if (kind === 'slow') return; // never answers
    if (kind === 'redirect') return response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    if (kind === 'missing') return response.writeHead(404).end('Not found');
    if (kind === 'not-json') return response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in</html>');
    if (kind === 'other-issuer') return response.writeHead(200).end(documentFor(`${origin}/somewhere-else`));
    if (kind === 'no-jwks') return response.writeHead(200).end(documentFor(issuer, 'jwks_uri'));
    if (kind === 'outside') return response.writeHead(200).end(documentFor(issuer).replace(`${origin}/outside/token`, 'http://10.1.2.3/token'));
    response.writeHead(200, { 'content-type': 'application/json' }).end(documentFor(issuer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const listed = () => ({ internalOrigins: [origin], httpsOnly: false });
const refusal = (promise: Promise<unknown>) => promise.then(() => 'no error', (error: Error) => `${error.name}: ${error.message}`);

describe('discovering an identity provider', () => {
  it('keeps the endpoints and the client authentication the discovery document names', async () => {
    expect(await discoverIssuer(`${origin}/good/`, listed())).toEqual({
      issuer: `${origin}/good`,
      discoveryEndpoint: `${origin}/good/.well-known/openid-configuration`,
      authorizationEndpoint: `${origin}/good/auth`,
      tokenEndpoint: `${origin}/good/token`,
      jwksEndpoint: `${origin}/good/jwks`,
      tokenEndpointAuthentication: 'client_secret_post',
    });
  });

  it.each([
    ['/missing', /answered HTTP 404/],
    ['/not-json', /did not return JSON/],
    ['/other-issuer', /names a different issuer \(http:\/\/127\.0\.0\.1:\d+\/somewhere-else\)/],
    ['/no-jwks', /has no jwks_uri/],
    ['/redirect', /redirects elsewhere/],
    ['/outside', /must use https:\/\//],
  ])('refuses %s with a message saying what to fix', async (path, message) => {
    expect(await refusal(discoverIssuer(`${origin}${path}`, listed()))).toMatch(new RegExp(`^SsoSetupProblem: .*${message.source}`));
  });

  it('gives up on a provider that does not answer, saying so', async () => {
    expect(await refusal(discoverIssuer(`${origin}/slow`, listed(), 300))).toMatch(/did not answer within 0.3 seconds/);
  });

  it('says an unreachable provider could not be reached, with the network error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const issuer = `http://127.0.0.1:${port}`;
    expect(await refusal(discoverIssuer(issuer, { internalOrigins: [issuer], httpsOnly: false }))).toMatch(/could not be reached \(ECONNREFUSED\)/);
  });

  it('reaches http:// and private addresses only where the operator listed them, and never http:// behind an https app', async () => {
    expect(await refusal(discoverIssuer(`${origin}/good`, { internalOrigins: [], httpsOnly: false }))).toMatch(/must use https:\/\//);
    expect(await refusal(discoverIssuer(`${origin}/good`, { internalOrigins: [origin], httpsOnly: true }))).toMatch(/must use https:\/\//);
    expect(await refusal(discoverIssuer('https://10.0.0.1', { internalOrigins: [], httpsOnly: false }))).toMatch(/private or local network/);
    expect(await refusal(discoverIssuer('https://[::1]:8443', { internalOrigins: [], httpsOnly: false }))).toMatch(/private or local network/);
    expect(await refusal(discoverIssuer('https://169.254.169.254', { internalOrigins: [], httpsOnly: false }))).toMatch(/private or local network/);
  });

  it('refuses an issuer that is not a plain https address', async () => {
    expect(await refusal(discoverIssuer('login.example.com', listed()))).toMatch(/starting with https:\/\//);
    expect(await refusal(discoverIssuer('ftp://login.example.com', listed()))).toMatch(/starting with https:\/\//);
    expect(await refusal(discoverIssuer('https://login.example.com/?tenant=1', listed()))).toMatch(/no query, fragment or credentials/);
    expect(await refusal(discoverIssuer('https://user:pw@login.example.com', listed()))).toMatch(/no query, fragment or credentials/);
  });
});
