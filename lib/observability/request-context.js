// @ts-check
// Plain JavaScript: server.js opens a context for every request, and the app (in Next's bundles)
// fills in who is acting. One AsyncLocalStorage on globalThis serves both.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const STORAGE = Symbol.for('credential-manager.request-context');

/**
 * @typedef {{ requestId: string, workspaceId?: string, actorId?: string, apiKeyId?: string }} RequestContext
 */

/** @returns {AsyncLocalStorage<RequestContext>} */
function storage() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<RequestContext> | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[STORAGE] ??= new AsyncLocalStorage();
  return holder[STORAGE];
}

// A proxy's or load balancer's id is kept when it looks like one; anything else gets a new id.
const REQUEST_ID_SHAPE = /^[A-Za-z0-9._:-]{8,128}$/;

/** @param {string | string[] | undefined} header */
export function requestIdFrom(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID_SHAPE.test(value) ? value : randomUUID();
}

/**
 * @template T
 * @param {RequestContext} context
 * @param {() => T} run
 * @returns {T}
 */
export function runWithRequestContext(context, run) {
  return storage().run(context, run);
}

/** The request being handled, if any (background jobs have none). */
export function currentRequestContext() {
  return storage().getStore();
}

/**
 * Records who the request acts as, for its log line.
 * @param {{ workspaceId?: string, actorId?: string, apiKeyId?: string }} who
 */
export function noteRequestActor(who) {
  const context = storage().getStore();
  if (context) Object.assign(context, who);
}
