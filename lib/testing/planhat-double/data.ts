// Deterministic records for every model, built once per process. Cross-references (companyId,
// euId, ...) point at real records so previews and joins look like a real workspace.
import type { DoubleModel } from './catalogue';
import * as names from './names';
import { isoDay, objectId, picker } from './seeded';

export type DoubleRecord = { _id: string } & Record<string, unknown>;

export const COMPANY_COUNT = 57;
const OWNER_IDS = [0, 1, 2, 3, 4].map((index) => objectId('users', index));

let cache: Record<DoubleModel, DoubleRecord[]> | undefined;

export function recordsFor(model: DoubleModel): DoubleRecord[] {
  cache ??= buildAll();
  return cache[model];
}

function buildAll(): Record<DoubleModel, DoubleRecord[]> {
  const r = picker(20240611);
  const companies = Array.from({ length: COMPANY_COUNT }, (_, index): DoubleRecord => {
    const stem = names.COMPANY_STEMS[index % names.COMPANY_STEMS.length] as string;
    const suffix = names.COMPANY_SUFFIXES[Math.floor(index / names.COMPANY_STEMS.length) % names.COMPANY_SUFFIXES.length] as string;
    const mrr = r.int(4, 400) * 50;
    return {
      _id: objectId('companies', index),
      name: `${stem} ${suffix} ${r.pick(names.LEGAL_FORMS)}`,
      externalId: `CRM-${String(1000 + index)}`,
      sourceId: `001${String(index).padStart(5, '0')}`,
      owner: r.pick(OWNER_IDS),
      phase: r.pick(names.PHASES),
      status: r.pick(names.COMPANY_STATUSES),
      domains: [`${stem}${suffix}`.toLowerCase() + '.example.com'],
      mrr,
      arr: mrr * 12,
      custom: { industry: r.pick(names.INDUSTRIES), tier: r.pick(['SMB', 'Mid-market', 'Enterprise']) },
      createdAt: isoDay(index * 5),
    };
  });
  const company = (index: number) => companies[index % companies.length] as DoubleRecord;
  const domainOf = (c: DoubleRecord) => (c.domains as string[])[0] as string;

  const endusers: DoubleRecord[] = [];
  companies.forEach((c, companyIndex) => {
    for (let n = r.int(2, 4); n > 0; n--) {
      const firstName = r.pick(names.FIRST_NAMES);
      const lastName = r.pick(names.LAST_NAMES);
      const index = endusers.length;
      endusers.push({
        _id: objectId('endusers', index),
        email: `${firstName}.${lastName}${index}@${domainOf(c)}`.toLowerCase(),
        firstName,
        lastName,
        name: `${firstName} ${lastName}`,
        companyId: c._id,
        companyName: c.name,
        position: r.pick(names.POSITIONS),
        archived: r.chance(0.08),
        createdAt: isoDay(companyIndex * 5 + n),
      });
    }
  });
  const enduser = (index: number) => endusers[index % endusers.length] as DoubleRecord;

  const licenses = Array.from({ length: 72 }, (_, index): DoubleRecord => {
    const c = company(index);
    const mrr = r.int(2, 120) * 25;
    const from = r.int(0, 700);
    return {
      _id: objectId('licenses', index),
      companyId: c._id,
      companyName: c.name,
      product: r.pick(names.PRODUCTS),
      value: mrr * 12,
      mrr,
      arr: mrr * 12,
      fromDate: isoDay(from),
      toDate: isoDay(from + 365),
      renewalStatus: r.pick(['ongoing', 'renewed', 'lost']),
    };
  });

  const nps = Array.from({ length: 90 }, (_, index): DoubleRecord => {
    const user = enduser(index * 2);
    const sent = r.int(30, 700);
    return {
      _id: objectId('nps', index),
      cId: user.companyId,
      euId: user._id,
      email: user.email,
      score: r.int(0, 10),
      comment: r.pick(names.NPS_COMMENTS),
      dateSent: isoDay(sent),
      dateAnswered: isoDay(sent + r.int(0, 6), 14),
    };
  });

  const conversations = Array.from({ length: 120 }, (_, index): DoubleRecord => ({
    _id: objectId('conversations', index),
    type: r.pick(names.CONVERSATION_TYPES),
    companyId: company(index * 7)._id,
    subject: r.pick(names.CONVERSATION_SUBJECTS),
    date: isoDay(r.int(0, 720), r.int(8, 17)),
  }));

  const tickets = Array.from({ length: 45 }, (_, index): DoubleRecord => {
    const user = enduser(index * 3);
    return {
      _id: objectId('tickets', index),
      title: r.pick(names.TICKET_TITLES),
      email: user.email,
      status: r.pick(['open', 'pending', 'solved', 'closed']),
      severity: r.pick(['low', 'normal', 'high', 'urgent']),
      companyId: user.companyId,
    };
  });

  const tasks = Array.from({ length: 80 }, (_, index): DoubleRecord => ({
    _id: objectId('tasks', index),
    action: r.pick(names.TASK_ACTIONS),
    status: r.pick(['planned', 'completed', 'completed', 'cancelled']),
    companyId: company(index * 3)._id,
    ownerId: r.pick(OWNER_IDS),
    startTime: isoDay(r.int(0, 720), r.int(8, 17)),
  }));

  const issues = names.ISSUE_TITLES.map((title, index): DoubleRecord => ({
    _id: objectId('issues', index),
    title,
    status: r.pick(['open', 'in progress', 'resolved']),
    companyIds: [company(index * 5)._id, company(index * 5 + 11)._id],
    archived: index % 5 === 4,
  }));

  const invoices = Array.from({ length: 100 }, (_, index): DoubleRecord => {
    const c = company(index);
    return {
      _id: objectId('invoices', index),
      cId: c._id,
      cName: c.name,
      invoiceNo: `INV-2024-${String(index + 1).padStart(4, '0')}`,
      status: r.pick(['paid', 'paid', 'paid', 'unpaid', 'overdue']),
      amountTotal: r.int(10, 900) * 10,
      currency: r.pick(names.CURRENCIES),
      invoiceDate: isoDay(r.int(0, 720)),
    };
  });

  const opportunities = Array.from({ length: 30 }, (_, index): DoubleRecord => {
    const mrr = r.int(4, 200) * 50;
    const c = company(index * 2);
    return {
      _id: objectId('opportunities', index),
      title: `${(c.name as string).split(' ')[0]} – ${r.pick(names.PRODUCTS)}`,
      companyId: c._id,
      status: r.pick(['open', 'won', 'lost']),
      salesStage: r.pick(names.SALES_STAGES),
      mrr,
      arr: mrr * 12,
      closeDate: isoDay(r.int(200, 900)),
    };
  });

  const churn = companies
    .filter((c) => c.status === 'canceled' || c.status === 'lost')
    .slice(0, 6)
    .map((c, index): DoubleRecord => ({
      _id: objectId('churn', index),
      companyId: c._id,
      churnDate: isoDay(r.int(300, 720)),
      reasons: [r.pick(names.CHURN_REASONS)],
      value: c.mrr,
      arr: c.arr,
    }));

  return { companies, endusers, licenses, nps, conversations, tickets, tasks, issues, invoices, opportunities, churn };
}
