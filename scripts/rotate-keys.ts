// npm run keys:rotate — re-seals every credential still under an older key (README: Rotating keys).
import nextEnv from '@next/env';
import { getKeyring } from '@/lib/credentials/keyring';
import { keyIdsInUse, rotateKeys, type UnreadableCredential } from '@/lib/credentials/rotate-keys';
import { getDb } from '@/lib/db/client';
import { databaseTarget } from '@/lib/db/database-target';
import { getEnv } from '@/lib/env';

nextEnv.loadEnvConfig(process.cwd());

const whatToDo: Record<UnreadableCredential['code'], string> = {
  'unknown-key': 'sealed under a key that is not in CREDENTIAL_KEYS: add that key back and run again',
  tampered: 'failed authentication (altered, or copied from another credential): replace its token in the app',
  malformed: 'the stored token is damaged: replace its token in the app',
  'unsupported-version': 'sealed by a newer version of the app: run the rotation with that version',
  'kept-changing': 'was edited during every attempt: run again',
};

try {
  const keyring = getKeyring();
  const db = await getDb();
  const active = keyring.activeKey.id;
  console.log(`Re-sealing credentials under key "${active}" in ${databaseTarget(getEnv()).label}`);

  const { resealed, alreadyCurrent, unreadable } = await rotateKeys({
    db,
    keyring,
    onProgress: (progress) => {
      if (progress.stage !== 'written') return;
      const done = progress.resealed + progress.unreadable;
      console.log(`  ${done} of ${progress.stale} credentials under older keys handled (${progress.resealed} re-sealed)`);
    },
  });
  console.log(`Re-sealed ${resealed}, already current ${alreadyCurrent}, unreadable ${unreadable.length}.`);

  const inUse = await keyIdsInUse(db);
  if (unreadable.length > 0) {
    console.error(`\n${unreadable.length} credential(s) could not be re-sealed and still use an older key:`);
    for (const { id, name, workspaceId, code } of unreadable) {
      console.error(`  - ${id} "${name}" (workspace ${workspaceId}): ${code}, ${whatToDo[code]}`);
    }
    console.error(`Key ids still referenced by stored credentials: ${inUse.join(', ')}. Keep them in CREDENTIAL_KEYS for now.`);
    process.exit(1);
  }

  const removable = keyring.ids.filter((id) => id !== active && !inUse.includes(id));
  if (removable.length > 0) {
    console.log(`No credential uses ${removable.map((id) => `"${id}"`).join(', ')} any more: remove ${removable.length === 1 ? 'it' : 'them'} from CREDENTIAL_KEYS and deploy again.`);
  } else {
    console.log(`Every credential is sealed under "${active}"; CREDENTIAL_KEYS has no older keys to remove.`);
  }
  process.exit(0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
