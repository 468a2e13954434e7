/**
 * Throughput of the token vault in one process.
 * Run: npx tsx --conditions=react-server scripts/bench-vault.ts [seconds per measurement]
 */
import { randomBytes } from 'node:crypto';
import { fingerprintFor, openToken, parseKeyring, sealToken, type SealingContext } from '@/lib/vault';

const seconds = Number(process.argv[2] ?? 1);
const keyring = parseKeyring(`k2:${randomBytes(32).toString('base64')}, k1:${randomBytes(32).toString('base64')}`);
// Shaped like a Planhat API token: about 40 characters.
const token = `ph_${randomBytes(28).toString('base64url')}`;
const context: SealingContext = {
  workspaceId: 'ws_01JD8X6W6Q9R3T5V7Y9B1C3E5G',
  credentialId: 'cred_01JD8X7A2K4M6P8R0T2V4X6Z8B',
  connector: 'planhat',
  field: 'apiToken',
};

/** Runs `operation` in batches until the time budget is spent; returns operations per second. */
function measure(operation: (i: number) => void): number {
  const batch = 1_000;
  for (let i = 0; i < batch * 5; i++) operation(i); // warm-up: let V8 optimise first
  let count = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) operation(count + i);
    count += batch;
    elapsed = process.hrtime.bigint() - start;
  }
  return count / (Number(elapsed) / 1e9);
}

const samples = Array.from({ length: 1024 }, () => sealToken(keyring, { token, context }).sealed);
let sink = 0;

const seal = measure(() => {
  sink += sealToken(keyring, { token, context }).sealed.length;
});
const open = measure((i) => {
  sink += openToken(keyring, { sealed: samples[i % samples.length]!, context }).length;
});
const pair = measure(() => {
  const { sealed } = sealToken(keyring, { token, context });
  if (openToken(keyring, { sealed, context }) !== token) throw new Error('Round trip failed');
});
const fingerprint = measure(() => {
  sink += fingerprintFor(keyring, token).length;
});

const format = (rate: number) => Math.round(rate).toLocaleString('en-US').padStart(10);
console.log(`Vault benchmark: ${token.length}-char token, ${samples[0]!.length}-byte envelope, Node ${process.version}`);
console.log(`seal:            ${format(seal)} ops/s`);
console.log(`open:            ${format(open)} ops/s`);
console.log(`seal+open pairs: ${format(pair)} pairs/s (target >= 40,000)`);
console.log(`fingerprint:     ${format(fingerprint)} ops/s`);
if (sink < 0) console.log(sink); // keeps the results observable so nothing is optimised away
