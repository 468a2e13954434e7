import net from 'node:net';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseFailureCause } from '@/lib/db/database-failure';
import { Prisma } from '@/lib/generated/prisma/client';
import { captureLogs } from '@/lib/testing/capture-logs';
import { actionFailureMessage } from './report-failure';

/** The error pg gives when nothing listens where the database should be. */
async function refusedConnection(): Promise<unknown> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return new pg.Client({ host: '127.0.0.1', port, user: 'nobody' }).connect().catch((error: unknown) => error);
}

let logs: ReturnType<typeof captureLogs>;
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => logs.restore());

describe('a server action that failed unexpectedly', () => {
  it('tells the person the database is not answering and that their change may have gone through, and logs the cause alone', async () => {

    const message = actionFailureMessage(await refusedConnection(), 'Saving a credential');

    expect(message).toMatch(/database is not answering/);
    expect(message).toMatch(/could not tell whether your change went through\. Reload the page/);
    expect(message).not.toMatch(/nothing was (saved|changed)/i);
    expect(logs.messages()).toEqual(['error: Saving a credential: the database is unavailable (ECONNREFUSED)']);
  });

  it('does not take a bug or a refused constraint for an outage', () => {
    const uniqueViolation = new Prisma.PrismaClientKnownRequestError('Unique constraint failed', { code: 'P2002', clientVersion: Prisma.prismaVersion.client });

    expect(databaseFailureCause(uniqueViolation)).toBeNull();
    expect(databaseFailureCause(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeNull();
    expect(actionFailureMessage(new TypeError('x'), 'Editing a credential')).toMatch(/^Something went wrong on our side, and we could not tell whether/);
    expect(logs.messages()).toEqual(['error: Editing a credential failed unexpectedly: TypeError']);
  });
});
