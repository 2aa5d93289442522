import { TableCell } from '@mui/material';
import { useLocale, useTranslate, type Identifier } from 'react-admin';
import { formatDate, formatMoney } from '../shared/format';
import type { WorklistInvoice } from './types';
import { InvoiceLink, daysText } from './parts';

/** The invoice columns of the receivables tables (labels in resources.reminders.invoice). */
export type InvoiceColumn =
  | 'number'
  | 'date'
  | 'dueDate'
  | 'grossCents'
  | 'paidCents'
  | 'balanceCents'
  | 'daysOverdue'
  | 'lastLevel'
  | 'daysLate'
  | 'rateBp'
  | 'penaltyCents'
  | 'indemnityCents';

const TEXT_COLUMNS: readonly InvoiceColumn[] = ['number', 'date', 'dueDate', 'lastLevel'];

/** An overdue invoice as the worklist shows it: figures, delay, last reminder. */
export const OVERDUE_INVOICE_COLUMNS: readonly InvoiceColumn[] = ['number', 'date', 'dueDate', 'grossCents', 'paidCents', 'balanceCents', 'daysOverdue', 'lastLevel'];

/** Header cells of the given invoice columns; figures aligned right. */
export const InvoiceHeadCells = ({ columns }: { columns: readonly InvoiceColumn[] }) => {
  const translate = useTranslate();
  return (
    <>
      {columns.map((column) => (
        <TableCell key={column} align={TEXT_COLUMNS.includes(column) ? undefined : 'right'}>
          {translate(`resources.reminders.invoice.${column}`)}
        </TableCell>
      ))}
    </>
  );
};

/** Number (a link to the invoice), date, due date. */
export const InvoiceRefCells = ({ id, number, date, dueDate }: { id: Identifier; number: string; date: string; dueDate: string }) => {
  const locale = useLocale();
  return (
    <>
      <TableCell>
        <InvoiceLink id={id} number={number} />
      </TableCell>
      <TableCell>{formatDate(date, locale)}</TableCell>
      <TableCell>{formatDate(dueDate, locale)}</TableCell>
    </>
  );
};

/** Amount incl. VAT, already paid ("—" when nothing), balance due (bold). */
export const InvoiceAmountCells = ({ grossCents, paidCents, balanceCents }: { grossCents: number; paidCents: number; balanceCents: number }) => {
  const locale = useLocale();
  const money = (c: number) => formatMoney(c, locale);
  return (
    <>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {money(grossCents)}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {paidCents ? money(paidCents) : '—'}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
        {money(balanceCents)}
      </TableCell>
    </>
  );
};

/** "12 j" late, or "Non échue"; in red when `lateInRed` and late. */
export const DaysOverdueCell = ({ days, lateInRed = false }: { days: number; lateInRed?: boolean }) => {
  const translate = useTranslate();
  return (
    <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: lateInRed && days > 0 ? 'error.main' : undefined }}>
      {days > 0 ? daysText(days, translate) : translate('resources.reminders.worklist.notDue')}
    </TableCell>
  );
};

/** The cells of OVERDUE_INVOICE_COLUMNS for one invoice. */
export const OverdueInvoiceCells = ({ invoice, lateInRed }: { invoice: WorklistInvoice; lateInRed?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <InvoiceRefCells id={invoice.invoiceId} number={invoice.number} date={invoice.date} dueDate={invoice.dueDate} />
      <InvoiceAmountCells grossCents={invoice.grossCents} paidCents={invoice.paidCents} balanceCents={invoice.balanceCents} />
      <DaysOverdueCell days={invoice.daysOverdue} lateInRed={lateInRed} />
      <TableCell>{invoice.lastLevel ? translate('resources.reminders.levelShort', { level: invoice.lastLevel }) : '—'}</TableCell>
    </>
  );
};
