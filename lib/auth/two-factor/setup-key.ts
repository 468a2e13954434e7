import 'server-only';
import { renderSVG } from 'uqr';

export interface AuthenticatorSetup {
  /** The otpauth:// link as a QR code (SVG markup made here from the link, nothing else). */
  qrSvg: string;
  /** The same secret as text for people who cannot scan, in groups of four. */
  setupKey: string;
}

/** What the Account page shows to add this app to an authenticator: a QR code and the setup key. */
export function authenticatorSetup(totpURI: string): AuthenticatorSetup {
  const secret = new URL(totpURI).searchParams.get('secret') ?? '';
  return { qrSvg: renderSVG(totpURI, { border: 1 }), setupKey: secret.match(/.{1,4}/gu)?.join(' ') ?? '' };
}
