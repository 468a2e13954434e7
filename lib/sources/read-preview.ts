import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { isPlanhatModelId } from '@/lib/connectors/planhat/models';
import { readWithCredential, type CredentialRead } from '@/lib/credentials/read-with-credential';
import { SourceError } from './errors';
import { PREVIEW_COLUMNS, type PreviewColumn } from './preview-columns';

export const PREVIEW_PAGE_SIZE = 10;

export interface PreviewRequest {
  credentialId: string;
  model: string;
  offset: number;
  /** The saved source being previewed; null on the configure step. */
  source: { id: string; name: string } | null;
}

export interface Preview extends CredentialRead {
  columns: readonly PreviewColumn[];
  offset: number;
  pageSize: number;
  /** Planhat gives no total: a full page means there may be more. */
  mayHaveMore: boolean;
}

/** One page of a model's records, read live from Planhat with the credential, main fields only. */
export async function readPreview(actor: Actor, request: PreviewRequest): Promise<Preview> {
  if (!isPlanhatModelId(request.model)) throw new SourceError('not-readable', 'This source reads a data model this app does not know.');
  const columns = PREVIEW_COLUMNS[request.model];
  const read = await readWithCredential(actor, request.credentialId, {
    model: request.model,
    limit: PREVIEW_PAGE_SIZE,
    offset: request.offset,
    select: columns.map((column) => column.field),
    source: request.source,
    trigger: request.source ? 'source-read' : 'configure-preview',
  });
  const mayHaveMore = read.result.ok && read.result.records.length === PREVIEW_PAGE_SIZE;
  return { ...read, columns, offset: request.offset, pageSize: PREVIEW_PAGE_SIZE, mayHaveMore };
}
