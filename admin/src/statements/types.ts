import type { Identifier } from 'react-admin';

export type StatementEntryKind = 'invoice' | 'credit_note' | 'payment';

export interface StatementEntry {
  id?: Identifier | null;
  documentId?: Identifier | null;
  date: string;
  kind: StatementEntryKind;
  number: string | null;
  label: string;
  dueDate: string | null;
  debitCents: number;
  creditCents: number;
  balanceCents: number;
}

export interface Statement {
  client: {
    id: Identifier;
    code: string;
    name: string;
    customerType?: string;
    language?: 'fr' | 'en';
    [key: string]: unknown;
  };
  from: string;
  to: string;
  openingBalanceCents: number;
  entries: StatementEntry[];
  closingBalanceCents: number;
  totalDebitCents?: number;
  totalCreditCents?: number;
  unallocatedCreditCents?: number;
  date?: string;
  notDueCents: number;
  overdueCents: number;
  overdueInvoices: Array<{ id?: Identifier; invoiceId?: Identifier; number: string; dueDate: string; balanceCents: number; daysOverdue: number }>;
}
