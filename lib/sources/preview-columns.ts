import type { PlanhatModelId } from '@/lib/connectors/planhat/models';

export interface PreviewColumn {
  field: string;
  label: string;
  kind?: 'number' | 'date' | 'money';
}

/** Each model's main fields (PLANHAT_API.md): the preview asks Planhat for these only. */
export const PREVIEW_COLUMNS: Record<PlanhatModelId, readonly PreviewColumn[]> = {
  companies: [
    { field: 'name', label: 'Name' },
    { field: 'externalId', label: 'External ID' },
    { field: 'phase', label: 'Phase' },
    { field: 'status', label: 'Status' },
    { field: 'mrr', label: 'MRR', kind: 'money' },
    { field: 'arr', label: 'ARR', kind: 'money' },
  ],
  endusers: [
    { field: 'name', label: 'Name' },
    { field: 'email', label: 'Email' },
    { field: 'companyName', label: 'Company' },
    { field: 'position', label: 'Position' },
  ],
  licenses: [
    { field: 'product', label: 'Product' },
    { field: 'companyName', label: 'Company' },
    { field: 'mrr', label: 'MRR', kind: 'money' },
    { field: 'fromDate', label: 'From', kind: 'date' },
    { field: 'toDate', label: 'To', kind: 'date' },
    { field: 'renewalStatus', label: 'Renewal' },
  ],
  nps: [
    { field: 'email', label: 'Email' },
    { field: 'score', label: 'Score', kind: 'number' },
    { field: 'comment', label: 'Comment' },
    { field: 'dateAnswered', label: 'Answered', kind: 'date' },
  ],
  conversations: [
    { field: 'subject', label: 'Subject' },
    { field: 'type', label: 'Type' },
    { field: 'date', label: 'Date', kind: 'date' },
  ],
  tickets: [
    { field: 'title', label: 'Title' },
    { field: 'email', label: 'Email' },
    { field: 'status', label: 'Status' },
    { field: 'severity', label: 'Severity' },
  ],
  tasks: [
    { field: 'action', label: 'Action' },
    { field: 'status', label: 'Status' },
    { field: 'startTime', label: 'Start', kind: 'date' },
  ],
  issues: [
    { field: 'title', label: 'Title' },
    { field: 'status', label: 'Status' },
    { field: 'archived', label: 'Archived' },
  ],
  invoices: [
    { field: 'invoiceNo', label: 'Invoice' },
    { field: 'cName', label: 'Company' },
    { field: 'status', label: 'Status' },
    { field: 'amountTotal', label: 'Amount', kind: 'number' },
    { field: 'currency', label: 'Currency' },
    { field: 'invoiceDate', label: 'Date', kind: 'date' },
  ],
  opportunities: [
    { field: 'title', label: 'Title' },
    { field: 'status', label: 'Status' },
    { field: 'salesStage', label: 'Stage' },
    { field: 'mrr', label: 'MRR', kind: 'money' },
    { field: 'closeDate', label: 'Close date', kind: 'date' },
  ],
  churn: [
    { field: 'churnDate', label: 'Churn date', kind: 'date' },
    { field: 'reasons', label: 'Reasons' },
    { field: 'value', label: 'Value', kind: 'money' },
    { field: 'arr', label: 'ARR', kind: 'money' },
  ],
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/** A cell's text. Values come from Planhat as they are; React escapes them when rendering. */
export function formatCell(value: unknown, kind?: PreviewColumn['kind']): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString('en', { maximumFractionDigits: kind === 'money' ? 0 : 2 });
  if (typeof value === 'string') return kind === 'date' && ISO_DATE.test(value) ? value.slice(0, 10) : value;
  if (Array.isArray(value)) return value.map((entry) => formatCell(entry)).join(', ');
  return JSON.stringify(value);
}
