/** A setting the owner has to change, in words for them, tied to the field it is about. */
export class SsoSetupProblem extends Error {
  override name = 'SsoSetupProblem';
  constructor(
    readonly field: 'issuer' | 'clientId' | 'clientSecret' | 'domain' | 'form',
    message: string,
  ) {
    super(message);
  }
}
