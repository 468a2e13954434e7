// Integration tests create their own databases (lib/testing/test-database.ts); this only says where.
export default function setup() {
  const url = process.env.DATABASE_URL;
  console.log(url ? `integration tests: fresh databases on the Postgres server of DATABASE_URL` : 'integration tests: embedded PGlite');
}
