import 'server-only';
import { getPlanhatModel, isPlanhatModelId, type PlanhatModelId } from './models';
import { planhatGet, type PlanhatRequestOptions } from './planhat-get';
import { isPlanhatCluster, type PlanhatCluster } from './regions';

export type PlanhatRecord = { _id: string } & Record<string, unknown>;

export type ReadRecordsParams = {
  token: string;
  cluster: PlanhatCluster;
  model: PlanhatModelId;
  limit: number;
  offset: number;
  /** Field names; Planhat always includes `_id`. */
  select?: readonly string[];
  /** A field name, `-` prefix for descending. */
  sort?: string;
};

export type ReadRecordsError = 'invalid-token' | 'forbidden' | 'unreachable' | 'bad-response';

export type ReadRecordsResult = { ok: true; records: PlanhatRecord[] } | { ok: false; error: ReadRecordsError; message: string };

// Planhat's documented page-size ceilings.
const MAX_LIMIT: Partial<Record<PlanhatModelId, number>> = { companies: 5000 };
const DEFAULT_MAX_LIMIT = 2000;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** Reads one page of a model's records, e.g. for a source preview. Remote failures are returned, not thrown. */
export async function readRecords(params: ReadRecordsParams, options: PlanhatRequestOptions): Promise<ReadRecordsResult> {
  assertValidParams(params);
  const outcome = await planhatGet(
    {
      token: params.token,
      cluster: params.cluster,
      path: getPlanhatModel(params.model).path,
      query: { limit: params.limit, offset: params.offset, select: params.select?.join(','), sort: params.sort },
    },
    options,
  );
  switch (outcome.kind) {
    case 'ok':
      if (Array.isArray(outcome.body) && outcome.body.every(isRecord)) return { ok: true, records: outcome.body };
      return { ok: false, error: 'bad-response', message: 'Planhat answered with something other than a list of records.' };
    case 'bad-body':
      return { ok: false, error: 'bad-response', message: 'Planhat answered with something other than a list of records.' };
    case 'unauthorized':
      return { ok: false, error: 'invalid-token', message: 'Planhat did not accept the token (HTTP 401). It may have been revoked, or belong to another region.' };
    case 'forbidden':
      return { ok: false, error: 'forbidden', message: 'The service account has no read permission on this model (HTTP 403).' };
    case 'rate-limited':
      return { ok: false, error: 'unreachable', message: 'Planhat is rate-limiting requests (HTTP 429). Try again in a minute.' };
    case 'http-error':
      return { ok: false, error: 'unreachable', message: `Planhat answered with an error (HTTP ${outcome.status}).` };
    case 'timeout':
    case 'aborted':
      return { ok: false, error: 'unreachable', message: 'Planhat did not answer in time.' };
    case 'redirect':
      return { ok: false, error: 'unreachable', message: 'Planhat answered with a redirect, which was not followed.' };
    case 'network':
      return { ok: false, error: 'unreachable', message: 'Could not connect to Planhat.' };
  }
}

function isRecord(value: unknown): value is PlanhatRecord {
  return typeof value === 'object' && value !== null && typeof (value as { _id?: unknown })._id === 'string';
}

// Programmer errors: thrown, and phrased without the token.
function assertValidParams(params: ReadRecordsParams): void {
  if (!isPlanhatCluster(params.cluster)) throw new RangeError('readRecords: unknown Planhat region.');
  if (!isPlanhatModelId(params.model)) throw new RangeError('readRecords: unknown Planhat model.');
  const maxLimit = MAX_LIMIT[params.model] ?? DEFAULT_MAX_LIMIT;
  if (!Number.isInteger(params.limit) || params.limit < 1 || params.limit > maxLimit) {
    throw new RangeError(`readRecords: limit must be an integer from 1 to ${maxLimit}.`);
  }
  if (!Number.isInteger(params.offset) || params.offset < 0) throw new RangeError('readRecords: offset must be a non-negative integer.');
  if (params.select?.some((field) => !FIELD_NAME.test(field))) throw new RangeError('readRecords: select contains an invalid field name.');
  if (params.sort !== undefined && !FIELD_NAME.test(params.sort.replace(/^-/, ''))) throw new RangeError('readRecords: sort must be a field name.');
  if (params.token.trim() === '') throw new RangeError('readRecords: token is empty.');
}
