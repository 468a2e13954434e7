// Client-safe: what a credential alert says to people, in the bell and in emails. Never a token:
// a CredentialAlert holds none.
import type { AffectedFlow, CredentialAlert, CredentialAlertType } from '@/lib/alerts/alert';
import { modelLabel } from '@/lib/sources/model-access';

/** Alerts someone should act on; created and deleted are for webhooks only. */
export const PEOPLE_ALERT_TYPES = [
  'credential.invalid',
  'credential.recovered',
  'credential.unreachable',
  'credential.access_changed',
  'credential.unreadable',
  'credential.rotation_due',
] as const satisfies readonly CredentialAlertType[];

export type PeopleAlertType = (typeof PEOPLE_ALERT_TYPES)[number];

export const isPeopleAlert = (type: CredentialAlertType): type is PeopleAlertType => (PEOPLE_ALERT_TYPES as readonly string[]).includes(type);

export interface AlertWords {
  title: string;
  /** What happened and what to do, in one or two sentences. */
  detail: string;
  /** Sources and destinations that use the credential, e.g. "Source “Accounts” (Companies)". */
  affected: string[];
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
const labels = (models: string[]) => models.map(modelLabel).join(', ');

function accessDetail(alert: CredentialAlert): string {
  const { models, region } = alert.change ?? {};
  const parts: string[] = [];
  if (models?.gained.length) parts.push(`It can now read ${labels(models.gained)}.`);
  if (models?.lost.length) parts.push(`It can no longer read ${labels(models.lost)}.`);
  if (region && region.from !== region.to) parts.push(`Its Planhat region changed from ${region.from ?? 'none'} to ${region.to ?? 'none'}.`);
  return parts.join(' ') || 'What it can read in Planhat has changed.';
}

function titleAndDetail(alert: CredentialAlert & { type: PeopleAlertType }): [string, string] {
  const name = `“${alert.credential.name}”`;
  const reason = alert.credential.reason;
  switch (alert.type) {
    case 'credential.invalid':
      return [`${name} is invalid`, `${sentence(reason ?? 'Planhat no longer accepts its token')} Replace the token to keep what uses it working.`];
    case 'credential.recovered':
      return [`${name} works again`, sentence(reason ?? 'Planhat accepts its token again')];
    case 'credential.unreachable':
      return [`${name} is unreachable`, `${sentence(reason ?? 'Planhat could not be reached in three checks in a row')} It is checked again on its own.`];
    case 'credential.access_changed':
      return [`${name} can read different data`, accessDetail(alert)];
    case 'credential.unreadable':
      return [`${name} can’t be decrypted`, `${sentence(reason ?? 'Its token was sealed with a key this server no longer has')} Replace the token.`];
    case 'credential.rotation_due':
      return [`Time to rotate ${name}`, sentence(reason ?? 'Its token is older than this workspace’s rotation policy allows')];
  }
}

const flowLine = (kind: string) => (flow: AffectedFlow) => `${kind} “${flow.name}” (${modelLabel(flow.model)})`;

export function describeAlert(alert: CredentialAlert & { type: PeopleAlertType }): AlertWords {
  const [title, detail] = titleAndDetail(alert);
  const affected = [...alert.affected.sources.map(flowLine('Source')), ...alert.affected.destinations.map(flowLine('Destination'))];
  return { title, detail, affected };
}

/** The bell's one paragraph: the detail and, briefly, what it affects. */
export function notificationBody({ detail, affected }: AlertWords): string {
  if (affected.length === 0) return detail;
  const shown = affected.slice(0, 3).join(', ');
  const more = affected.length > 3 ? ` and ${affected.length - 3} more` : '';
  return `${detail} Used by ${shown}${more}.`;
}
