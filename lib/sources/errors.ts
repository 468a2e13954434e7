/** Expected refusals of the sources service; their messages are safe to show to the person. */
export type SourceErrorCode = 'not-found' | 'forbidden' | 'not-readable' | 'credential-unusable';

export class SourceError extends Error {
  override name = 'SourceError';
  constructor(
    readonly code: SourceErrorCode,
    message: string,
  ) {
    super(message);
  }
}

// One answer for "absent" and "in another workspace": the response reveals nothing.
export const sourceNotFound = (noun: 'source' | 'destination') =>
  new SourceError('not-found', `This ${noun} does not exist or you do not have access to it.`);
