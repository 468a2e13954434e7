// The workspace audit log: every action with a code path today writes exactly one entry per
// workspace it concerns, through the real service code; and the log cannot be changed afterwards.
import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { revokeAccountSession, revokeOtherAccountSessions } from '@/lib/account/account-sessions';
import { changeAccountPassword } from '@/lib/account/change-password';
import { createApiKey, revokeApiKey } from '@/lib/api/api-keys/manage-api-keys';
import { withApiTestEnv, type ApiTestEnv } from '@/lib/api/testing';
import type { Actor } from '@/lib/auth/actor';
import { changeMemberRole, inviteToWorkspace, joinByInvitation, revokeInvitation } from '@/lib/auth/member-changes';
import { setTwoFactorRequired } from '@/lib/auth/two-factor/two-factor-policy';
import { deleteCredential } from '@/lib/credentials/delete-credential';
import { recheckCredential } from '@/lib/credentials/recheck-credential';
import { replaceCredentialToken } from '@/lib/credentials/replace-token';
import { updateCredentialDetails } from '@/lib/credentials/update-details';
import { getAuth } from '@/lib/auth/auth';
import { authRequest, createAccount, signIn, signedInAccount, uniqueAddress, uniqueEmail } from '@/lib/testing/auth-requests';
import { createTestWorkspace } from '@/lib/testing/seed-credentials';
import { saveTestCredential } from '@/lib/testing/service-test-env';
import { AUDIT_ACTIONS, CREDENTIAL_AUDIT_ACTIONS, type AuditLogAction } from './audit-actions';
import { listAuditEvents } from './list-audit-events';

let env: ApiTestEnv;
withApiTestEnv((started) => (env = started));

const password = 'correct horse battery staple';
const addMember = (userId: string, organizationId: string, role: string) =>
  env.db.member.create({ data: { id: `member_${randomBytes(8).toString('hex')}`, organizationId, userId, role, createdAt: new Date() } });

/** A signed-in owner of a fresh workspace: an Actor plus the request headers of their session. */
async function sessionOwner(): Promise<{ actor: Actor; headers: Headers }> {
  const { user, cookie } = await signedInAccount(password);
  const workspaceId = await createTestWorkspace(env.db, 'Audited');
  await addMember(user.id, workspaceId, 'owner');
  const actor: Actor = { userId: user.id, name: user.name, email: user.email, workspaceId, workspaceName: 'Audited', role: 'owner', workspaces: [{ id: workspaceId, name: 'Audited', role: 'owner' }] };
  return { actor, headers: new Headers({ cookie, host: 'localhost:3000', 'x-forwarded-for': uniqueAddress(), 'user-agent': 'audit-test' }) };
}

/**
 * Turns two-factor on the way the Account page does (password, then a first code from the period
 * before, leaving the current one unused); the session is replaced, so later calls use the new cookie.
 */
async function enableTwoFactor(headers: Headers) {
  const auth = await getAuth();
  const enabled = await auth.api.enableTwoFactor({ body: { password, method: 'totp' }, headers });
  if (enabled.method !== 'totp') throw new Error('expected an authenticator-app setup');
  const secret = new URL(enabled.totpURI).searchParams.get('secret')!;
  const confirmed = await auth.api.verifyTOTP({ body: { code: await generate({ secret, epoch: Date.now() / 1000 - 30 }) }, headers, returnHeaders: true });
  const session = confirmed.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('better-auth.session_token='))!;
  const renewed = new Headers(headers);
  renewed.set('cookie', session);
  return { headers: renewed, backupCodes: enabled.backupCodes };
}

/** A passkey row as Better Auth's plugin stores one after a WebAuthn registration. */
async function storedPasskey(userId: string) {
  const id = `passkey_${randomBytes(6).toString('hex')}`;
  await env.db.passkey.create({ data: { id, name: 'Old laptop', publicKey: 'cHVibGlj', userId, credentialID: randomBytes(16).toString('base64url'), counter: 0, deviceType: 'singleDevice', backedUp: false } });
  return id;
}

/** What one action should have written: in which workspaces, by whom, about what. */
interface Expected {
  workspaceIds: string[];
  actorId: string;
  target: { type: string; id: string; label?: string };
  /** Text that must appear nowhere in the entry (a password, a key). */
  secrets?: string[];
}

const performers: Partial<Record<AuditLogAction, () => Promise<Expected>>> = {
  'sign-in.succeeded': async () => {
    const email = uniqueEmail('signin');
    const user = await createAccount(email, password);
    const [first, second] = [await createTestWorkspace(env.db), await createTestWorkspace(env.db)];
    await addMember(user.id, first, 'member');
    await addMember(user.id, second, 'admin');
    expect((await signIn(email, password, uniqueAddress())).status).toBe(200);
    return { workspaceIds: [first, second], actorId: user.id, target: { type: 'user', id: user.id, label: email }, secrets: [password] };
  },
  'sign-in.failed': async () => {
    const email = uniqueEmail('failed');
    const user = await createAccount(email, password);
    const workspace = await createTestWorkspace(env.db);
    await addMember(user.id, workspace, 'member');
    expect((await signIn(email.toUpperCase(), 'not the password at all', uniqueAddress())).status).toBe(401);
    return { workspaceIds: [workspace], actorId: user.id, target: { type: 'user', id: user.id }, secrets: ['not the password at all'] };
  },
  'member.invited': async () => {
    const { actor, headers } = await sessionOwner();
    const invitation = await inviteToWorkspace(actor, { email: uniqueEmail('invitee'), role: 'admin' }, headers);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'invitation', id: invitation.id, label: invitation.email } };
  },
  'invitation.revoked': async () => {
    const { actor, headers } = await sessionOwner();
    const invitation = await inviteToWorkspace(actor, { email: uniqueEmail('revoked'), role: 'member' }, headers);
    await revokeInvitation(actor, invitation.id, headers);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'invitation', id: invitation.id, label: invitation.email } };
  },
  'member.joined': async () => {
    const { actor, headers } = await sessionOwner();
    const email = uniqueEmail('joiner');
    const invitation = await inviteToWorkspace(actor, { email, role: 'member' }, headers);
    const joiner = await createAccount(email, password);
    const signedIn = await signIn(email, password, uniqueAddress());
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    expect(await joinByInvitation(invitation.id, new Headers({ cookie, host: 'localhost:3000' }))).toBe(actor.workspaceId);
    return { workspaceIds: [actor.workspaceId], actorId: joiner.id, target: { type: 'member', id: joiner.id, label: email } };
  },
  'member.role-changed': async () => {
    const { actor, headers } = await sessionOwner();
    const colleague = await createAccount(uniqueEmail('colleague'), password);
    const member = await addMember(colleague.id, actor.workspaceId, 'member');
    await changeMemberRole(actor, { memberId: member.id, role: 'admin' }, headers);
    expect((await env.db.member.findUniqueOrThrow({ where: { id: member.id } })).role).toBe('admin');
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'member', id: colleague.id, label: colleague.email } };
  },
  'password.changed': async () => {
    const { actor, headers } = await sessionOwner();
    const newPassword = 'a different long password 42';
    await changeAccountPassword(headers, { currentPassword: password, newPassword });
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'user', id: actor.userId }, secrets: [password, newPassword] };
  },
  'session.revoked': async () => {
    const { actor, headers } = await sessionOwner();
    expect((await signIn(actor.email, password, uniqueAddress())).status).toBe(200);
    const other = await env.db.session.findFirstOrThrow({ where: { userId: actor.userId }, orderBy: { createdAt: 'desc' } });
    expect(await revokeAccountSession(headers, other.id)).not.toBe('not-found');
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'session', id: other.id } };
  },
  'session.others-revoked': async () => {
    const { actor, headers } = await sessionOwner();
    expect((await signIn(actor.email, password, uniqueAddress())).status).toBe(200);
    expect(await revokeOtherAccountSessions(headers)).toBe(1);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'user', id: actor.userId } };
  },
  'workspace.two-factor-policy-changed': async () => {
    const { actor, headers } = await sessionOwner();
    await setTwoFactorRequired({ ...actor, twoFactorEnabled: true }, true, headers);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'workspace', id: actor.workspaceId } };
  },
  'two-factor.enabled': async () => {
    const { actor, headers } = await sessionOwner();
    await enableTwoFactor(headers);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'user', id: actor.userId } };
  },
  'two-factor.failed': async () => {
    const { actor, headers } = await sessionOwner();
    const auth = await getAuth();
    await auth.api.enableTwoFactor({ body: { password, method: 'totp' }, headers });
    await expect(auth.api.verifyTOTP({ body: { code: '12345x' }, headers })).rejects.toThrow();
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'user', id: actor.userId } };
  },
  'two-factor.disabled': async () => {
    const { actor, headers } = await sessionOwner();
    const { headers: renewed } = await enableTwoFactor(headers);
    await (await getAuth()).api.disableTwoFactor({ body: { password }, headers: renewed });
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'user', id: actor.userId }, secrets: [password] };
  },
  'two-factor.recovery-codes-regenerated': async () => {
    const { actor, headers } = await sessionOwner();
    const { headers: renewed } = await enableTwoFactor(headers);
    const { backupCodes } = await (await getAuth()).api.generateBackupCodes({ body: { password }, headers: renewed });
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'user', id: actor.userId }, secrets: backupCodes };
  },
  'two-factor.recovery-code-used': async () => {
    const { actor, headers } = await sessionOwner();
    const { backupCodes } = await enableTwoFactor(headers);
    const challenge = (await signIn(actor.email, password, uniqueAddress())).headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('better-auth.two_factor='))!;
    expect((await authRequest('/two-factor/verify-backup-code', { body: { code: backupCodes[0] }, cookie: challenge })).status).toBe(200);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'user', id: actor.userId }, secrets: backupCodes };
  },
  'passkey.renamed': async () => {
    const { actor, headers } = await sessionOwner();
    const id = await storedPasskey(actor.userId);
    await (await getAuth()).api.updatePasskey({ body: { id, name: 'Work laptop' }, headers });
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'passkey', id, label: 'Work laptop' } };
  },
  'passkey.removed': async () => {
    const { actor, headers } = await sessionOwner();
    const id = await storedPasskey(actor.userId);
    await (await getAuth()).api.deletePasskey({ body: { id }, headers });
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'passkey', id } };
  },
  'api-key.created': async () => {
    const { actor } = await sessionOwner();
    const { id, key } = await createApiKey(actor, 'SIEM export');
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'api-key', id, label: 'SIEM export' }, secrets: [key] };
  },
  'api-key.revoked': async () => {
    const { actor } = await sessionOwner();
    const { id, key } = await createApiKey(actor, 'Old script');
    await revokeApiKey(actor, id);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'api-key', id, label: 'Old script' }, secrets: [key] };
  },
  'credential.created': async () => {
    const { actor } = await sessionOwner();
    const { credential, token } = await saveTestCredential(actor, env.double);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'credential', id: credential.id, label: credential.name }, secrets: [token] };
  },
  'credential.checked': async () => {
    const { actor } = await sessionOwner();
    const { credential, token } = await saveTestCredential(actor, env.double);
    await recheckCredential(actor, credential.id);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'credential', id: credential.id, label: credential.name }, secrets: [token] };
  },
  'credential.renamed': async () => {
    const { actor } = await sessionOwner();
    const { credential } = await saveTestCredential(actor, env.double);
    await updateCredentialDetails(actor, credential.id, { name: 'Renamed for audit', description: '', version: credential.version });
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'credential', id: credential.id, label: 'Renamed for audit' } };
  },
  'credential.token-replaced': async () => {
    const { actor } = await sessionOwner();
    const { credential } = await saveTestCredential(actor, env.double);
    const token = `phtest_${randomBytes(16).toString('hex')}`;
    env.double.addToken({ token });
    const replaced = await replaceCredentialToken(actor, credential.id, { fields: { apiAccessToken: token, region: 'auto' }, verify: true, version: credential.version });
    expect(replaced.ok).toBe(true);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'credential', id: credential.id, label: credential.name }, secrets: [token] };
  },
  'credential.deleted': async () => {
    const { actor } = await sessionOwner();
    const { credential } = await saveTestCredential(actor, env.double);
    expect((await deleteCredential(actor, credential.id, credential.name)).ok).toBe(true);
    return { workspaceIds: [actor.workspaceId], actorId: actor.userId, target: { type: 'credential', id: credential.id, label: credential.name } };
  },
};

/**
 * Actions this file does not perform yet: member.removed has no code path at all; the others are
 * recorded by the two-factor, passkey, password reset and SSO flows and tested with them, not here
 * yet. Move an action out of this list by adding its row above; an action added to AUDIT_ACTIONS
 * must land in one of the two, so none is silently left out.
 */
const NOT_YET_RECORDED: AuditLogAction[] = [
  // A WebAuthn registration needs a browser: e2e/two-factor.spec.ts adds a passkey and finds this entry in the owner's log.
  'passkey.added',
  'password.reset-requested', 'password.reset', 'password.reset-failed',
  'sso.configured', 'sso.updated', 'sso.removed', 'sso.sign-in-failed',
  'member.removed',
];

/** Reads a workspace's log as an owner would (through the list service, over the view). */
async function entriesOf(workspaceId: string, action: AuditLogAction) {
  const reader: Actor = { userId: 'audit-reader', name: 'Reader', email: 'reader@example.com', workspaceId, workspaceName: 'Audited', role: 'owner', workspaces: [] };
  return (await listAuditEvents(reader, { action })).items;
}

describe('the workspace audit log', () => {
  it('accounts for every action: each has a test row below or is listed as not recorded yet', () => {
    const all = [...AUDIT_ACTIONS, ...CREDENTIAL_AUDIT_ACTIONS];
    expect(all.filter((action) => !performers[action] && !NOT_YET_RECORDED.includes(action))).toEqual([]);
    expect(NOT_YET_RECORDED.filter((action) => performers[action])).toEqual([]);
  });

  it.each(Object.keys(performers) as AuditLogAction[])('records %s once per workspace, with who did it and to what', async (action) => {
    const expected = await performers[action]!();
    for (const workspaceId of expected.workspaceIds) {
      const entries = await entriesOf(workspaceId, action);
      expect(entries, `${action} in ${workspaceId}`).toHaveLength(1);
      const [entry] = entries;
      expect(entry!.actor.id).toBe(expected.actorId);
      expect(entry!.target).toMatchObject(expected.target);
      for (const secret of expected.secrets ?? []) expect(JSON.stringify(entry)).not.toContain(secret);
    }
  });

  it('writes no workspace entry for a failed sign-in with an email that has no account', async () => {
    const before = await env.db.auditEvent.count();
    expect((await signIn(uniqueEmail('nobody'), 'whatever password', uniqueAddress())).status).toBe(401);
    expect(await env.db.auditEvent.count()).toBe(before);
  });

  it('leaves a right password of a two-factor account to the code step, which records the sign-in', async () => {
    const email = uniqueEmail('two-step');
    const user = await createAccount(email, password);
    const workspace = await createTestWorkspace(env.db);
    await addMember(user.id, workspace, 'member');
    await env.db.user.update({ where: { id: user.id }, data: { twoFactorEnabled: true } });
    const response = await signIn(email, password, uniqueAddress());
    expect(await response.json()).toEqual(expect.objectContaining({ twoFactorRedirect: true }));
    expect(await entriesOf(workspace, 'sign-in.succeeded')).toEqual([]);
  });

  it('keeps the client address and user agent of the request that made the change', async () => {
    const { actor, headers } = await sessionOwner();
    await inviteToWorkspace(actor, { email: uniqueEmail('addressed'), role: 'member' }, headers);
    const [entry] = await entriesOf(actor.workspaceId, 'member.invited');
    expect(entry).toMatchObject({ clientAddress: headers.get('x-forwarded-for'), userAgent: 'audit-test', detail: { role: 'member' } });
  });

  it('refuses to change or delete an entry once written', async () => {
    const { actor } = await sessionOwner();
    await createApiKey(actor, 'Append only');
    const where = { workspaceId: actor.workspaceId, action: 'api-key.created' };
    await expect(env.db.auditEvent.updateMany({ where, data: { actorEmail: 'someone-else@example.com' } })).rejects.toThrow(/append-only/);
    await expect(env.db.auditEvent.deleteMany({ where })).rejects.toThrow(/append-only/);
    expect(await env.db.auditEvent.findFirstOrThrow({ where })).toMatchObject({ actorEmail: actor.email });
  });
});
