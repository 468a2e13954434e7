import fs from 'node:fs';
import internals from '@prisma/internals';
import type { SqlConnection } from '@/lib/db/sql-connection';

/** A database schema reduced to what the drift test compares, as sorted printable lines. */
export type SchemaShape = string[];

const scalarTypes: Record<string, string> = {
  String: 'text', Int: 'int4', BigInt: 'int8', Boolean: 'bool', DateTime: 'timestamp',
  Float: 'float8', Decimal: 'numeric', Json: 'jsonb', Bytes: 'bytea',
};
const nativeTypes: Record<string, string> = {
  Uuid: 'uuid', Text: 'text', VarChar: 'varchar', Timestamptz: 'timestamptz', Timestamp: 'timestamp',
  Integer: 'int4', SmallInt: 'int2', Date: 'date', Citext: 'citext', JsonB: 'jsonb',
};

interface DmmfDefault { name: string; args: unknown[] }

function expectedDefault(value: unknown): string {
  if (value === undefined) return 'none';
  if (typeof value === 'object' && value !== null && 'name' in value) {
    const fn = value as DmmfDefault;
    if (fn.name === 'now') return 'CURRENT_TIMESTAMP';
    if (fn.name === 'dbgenerated') return String(fn.args[0]);
    if (fn.name === 'autoincrement') return 'nextval';
    return 'none'; // uuid(), cuid(): filled in by Prisma Client, not the database
  }
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** What the Prisma schema says the database should look like. */
export async function shapeFromPrismaSchema(schemaFile: string): Promise<SchemaShape> {
  const { datamodel } = await internals.getDMMF({ datamodel: fs.readFileSync(schemaFile, 'utf8') });
  const lines: string[] = [];
  for (const model of datamodel.models) {
    const table = model.dbName ?? model.name;
    const columnOf = new Map(model.fields.map((field) => [field.name, field.dbName ?? field.name]));
    for (const field of model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum')) {
      const native = field.nativeType as [string, string[]] | null | undefined;
      const base = field.kind === 'enum' ? field.type : native ? nativeTypes[native[0]] ?? native[0].toLowerCase() : scalarTypes[field.type];
      const type = field.isList ? `_${base}` : base;
      const nullable = field.isRequired ? 'not null' : 'null';
      lines.push(`column ${table}.${columnOf.get(field.name)} ${type} ${nullable} default=${expectedDefault(field.default)}`);
    }
    const uniques = [
      model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name),
      ...model.uniqueFields,
      ...model.fields.filter((f) => f.isUnique).map((f) => [f.name]),
    ];
    for (const fields of uniques) lines.push(`unique ${table}(${fields.map((f) => columnOf.get(f)).join(',')})`);
    // A partial unique index (`where:`) is not a unique field to Prisma Client, so it is only in
    // `indexes`; the DMMF leaves its predicate out, so only its being partial is compared.
    const uniqueKeys = new Set(uniques.map((fields) => fields.join(',')));
    for (const index of datamodel.indexes.filter((i) => i.model === model.name && i.type === 'unique')) {
      const fields = index.fields.map((f) => f.name);
      if (!uniqueKeys.has(fields.join(','))) lines.push(`unique ${table}(${fields.map((f) => columnOf.get(f)).join(',')}) partial`);
    }
  }
  for (const enumType of datamodel.enums) lines.push(`enum ${enumType.dbName ?? enumType.name} ${enumType.values.map((v) => v.dbName ?? v.name).join(',')}`);
  return lines.sort();
}

function normalizeDefault(value: string | null): string {
  if (value === null) return 'none';
  if (value.startsWith('nextval(')) return 'nextval';
  return value.replace(/::[\w" ]+(\[\])?$/, '').replace(/^'(.*)'$/, "'$1'");
}

/** What a migrated database actually looks like (public schema, without Prisma's bookkeeping). */
export async function shapeFromDatabase(db: SqlConnection): Promise<SchemaShape> {
  const columns = await db.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string; column_default: string | null }>(
    `SELECT table_name, column_name, udt_name, is_nullable, column_default FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
       -- Views (AuditLogEntry) are read with raw SQL and have no Prisma model to compare with.
       AND table_name NOT IN (SELECT table_name FROM information_schema.views WHERE table_schema = 'public')`,
  );
  const uniques = await db.query<{ table_name: string; columns: string; partial: boolean }>(
    `SELECT t.relname AS table_name, string_agg(a.attname, ',' ORDER BY k.ord) AS columns, i.indpred IS NOT NULL AS partial
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE n.nspname = 'public' AND i.indisunique AND t.relname <> '_prisma_migrations'
     GROUP BY i.indexrelid, t.relname, i.indpred IS NOT NULL`,
  );
  const enums = await db.query<{ name: string; vals: string }>(
    `SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS vals
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname`,
  );
  return [
    ...columns.map((c) => `column ${c.table_name}.${c.column_name} ${c.udt_name} ${c.is_nullable === 'YES' ? 'null' : 'not null'} default=${normalizeDefault(c.column_default)}`),
    ...uniques.map((u) => `unique ${u.table_name}(${u.columns})${u.partial ? ' partial' : ''}`),
    ...enums.map((e) => `enum ${e.name} ${e.vals}`),
  ].sort();
}

/** Lines only in one of the shapes, marked as a diff would: "- expected" / "+ actual". */
export function diffShapes(expected: SchemaShape, actual: SchemaShape): string[] {
  const have = new Set(actual);
  const want = new Set(expected);
  return [...expected.filter((line) => !have.has(line)).map((line) => `- ${line}`), ...actual.filter((line) => !want.has(line)).map((line) => `+ ${line}`)];
}
