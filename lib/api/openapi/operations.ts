import 'server-only';
import type { ProblemType } from '../problem';
import { credentialChangesRequest, credentialListQuery, eventListQuery, newCredentialRequest, tokenReplacementRequest, usageQuery } from '../schemas/credential-requests';
import { checkOutcomeSchema, credentialEventsSchema, credentialPageSchema, credentialSchema, usageDaysSchema } from '../schemas/credential-resources';
import type { Operation } from './operation';
import { auditEventOperations } from './audit-event-operations';
import { credentialRequestOperations } from './credential-request-operations';
import { webhookOperations } from './webhook-operations';

const onCredential: ProblemType[] = ['not-found'];
const tokenProblems: ProblemType[] = ['duplicate-token', 'token-rejected', 'no-read-access', 'planhat-unreachable'];
const bodyProblems: ProblemType[] = ['invalid-request', 'unsupported-media-type', 'payload-too-large'];

/** Every /api/v1 operation. A test checks this list against the route files and their exports. */
export const operations: Operation[] = [
  {
    method: 'get', path: '/credentials', operationId: 'listCredentials', summary: 'List credentials',
    description: 'The workspace’s credentials, newest first, a page at a time. Follow `nextCursor` until it is null.',
    query: credentialListQuery, success: { status: 200, description: 'A page of credentials.', schema: credentialPageSchema }, problems: ['invalid-request'],
  },
  {
    method: 'post', path: '/credentials', operationId: 'createCredential', summary: 'Create a credential',
    description: 'Checks the token with Planhat (unless `verify` is false), seals it and saves it. The token is never returned.',
    body: newCredentialRequest, success: { status: 201, description: 'Saved.', schema: credentialSchema, etag: true, location: true },
    problems: [...bodyProblems, 'forbidden', 'duplicate-name', ...tokenProblems],
  },
  {
    method: 'get', path: '/credentials/{id}', operationId: 'getCredential', summary: 'Read a credential',
    success: { status: 200, description: 'The credential; its ETag is its version.', schema: credentialSchema, etag: true }, problems: onCredential,
  },
  {
    method: 'patch', path: '/credentials/{id}', operationId: 'updateCredential', summary: 'Rename or re-describe a credential',
    description: 'Changes the name and/or description without calling Planhat. Fields left out keep their value.',
    ifMatch: 'required', body: credentialChangesRequest, success: { status: 200, description: 'Changed.', schema: credentialSchema, etag: true },
    problems: [...bodyProblems, ...onCredential, 'forbidden', 'duplicate-name', 'version-mismatch', 'version-required'],
  },
  {
    method: 'delete', path: '/credentials/{id}', operationId: 'deleteCredential', summary: 'Delete a credential',
    description: 'Deletes the credential and its sealed token. Refused while a source or destination uses it.',
    ifMatch: 'optional', success: { status: 204, description: 'Deleted.' }, problems: [...onCredential, 'forbidden', 'in-use', 'version-mismatch', 'invalid-request'],
  },
  {
    method: 'put', path: '/credentials/{id}/token', operationId: 'replaceCredentialToken', summary: 'Replace the token',
    description: 'Checks the new token like on creation (unless `verify` is false) and overwrites the old one.',
    ifMatch: 'required', body: tokenReplacementRequest, success: { status: 200, description: 'Replaced.', schema: credentialSchema, etag: true },
    problems: [...bodyProblems, ...onCredential, 'forbidden', 'version-mismatch', 'version-required', ...tokenProblems],
  },
  {
    method: 'post', path: '/credentials/{id}/check', operationId: 'checkCredential', summary: 'Re-check with Planhat',
    description: 'Checks the stored token now and records the outcome. An invalid or unreachable result is a 200 with that status, not an error.',
    success: { status: 200, description: 'The credential after the check, and the access report.', schema: checkOutcomeSchema, etag: true },
    problems: [...onCredential, 'unreadable'],
  },
  {
    method: 'get', path: '/credentials/{id}/events', operationId: 'listCredentialEvents', summary: 'Read the audit trail',
    description:
      'Every change (created, renamed, token-replaced, deleted) and check of the credential. Reads of Planhat records are not events: ' +
      'the latest is the credential’s `lastUsedAt`, and GET /credentials/{id}/usage counts them per day.',
    query: eventListQuery, success: { status: 200, description: 'Events, newest first.', schema: credentialEventsSchema }, problems: [...onCredential, 'invalid-request'],
  },
  {
    method: 'get', path: '/credentials/{id}/usage', operationId: 'listCredentialUsage', summary: 'Read the usage per day',
    description: 'Reads of Planhat records with the credential, per UTC day and per source (or the configure preview of a source not saved yet).',
    query: usageQuery, success: { status: 200, description: 'Usage days, newest first.', schema: usageDaysSchema }, problems: [...onCredential, 'invalid-request'],
  },
  ...credentialRequestOperations,
  ...webhookOperations,
  ...auditEventOperations,
  {
    method: 'get', path: '/openapi.json', operationId: 'getOpenApiDocument', summary: 'This document', public: true,
    success: { status: 200, description: 'The OpenAPI 3.1 document.' }, problems: [],
  },
];
