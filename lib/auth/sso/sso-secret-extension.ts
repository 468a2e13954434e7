import 'server-only';
import type { Db } from '@/lib/db/client';
import { getKeyring } from '@/lib/credentials/keyring';
import { log } from '@/lib/log';
import { openClientSecret } from './client-secret';
import { parseStoredOidcConfig } from './oidc-config';

interface ProviderRow {
  providerId?: string;
  organizationId?: string | null;
  oidcConfig?: string | null;
}

/**
 * The row as Better Auth's SSO plugin may see it: oidcConfig with the client secret opened, for
 * the one request that signs someone in. A secret that does not open (a removed vault key, a row
 * copied elsewhere) is left out, so sign-in fails at the token endpoint instead of guessing.
 */
function opened<Row extends ProviderRow | null>(row: Row): Row {
  if (!row?.oidcConfig || !row.providerId || !row.organizationId) return row;
  const config = parseStoredOidcConfig(row.oidcConfig);
  if (!config) return row;
  const { sealedClientSecret, ...rest } = config;
  let clientSecret: string | undefined;
  try {
    clientSecret = openClientSecret(getKeyring(), { workspaceId: row.organizationId, providerId: row.providerId }, sealedClientSecret);
  } catch (error) {
    log.warn(`sso: the client secret of provider ${row.providerId} cannot be opened (${(error as Error).name})`);
  }
  return { ...row, oidcConfig: JSON.stringify({ ...rest, sealedClientSecret: undefined, clientSecret }) };
}

// The AAD names the workspace and the provider: read them too whenever oidcConfig is read.
function withAadFields<Args extends { select?: Record<string, unknown> | null }>(args: Args): { args: Args; added: string[] } {
  if (!args.select || !args.select.oidcConfig) return { args, added: [] };
  const added = ['providerId', 'organizationId'].filter((field) => !args.select![field]);
  return { args: { ...args, select: { ...args.select, ...Object.fromEntries(added.map((field) => [field, true])) } }, added };
}

function strip<Row extends object | null>(row: Row, added: string[]): Row {
  if (!row || added.length === 0) return row;
  const copy: Record<string, unknown> = { ...row };
  for (const field of added) delete copy[field];
  return copy as Row;
}

/** Every write of oidcConfig must hold the secret sealed: a plaintext clientSecret never reaches the table. */
function refusePlaintext(data: unknown) {
  const rows = Array.isArray(data) ? data : [data];
  for (const row of rows as ProviderRow[]) {
    const text = row?.oidcConfig;
    if (typeof text === 'string' && 'clientSecret' in (JSON.parse(text) as object)) {
      throw new Error('ssoProvider.oidcConfig must not hold a plaintext clientSecret: save providers through lib/auth/sso.');
    }
  }
}

/**
 * The Prisma client Better Auth's adapter uses, with ssoProvider rows opened on read and
 * plaintext secrets refused on write. Only the auth sees opened rows; the app's own reads of
 * ssoProvider (the settings page) get the sealed text.
 */
export function withSsoSecrets(db: Db) {
  return db.$extends({
    name: 'sso-client-secrets',
    query: {
      ssoProvider: {
        async findFirst({ args, query }) {
          const { args: read, added } = withAadFields(args);
          return strip(opened((await query(read)) as ProviderRow | null), added) as Awaited<ReturnType<typeof query>>;
        },
        async findUnique({ args, query }) {
          const { args: read, added } = withAadFields(args);
          return strip(opened((await query(read)) as ProviderRow | null), added) as Awaited<ReturnType<typeof query>>;
        },
        async findMany({ args, query }) {
          const { args: read, added } = withAadFields(args);
          const rows = (await query(read)) as ProviderRow[];
          return rows.map((row) => strip(opened(row), added)) as Awaited<ReturnType<typeof query>>;
        },
        async create({ args, query }) {
          refusePlaintext(args.data);
          return query(args);
        },
        async createMany({ args, query }) {
          refusePlaintext(args.data);
          return query(args);
        },
        async update({ args, query }) {
          refusePlaintext(args.data);
          return query(args);
        },
        async updateMany({ args, query }) {
          refusePlaintext(args.data);
          return query(args);
        },
        async upsert({ args, query }) {
          refusePlaintext(args.create);
          refusePlaintext(args.update);
          return query(args);
        },
      },
    },
  });
}
