import 'server-only';

/**
 * Where a sealed token belongs. It is bound into the AAD, so a ciphertext copied to another
 * workspace, credential, connector or field fails to open instead of leaking the token there.
 */
export interface SealingContext {
  workspaceId: string;
  credentialId: string;
  connector: string;
  field: string;
}

const CONTEXT_FIELDS = ['workspaceId', 'credentialId', 'connector', 'field'] as const;

/**
 * Each component is length-prefixed (uint32 big-endian), so no two different contexts encode
 * alike: with a plain separator, ("a|b", "c") and ("a", "b|c") would authenticate the same.
 */
export function encodeAad(version: number, keyId: string, context: SealingContext): Buffer {
  const values = CONTEXT_FIELDS.map((name) => {
    const value: unknown = context[name];
    // An empty or missing id is a wiring bug; binding to it would make the token unopenable later.
    if (typeof value !== 'string' || value === '') throw new TypeError(`Sealing context ${name} must be a non-empty string`);
    return { value, bytes: Buffer.byteLength(value, 'utf8') };
  });
  // Written straight into one buffer: this runs on every seal and open.
  const keyIdBytes = Buffer.byteLength(keyId, 'latin1');
  const out = Buffer.allocUnsafe(4 + 1 + 4 + keyIdBytes + values.reduce((total, { bytes }) => total + 4 + bytes, 0));
  let offset = out.writeUInt32BE(1, 0);
  offset = out.writeUInt8(version, offset);
  offset = out.writeUInt32BE(keyIdBytes, offset);
  offset += out.write(keyId, offset, 'latin1');
  for (const { value, bytes } of values) {
    offset = out.writeUInt32BE(bytes, offset);
    offset += out.write(value, offset, 'utf8');
  }
  return out;
}
