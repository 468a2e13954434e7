import pg from 'pg';

/** Runs one statement on a Postgres server's maintenance database (CREATE / DROP DATABASE). */
export async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
