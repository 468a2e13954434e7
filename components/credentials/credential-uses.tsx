import Link from 'next/link';
import type { CredentialUsage } from '@/lib/credentials/credential-usage';
import { modelLabel } from '@/lib/sources/model-access';

/** The sources and destinations built on a credential, as links. */
export function CredentialUses({ usage, className }: { usage: CredentialUsage; className?: string }) {
  return (
    <ul className={className}>
      {usage.sources.map((s) => (
        <li key={s.id}>
          Source <Link href={`/sources/${s.id}`}>{s.name}</Link> · {modelLabel(s.model)}
        </li>
      ))}
      {usage.destinations.map((d) => (
        <li key={d.id}>
          Destination <Link href={`/destinations/${d.id}`}>{d.name}</Link> · {modelLabel(d.model)}
        </li>
      ))}
    </ul>
  );
}

export const usesCount = (usage: CredentialUsage) => usage.sources.length + usage.destinations.length;
