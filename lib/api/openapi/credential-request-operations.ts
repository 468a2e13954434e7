import 'server-only';
import type { ProblemType } from '../problem';
import { credentialRequestListQuery, newCredentialRequestBody } from '../schemas/credential-request-api';
import { createdCredentialRequestSchema, credentialRequestPageSchema, credentialRequestSchemaOut } from '../schemas/credential-request-api';
import type { Operation } from './operation';

const LINKS =
  'A credential request is a one-time link for someone without an account (often the Planhat admin) to hand over an API token: ' +
  'they open it, paste the token, it is checked with Planhat and sealed into this workspace. The link works once, until it expires ' +
  '(1h, 24h or 7d), and 10 wrong tokens lock it. Owners, admins and members may make requests; the person who made one, and owners and admins, may revoke it.';

const bodyProblems: ProblemType[] = ['invalid-request', 'unsupported-media-type', 'payload-too-large'];

/** The /credential-requests operations, listed with the rest in ./operations.ts. */
export const credentialRequestOperations: Operation[] = [
  {
    method: 'get', path: '/credential-requests', operationId: 'listCredentialRequests', summary: 'List credential requests', description: LINKS,
    query: credentialRequestListQuery, success: { status: 200, description: 'A page of the workspace’s requests, newest first (never their links).', schema: credentialRequestPageSchema },
    problems: ['invalid-request'],
  },
  {
    method: 'post', path: '/credential-requests', operationId: 'createCredentialRequest', summary: 'Request a credential from someone else',
    description: `${LINKS} The answer holds the link (\`url\`): send it to the token holder yourself, or give \`recipientEmail\` and the server emails it when SMTP is configured.`,
    body: newCredentialRequestBody, success: { status: 201, description: 'Made; `url` is the link.', schema: createdCredentialRequestSchema, location: true },
    problems: [...bodyProblems, 'forbidden'],
  },
  {
    method: 'get', path: '/credential-requests/{id}', operationId: 'getCredentialRequest', summary: 'Read a credential request',
    success: { status: 200, description: 'The request and its state (never its link).', schema: credentialRequestSchemaOut }, problems: ['not-found'],
  },
  {
    method: 'delete', path: '/credential-requests/{id}', operationId: 'revokeCredentialRequest', summary: 'Revoke a credential request',
    description: 'The link stops working at once; a save through it still being checked is refused. The request stays listed as revoked.',
    success: { status: 200, description: 'Revoked.', schema: credentialRequestSchemaOut }, problems: ['not-found', 'forbidden', 'request-closed'],
  },
];
