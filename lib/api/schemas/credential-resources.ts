// What /api/v1 returns, as zod schemas: the OpenAPI document is generated from them, and the
// tests parse real responses with them. Nothing here has a place for a token or a ciphertext.
import { z } from 'zod';
import type { CredentialEventDto } from '@/lib/credentials/credential-events';
import type { CredentialUsage } from '@/lib/credentials/credential-usage';
import type { CredentialDto } from '@/lib/credentials/dto';
import type { UsageDayDto } from '@/lib/credentials/list-usage-days';
import type { CheckResult } from '@/lib/credentials/run-check';
import { CHECK_REASON_CODES } from '@/lib/connectors/types';

const isoTime = z.iso.datetime({ offset: true });

export const modelAccessSchema = z.object({
  access: z.enum(['readable', 'forbidden', 'error']),
  reason: z.string().optional(),
});

export const accessReportSchema = z
  .object({
    models: z.record(z.string(), modelAccessSchema).meta({ description: 'Read access per Planhat data model.' }),
    readableCount: z.int().min(0),
    modelCount: z.int().min(0),
    writeAccessNote: z.string(),
  })
  .meta({ description: 'What the last successful check found.' });

export const credentialStatusSchema = z.enum(['verified', 'not_verified', 'invalid', 'unreachable', 'unreadable']);

const credentialChangeSchema = z
  .object({
    at: isoTime,
    status: z.object({ from: z.string(), to: z.string() }).optional(),
    models: z.object({ gained: z.array(z.string()), lost: z.array(z.string()) }).optional().meta({ description: 'Data models the token can read now and could not before (gained), and the reverse (lost).' }),
    region: z.object({ from: z.string().nullable(), to: z.string().nullable() }).optional(),
  })
  .meta({ description: 'What the latest check that changed something changed.' });

export const credentialHealthSchema = z
  .object({
    status: credentialStatusSchema,
    lastCheckedAt: isoTime.nullable().meta({ description: 'The latest check, whatever its outcome (also when Planhat could not be reached).' }),
    nextCheckAt: isoTime.nullable().meta({ description: 'When the next scheduled check is due; null when none is scheduled (checks off for the workspace).' }),
    consecutiveFailures: z.int().min(0).meta({ description: 'Checks in a row that could not reach Planhat; the credential turns `unreachable` at 3.' }),
    lastChange: credentialChangeSchema.nullable(),
  })
  .meta({ description: 'What the scheduled health checks know about this credential.' });

export const credentialSchema = z.object({
  id: z.uuid(),
  connector: z.string().meta({ examples: ['planhat'] }),
  name: z.string(),
  description: z.string(),
  region: z.string().nullable().meta({ description: 'The Planhat cluster that accepted the token, e.g. `api-eu`.' }),
  status: credentialStatusSchema,
  statusReason: z.string().nullable(),
  checkedAt: isoTime.nullable(),
  accessReport: accessReportSchema.nullable(),
  tokenHint: z.string().meta({ description: 'The last four characters of the token; the token itself is never returned.' }),
  createdAt: isoTime,
  updatedAt: isoTime,
  version: z.int().min(1).meta({ description: 'Also sent as the ETag; send it back in If-Match to change the credential.' }),
  lastUsedAt: isoTime.nullable().meta({
    description: 'When a source or a source preview last read Planhat records with this credential; null if never. Reads are not events: they are counted per day under /credentials/{id}/usage.',
  }),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  health: credentialHealthSchema,
  can: z
    .object({ use: z.boolean(), check: z.boolean(), rename: z.boolean(), replaceToken: z.boolean(), delete: z.boolean() })
    .meta({ description: 'What the API key (acting as its creator) may do with this credential.' }),
});

export const credentialPageSchema = z.object({
  items: z.array(credentialSchema),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
});

export const checkSchema = z.object({
  status: z.enum(['verified', 'invalid', 'unreachable']),
  cluster: z.string().nullable(),
  readableCount: z.int().min(0),
  models: z.record(z.string(), modelAccessSchema),
  writeAccessNote: z.string(),
  checkedAt: isoTime,
  reason: z.string().nullable(),
  reasonCode: z.enum(CHECK_REASON_CODES).nullable(),
});

export const checkOutcomeSchema = z.object({ credential: credentialSchema, check: checkSchema });

export const credentialEventSchema = z.object({
  id: z.string(),
  type: z.string().meta({ examples: ['created', 'checked', 'renamed', 'token-replaced', 'deleted'] }),
  outcome: z.string().nullable(),
  actorName: z.string().nullable(),
  credentialName: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  at: isoTime,
});

export const credentialEventsSchema = z.object({ items: z.array(credentialEventSchema) });

export const usageDaySchema = z.object({
  day: z.iso.date().meta({ description: 'The UTC day.' }),
  source: z
    .object({ id: z.string(), name: z.string().meta({ description: 'Its name at the latest read.' }), exists: z.boolean().meta({ description: 'false once the source is deleted.' }) })
    .nullable()
    .meta({ description: 'The saved source that read; null for the preview on the configure step of a source not saved yet.' }),
  model: z.string().meta({ description: 'The Planhat data model of the latest read that day.', examples: ['companies'] }),
  reads: z.int().min(1),
  failedReads: z.int().min(0),
  lastOutcome: z.string().meta({ description: '`ok`, or why the latest read failed.', examples: ['ok', 'invalid-token', 'forbidden', 'unreachable', 'bad-response', 'unreadable'] }),
  lastReadAt: isoTime,
});

export const usageDaysSchema = z.object({ items: z.array(usageDaySchema) });

const usedBySchema = z.array(z.object({ id: z.string(), name: z.string(), model: z.string() }));
export const usageSchema = z.object({ sources: usedBySchema, destinations: usedBySchema });

// The service's types must fit these schemas, or the document would describe something else.
export const credentialResource = (dto: CredentialDto): z.output<typeof credentialSchema> => dto;
export const eventResource = (event: CredentialEventDto): z.output<typeof credentialEventSchema> => event;
export const usageResource = (usage: CredentialUsage): z.output<typeof usageSchema> => usage;
export const usageDayResource = (day: UsageDayDto): z.output<typeof usageDaySchema> => day;

/** Only what the report means, picked field by field. */
export function checkResource(check: CheckResult): z.output<typeof checkSchema> {
  const { status, cluster, readableCount, models, writeAccessNote, checkedAt } = check;
  return { status, cluster, readableCount, models, writeAccessNote, checkedAt, reason: check.reason ?? null, reasonCode: check.reasonCode ?? null };
}
