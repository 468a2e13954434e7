'use server';

import { headers } from 'next/headers';
import { invalid, type FormFailure } from '@/lib/action-result';
import type { ProbeEvent } from '@/lib/connectors/types';
import { openRequestLink } from '@/lib/credential-requests/open-link';
import type { RequestLinkDone, RequestLinkView } from '@/lib/credential-requests/request-dto';
import { submitRequestLink } from '@/lib/credential-requests/submit-link';
import type { SaveQuestion } from '@/lib/credentials/save-question';
import { clientAddress } from '@/lib/http/client-address';
import { progressStream } from '@/lib/progress-stream';
import { actionFailureMessage, reportFailure } from '@/lib/report-failure';
import { duplicateNameMessage, tokenProblemResult } from '../credentials/token-problems';
import { linkSecretSchema, submitLinkFormSchema } from './schemas';

/** Why the page shows a panel instead of the form. Never the secret: it stays in the browser. */
export type LinkProblem =
  | { problem: 'invalid-link' | 'malformed-link' }
  | { problem: 'rate-limited'; retryAfterSeconds: number }
  | { problem: 'locked'; requesterName: string };

export type OpenLinkResult = { ok: true; view: RequestLinkView } | { ok: false; link: LinkProblem } | { ok: false; formError: string };

export type SubmitLinkResult = { ok: true; done: RequestLinkDone } | (FormFailure & { question?: SaveQuestion; link?: LinkProblem });

/** Planhat's answers while the token is checked, then how the save through the link ended. */
export type SubmitLinkStream = AsyncGenerator<ProbeEvent, SubmitLinkResult>;

const client = async () => ({ address: clientAddress(await headers()) });

const waitMessage = (seconds: number) => `Too many tries in a short time. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`;

export async function openRequestLinkAction(secret: string): Promise<OpenLinkResult> {
  const parsed = linkSecretSchema.safeParse(secret);
  if (!parsed.success) return { ok: false, link: { problem: 'malformed-link' } };
  try {
    const outcome = await openRequestLink(parsed.data, await client());
    if (outcome.ok) return { ok: true, view: outcome.view };
    return { ok: false, link: outcome.problem === 'rate-limited' ? { problem: 'rate-limited', retryAfterSeconds: outcome.retryAfterSeconds } : { problem: outcome.problem } };
  } catch (error) {
    const databaseDown = reportFailure(error, 'Opening a credential request link');
    return { ok: false, formError: databaseDown ? 'The service is not answering right now. Reload the page in a minute.' : 'Something went wrong on our side. Reload the page to try again.' };
  }
}

export async function submitRequestLinkAction(formData: FormData): Promise<SubmitLinkStream> {
  return progressStream((emit) => submitThroughLink(formData, emit));
}

async function submitThroughLink(formData: FormData, onProbe: (event: ProbeEvent) => void): Promise<SubmitLinkResult> {
  const secret = linkSecretSchema.safeParse(formData.get('secret'));
  if (!secret.success) return { ok: false, link: { problem: 'malformed-link' } };
  const parsed = submitLinkFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  const name = input.purpose === 'new' ? input.name : '';
  try {
    const outcome = await submitRequestLink(secret.data, await client(), {
      name,
      description: input.purpose === 'new' ? input.description : '',
      fields: { apiAccessToken: input.apiAccessToken, region: input.region },
      verify: input.verify,
      confirmed: { noReadAccess: input.confirmNoReadAccess },
      onProbe,
    });
    if (outcome.ok) return { ok: true, done: outcome.done };
    switch (outcome.problem) {
      case 'invalid-link':
      case 'malformed-link':
        return { ok: false, link: { problem: outcome.problem } };
      case 'locked':
        return { ok: false, link: { problem: 'locked', requesterName: outcome.requesterName } };
      case 'rate-limited':
        return { ok: false, formError: waitMessage(outcome.retryAfterSeconds) };
      case 'busy':
        return { ok: false, formError: 'This link is saving a token in another window or tab right now. Wait a moment, then try again here if that one did not finish.' };
      case 'duplicate-name':
        return { ok: false, fieldErrors: { name: [duplicateNameMessage(name)] } };
      case 'invalid-name':
        return { ok: false, fieldErrors: { name: [outcome.message] } };
      case 'invalid-token': {
        const failure = tokenProblemResult(outcome);
        const left = outcome.attemptsLeft === 1 ? '1 more try' : `${outcome.attemptsLeft} more tries`;
        const message = `${failure.fieldErrors?.apiAccessToken?.[0] ?? ''} This link allows ${left} before it locks.`.trim();
        return { ok: false, fieldErrors: { apiAccessToken: [message] } };
      }
      default:
        return tokenProblemResult(outcome);
    }
  } catch (error) {
    return { ok: false, formError: actionFailureMessage(error, 'Saving a credential through a request link') };
  }
}
