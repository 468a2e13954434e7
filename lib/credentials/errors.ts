/** Expected refusals of the credential service; their messages are safe to show to the person. */
export type CredentialErrorCode = 'not-found' | 'forbidden' | 'conflict' | 'in-use' | 'unreadable';

export class CredentialError extends Error {
  override name = 'CredentialError';
  constructor(
    readonly code: CredentialErrorCode,
    message: string,
  ) {
    super(message);
  }
}

// One answer for "absent" and "in another workspace": the response reveals nothing.
export const notFound = () => new CredentialError('not-found', 'This credential does not exist or you do not have access to it.');
