import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlanhatDouble, type PlanhatDouble } from '@/lib/testing/planhat-double/server';
import { readRecords, type ReadRecordsParams } from './read-records';
import { closedPortTemplate, uniqueToken } from './test-support';

let double: PlanhatDouble;
let token: string;
beforeAll(async () => {
  double = await startPlanhatDouble({ port: 0, tokens: [] });
  token = uniqueToken();
  double.addToken({ token, readable: ['companies', 'endusers', 'churn'], empty: ['churn'] });
});
afterAll(() => double.close());

const read = (params: Partial<ReadRecordsParams>, urlTemplate = double.urlTemplate) =>
  readRecords({ token, cluster: 'api', model: 'companies', limit: 10, offset: 0, ...params }, { urlTemplate });

describe('reading Planhat records', () => {
  it('returns one page of records with only the selected fields and _id', async () => {
    const result = await read({ limit: 3, select: ['name', 'mrr'] });
    expect(result.ok).toBe(true);
    const records = result.ok ? result.records : [];
    expect(records).toHaveLength(3);
    for (const record of records) expect(Object.keys(record).sort()).toEqual(['_id', 'mrr', 'name']);
  });

  it('pages through a whole model with limit and offset', async () => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 20) {
      const result = await read({ limit: 20, offset, select: ['_id'] });
      if (!result.ok) throw new Error(result.message);
      ids.push(...result.records.map((record) => record._id));
      if (result.records.length < 20) break;
    }
    expect(ids).toHaveLength(57);
    expect(new Set(ids).size).toBe(57);
  });

  it('passes sort through to Planhat', async () => {
    const result = await read({ limit: 5, sort: '-mrr', select: ['mrr'] });
    const mrr = result.ok ? result.records.map((record) => record.mrr as number) : [];
    expect(mrr).toEqual([...mrr].sort((a, b) => b - a));
  });

  it('returns an empty list for a permitted model without data', async () => {
    expect(await read({ model: 'churn' })).toEqual({ ok: true, records: [] });
  });

  it('returns typed errors for a bad token, a forbidden model, a non-list answer and no answer', async () => {
    const nonArray = uniqueToken();
    double.addToken({ token: nonArray, behaviour: 'non-array' });
    expect(await read({ token: uniqueToken() })).toMatchObject({ ok: false, error: 'invalid-token' });
    expect(await read({ model: 'tickets' })).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await read({ token: nonArray })).toMatchObject({ ok: false, error: 'bad-response' });
    expect(await read({}, await closedPortTemplate())).toMatchObject({ ok: false, error: 'unreachable', message: 'Could not connect to Planhat.' });
  });

  it('rejects out-of-range paging and unsafe field names before calling Planhat', async () => {
    await expect(read({ limit: 0 })).rejects.toThrow(/limit must be an integer from 1 to 5000/);
    await expect(read({ model: 'endusers', limit: 2001 })).rejects.toThrow(/from 1 to 2000/);
    await expect(read({ offset: -1 })).rejects.toThrow(/offset/);
    await expect(read({ select: ['name&limit=9999'] })).rejects.toThrow(/select/);
    await expect(read({ cluster: 'evil.com' as 'api' })).rejects.toThrow(/unknown Planhat region/);
  });
});
