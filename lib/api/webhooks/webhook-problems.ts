import 'server-only';
import { problem, type ProblemType } from '@/lib/api/problem';
import { WebhookRefusal } from '@/lib/webhooks/errors';

const problemFor: Record<WebhookRefusal['code'], ProblemType> = { 'not-found': 'not-found', forbidden: 'forbidden', invalid: 'invalid-request' };

/** A refusal of the webhooks service as a problem detail; a field refusal names its field in `errors`. */
export function webhookProblem(refusal: WebhookRefusal): Response {
  const errors = refusal.field ? { errors: [{ pointer: `/${refusal.field}`, detail: refusal.message }] } : {};
  return problem(problemFor[refusal.code], refusal.message, errors);
}

/** Runs a webhooks handler, answering the service's expected refusals; anything else goes on to apiRoute. */
export async function answeringRefusals(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof WebhookRefusal) return webhookProblem(error);
    throw error;
  }
}
