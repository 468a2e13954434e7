import { describe, expect, it } from 'vitest';
import type { CredentialAlert } from '@/lib/alerts/alert';
import { emailHtml, emailText } from '@/lib/email/email-html';
import { describeAlert, isPeopleAlert, notificationBody, type PeopleAlertType } from './alert-words';

const alert = (type: PeopleAlertType, overrides: Omit<Partial<CredentialAlert>, 'type'> = {}): CredentialAlert & { type: PeopleAlertType } => ({
  id: '00000000-0000-4000-8000-000000000001',
  type,
  occurredAt: '2026-12-04T10:00:00.000Z',
  workspace: { id: 'ws', name: 'Acme' },
  credential: { id: 'c1', name: 'Planhat prod', status: 'invalid', reason: null, createdById: null },
  change: null,
  affected: { sources: [], destinations: [] },
  ...overrides,
});

describe('words for people about an alert', () => {
  it('says what happened for each kind people hear about, and leaves created and deleted to webhooks', () => {
    expect(describeAlert(alert('credential.invalid')).title).toBe('“Planhat prod” is invalid');
    expect(describeAlert(alert('credential.recovered')).title).toBe('“Planhat prod” works again');
    expect(describeAlert(alert('credential.unreachable')).detail).toBe('Planhat could not be reached in three checks in a row. It is checked again on its own.');
    expect(describeAlert(alert('credential.unreadable')).title).toBe('“Planhat prod” can’t be decrypted');
    expect(describeAlert(alert('credential.rotation_due')).title).toBe('Time to rotate “Planhat prod”');
    expect(isPeopleAlert('credential.created')).toBe(false);
    expect(isPeopleAlert('credential.deleted')).toBe(false);
  });

  it('lists the models gained and lost and a region change by their labels', () => {
    const words = describeAlert(
      alert('credential.access_changed', { change: { models: { gained: ['endusers'], lost: ['nps', 'churn'] }, region: { from: 'api', to: 'api-eu' } } }),
    );
    expect(words.detail).toBe('It can now read End Users. It can no longer read NPS, Churn. Its Planhat region changed from api to api-eu.');
  });

  it('names a few affected sources and destinations in the bell and counts the rest', () => {
    const sources = ['A', 'B', 'C', 'D'].map((name) => ({ id: name, name, model: 'companies' }));
    const words = describeAlert(alert('credential.invalid', { affected: { sources, destinations: [{ id: 'W', name: 'Writer', model: 'tasks' }] } }));
    expect(notificationBody(words)).toBe(
      'Planhat no longer accepts its token. Replace the token to keep what uses it working. Used by Source “A” (Companies), Source “B” (Companies), Source “C” (Companies) and 2 more.',
    );
  });

  it('escapes a credential name in the HTML email, and keeps it as typed in the text', () => {
    const parts = { heading: '“<img src=x onerror=alert(1)>” is invalid', paragraphs: ['a & b'], action: { label: 'Open', url: 'https://x.example/c?a=1&b=2' }, footer: 'f' };
    const html = emailHtml(parts);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="https://x.example/c?a=1&amp;b=2"');
    expect(emailText(parts)).toContain('“<img src=x onerror=alert(1)>” is invalid');
  });
});
