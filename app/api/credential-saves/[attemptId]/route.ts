import { z } from 'zod';
import { actorOrThrow, NotSignedInError } from '@/lib/auth/actor';
import { claimSaveAttempt } from '@/lib/credentials/save-attempts';
import { getDb } from '@/lib/db/client';
import { log } from '@/lib/log';

type Params = { params: Promise<{ attemptId: string }> };

const answer = (status: number, body: { cancelled: boolean; reason?: string }) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Cancel on the Add New Credential overlay while Planhat is being asked. A route, not a server
 * action: the browser runs server actions one at a time, so a cancelling action would wait for the
 * very save it is meant to stop. DELETE cannot be sent cross-site without a CORS preflight.
 */
export async function DELETE(_request: Request, { params }: Params) {
  const id = z.uuid().safeParse((await params).attemptId);
  if (!id.success) return answer(400, { cancelled: false, reason: 'Unknown save.' });
  try {
    const won = await claimSaveAttempt(await getDb(), await actorOrThrow(), id.data, 'cancelled');
    return won ? answer(200, { cancelled: true }) : answer(409, { cancelled: false, reason: 'The check had already finished; the save is going ahead.' });
  } catch (error) {
    if (error instanceof NotSignedInError) return answer(401, { cancelled: false, reason: error.message });
    log.error(`Cancelling a save failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`);
    return answer(500, { cancelled: false, reason: 'Could not cancel. The save may go ahead.' });
  }
}
