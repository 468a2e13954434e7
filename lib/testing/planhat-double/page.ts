// Planhat's list semantics: limit/offset paging, optional sort, select that always keeps _id.
import type { DoubleRecord } from './data';
import { DEFAULT_LIMIT } from './catalogue';

export type ListQuery = { limit?: string; offset?: string; sort?: string; select?: string };

export function pageRecords(records: readonly DoubleRecord[], query: ListQuery, maxLimit: number): Record<string, unknown>[] {
  const limit = Math.min(positiveInt(query.limit) ?? DEFAULT_LIMIT, maxLimit);
  const offset = nonNegativeInt(query.offset) ?? 0;
  const sorted = query.sort ? sortBy(records, query.sort) : records;
  const page = sorted.slice(offset, offset + limit);
  const fields = query.select
    ?.split(',')
    .map((field) => field.trim())
    .filter(Boolean);
  if (!fields || fields.length === 0) return page.map((record) => ({ ...record }));
  return page.map((record) => {
    const picked: Record<string, unknown> = { _id: record._id };
    for (const field of fields) if (field in record) picked[field] = record[field];
    return picked;
  });
}

function sortBy(records: readonly DoubleRecord[], sort: string): DoubleRecord[] {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const direction = descending ? -1 : 1;
  // Records missing the field go last, whatever the direction, as Mongo-backed APIs tend to do.
  return [...records].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === undefined || x === null) return y === undefined || y === null ? 0 : 1;
    if (y === undefined || y === null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * direction;
    return String(x).localeCompare(String(y)) * direction;
  });
}

function positiveInt(value: string | undefined): number | undefined {
  const number = value === undefined ? NaN : Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

function nonNegativeInt(value: string | undefined): number | undefined {
  const number = value === undefined ? NaN : Number(value);
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}
