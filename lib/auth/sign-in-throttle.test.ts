import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, signIn, uniqueAddress, uniqueEmail } from '@/lib/testing/auth-requests';
import { startServiceTestEnv, type ServiceTestEnv } from '@/lib/testing/service-test-env';

let env: ServiceTestEnv;
beforeAll(async () => {
  process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString('base64');
  env = await startServiceTestEnv({ planhatUrlTemplate: 'http://127.0.0.1:9/{cluster}' });
});
afterAll(async () => {
  await env?.close();
});

// Each password check costs a deliberate hash, so failures that need no order run in parallel.
const password = 'correct horse battery staple';
const statuses = async (responses: Promise<Response>[]) => (await Promise.all(responses)).map((response) => response.status);
const failInParallel = (times: number, email: string, address: string) => statuses(Array.from({ length: times }, () => signIn(email, 'not the password', address)));

/** As if the last failure from `address` had happened `seconds` before now (0: just now). */
const setLastFailure = (address: string, seconds: number) =>
  env.db.$executeRaw`UPDATE "SignInThrottle" SET "lastFailureAt" = ${new Date(Date.now() - seconds * 1000)} WHERE "key" LIKE ${`%${address}`}`;

describe('sign-in throttling', () => {
  it('lets a colleague in with the right password from their own address while someone keeps failing on their account', async () => {
    const email = uniqueEmail('colleague');
    await createAccount(email, password);
    const attacker = uniqueAddress();

    expect(await failInParallel(5, email, attacker)).toEqual(Array(5).fill(401));
    for (let attempt = 0; attempt < 6; attempt++) {
      await setLastFailure(attacker, 0);
      expect((await signIn(email, 'another guess', attacker)).status).toBe(429);
    }

    expect((await signIn(email, password, uniqueAddress())).status).toBe(200);
    // From the address that failed, even the right password waits its turn.
    await setLastFailure(attacker, 0);
    expect((await signIn(email, password, attacker)).status).toBe(429);
  });

  it('slows failures down with a growing delay rather than locking anyone out, and forgets them after a right password', async () => {
    const email = uniqueEmail('forgetful');
    await createAccount(email, password);
    const address = uniqueAddress();
    await failInParallel(5, email, address);

    const waits = [];
    for (let round = 0; round < 2; round++) {
      await setLastFailure(address, 0);
      const refused = await signIn(email, 'still wrong', address);
      expect(refused.status).toBe(429);
      expect((await refused.json()).message).toMatch(/^Too many failed sign-in attempts for this account from your network\. Wait \d+ seconds? and try again\.$/);
      const wait = Number(refused.headers.get('retry-after'));
      waits.push(wait);
      await setLastFailure(address, wait);
      expect((await signIn(email, 'still wrong', address)).status).toBe(401);
    }
    expect(waits).toEqual([1, 2]);

    await setLastFailure(address, 4);
    expect((await signIn(email, password, address)).status).toBe(200);
    expect((await signIn(email, 'a typo', address)).status).toBe(401);
  });

  it('forgives old failures one by one, so honest mistakes fade', async () => {
    const email = uniqueEmail('fading');
    await createAccount(email, password);
    const address = uniqueAddress();
    await failInParallel(5, email, address);
    // A quarter of an hour later, one of the five is forgiven: one more try is free, the next waits.
    await setLastFailure(address, 15 * 60);
    expect((await signIn(email, 'again', address)).status).toBe(401);
    await setLastFailure(address, 0);
    expect((await signIn(email, 'again', address)).status).toBe(429);
  });

  it('slows down one address failing across many accounts, and no other address', async () => {
    const address = uniqueAddress();
    // As if 19 sign-ins to other accounts had just failed from this address (its count is keyed by it).
    await env.db.signInThrottle.create({ data: { key: `address:${address}`, failures: 19, lastFailureAt: new Date() } });

    expect((await signIn(uniqueEmail('sprayed'), 'Winter2026!', address)).status).toBe(401);
    await setLastFailure(address, 0);
    const refused = await signIn(uniqueEmail('sprayed'), 'Winter2026!', address);
    expect(refused.status).toBe(429);
    expect((await refused.json()).message).toBe('Too many failed sign-in attempts from your network. Wait 1 second and try again.');

    const email = uniqueEmail('elsewhere');
    await createAccount(email, password);
    expect((await signIn(email, password, uniqueAddress())).status).toBe(200);
  });

  it('lets a burst of parallel guesses check no more passwords than the free attempts', async () => {
    const email = uniqueEmail('burst');
    await createAccount(email, password);
    const burst = await failInParallel(12, email, uniqueAddress());
    expect(burst.filter((status) => status === 401)).toHaveLength(5);
    expect(burst.filter((status) => status === 429)).toHaveLength(7);
  });

  it('records in the security log when failures start slowing an address down, naming the account only if it exists', async () => {
    const email = uniqueEmail('audited');
    const user = await createAccount(email, password);
    const address = uniqueAddress();
    const unknownAddress = uniqueAddress();
    await env.db.signInThrottle.create({ data: { key: `address:${unknownAddress}`, failures: 19, lastFailureAt: new Date() } });
    await Promise.all([failInParallel(5, email, address), failInParallel(1, uniqueEmail('nobody'), unknownAddress)]);

    const events = await env.db.securityEvent.findMany({ where: { clientAddress: { in: [address, unknownAddress] } } });
    expect(events).toHaveLength(2);
    expect(events.find((event) => event.clientAddress === address)).toMatchObject({
      type: 'sign-in-throttled',
      userId: user.id,
      email,
      detail: { accountExists: true, slowed: [{ scope: 'account-address', failures: 5, waitSeconds: 1 }] },
    });
    expect(events.find((event) => event.clientAddress === unknownAddress)).toMatchObject({
      type: 'sign-in-throttled',
      userId: null,
      email: null,
      detail: { accountExists: false, slowed: [{ scope: 'address', failures: 20, waitSeconds: 1 }] },
    });
    expect(JSON.stringify(events)).not.toContain('not the password');
  });

  it('does not count an attempt whose password was never checked', async () => {
    const email = uniqueEmail('no-password');
    await createAccount(email, password);
    const address = uniqueAddress();
    for (let i = 0; i < 8; i++) {
      const response = await signIn(email, undefined as unknown as string, address);
      expect(response.status).toBe(400);
    }
    expect(await env.db.signInThrottle.count({ where: { key: { endsWith: address } } })).toBe(0);
    // Had they counted, eight failures would make even the right password wait.
    expect((await signIn(email, password, address)).status).toBe(200);
  });
});
