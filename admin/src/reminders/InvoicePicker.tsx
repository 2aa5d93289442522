import { Box, Checkbox, FormHelperText, Skeleton, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { useInput, useLocale, useTranslate, type Identifier, type Validator } from 'react-admin';
import { formatDate, formatMoney } from '../shared/format';
import { visuallyHidden } from '../shared/visuallyHidden';
import type { WorklistInvoice } from './types';
import { InvoiceLink, daysText } from './parts';

const atLeastOne: Validator = (value) => (Array.isArray(value) && value.length > 0 ? undefined : 'resources.reminders.validation.invoiceRequired');

const same = (a: Identifier, b: Identifier) => String(a) === String(b);

/**
 * The client's overdue invoices with a checkbox each (form value: invoiceIds). The totals of the
 * ticked invoices are shown under the table; the server recomputes everything.
 */
export const InvoicePicker = ({
  source = 'invoiceIds',
  invoices,
  loading,
  caption,
}: {
  source?: string;
  invoices: WorklistInvoice[] | undefined;
  loading: boolean;
  caption: string;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { field, fieldState } = useInput({ source, validate: atLeastOne, defaultValue: [] });
  const selected: Identifier[] = Array.isArray(field.value) ? field.value : [];
  const list = invoices ?? [];
  const isChecked = (id: Identifier) => selected.some((s) => same(s, id));
  const checkedInvoices = list.filter((i) => isChecked(i.invoiceId));
  const allChecked = list.length > 0 && checkedInvoices.length === list.length;
  const money = (c: number) => formatMoney(c, locale);
  const f = (name: string) => translate(`resources.reminders.invoice.${name}`);
  const error = fieldState.error?.message;

  const toggle = (id: Identifier) => {
    field.onChange(isChecked(id) ? selected.filter((s) => !same(s, id)) : [...selected, id]);
    field.onBlur();
  };

  if (loading) return <Skeleton variant="rectangular" height={96} />;
  if (list.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
        {translate('resources.reminders.picker.none')}
      </Typography>
    );
  }
  return (
    <Box>
      <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
        <Table size="small">
          <Box component="caption" sx={visuallyHidden}>
            {caption}
          </Box>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Checkbox
                  size="small"
                  checked={allChecked}
                  indeterminate={checkedInvoices.length > 0 && !allChecked}
                  onChange={() => {
                    field.onChange(allChecked ? [] : list.map((i) => i.invoiceId));
                    field.onBlur();
                  }}
                  slotProps={{ input: { 'aria-label': translate('resources.reminders.picker.all') } }}
                />
              </TableCell>
              <TableCell>{f('number')}</TableCell>
              <TableCell>{f('date')}</TableCell>
              <TableCell>{f('dueDate')}</TableCell>
              <TableCell align="right">{f('grossCents')}</TableCell>
              <TableCell align="right">{f('paidCents')}</TableCell>
              <TableCell align="right">{f('balanceCents')}</TableCell>
              <TableCell align="right">{f('daysOverdue')}</TableCell>
              <TableCell>{f('lastLevel')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.map((invoice) => (
              <TableRow key={String(invoice.invoiceId)} hover selected={isChecked(invoice.invoiceId)}>
                <TableCell padding="checkbox">
                  <Checkbox
                    size="small"
                    checked={isChecked(invoice.invoiceId)}
                    onChange={() => toggle(invoice.invoiceId)}
                    slotProps={{ input: { 'aria-label': translate('resources.reminders.picker.one', { number: invoice.number }) } }}
                  />
                </TableCell>
                <TableCell>
                  <InvoiceLink id={invoice.invoiceId} number={invoice.number} />
                </TableCell>
                <TableCell>{formatDate(invoice.date, locale)}</TableCell>
                <TableCell>{formatDate(invoice.dueDate, locale)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {money(invoice.grossCents)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {invoice.paidCents ? money(invoice.paidCents) : '—'}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                  {money(invoice.balanceCents)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {invoice.daysOverdue > 0 ? daysText(invoice.daysOverdue, translate) : translate('resources.reminders.worklist.notDue')}
                </TableCell>
                <TableCell>{invoice.lastLevel ? translate('resources.reminders.levelShort', { level: invoice.lastLevel }) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={6} sx={{ fontWeight: 700, color: 'text.primary', fontSize: '0.875rem' }}>
                {translate('resources.reminders.picker.selected', { smart_count: checkedInvoices.length })}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary', whiteSpace: 'nowrap', fontSize: '0.875rem' }}>
                {money(checkedInvoices.reduce((s, i) => s + i.balanceCents, 0))}
              </TableCell>
              <TableCell colSpan={2} />
            </TableRow>
          </TableFooter>
        </Table>
      </Box>
      {error && (fieldState.isTouched || fieldState.invalid) ? (
        <FormHelperText error role="alert">
          {translate(error, { _: error })}
        </FormHelperText>
      ) : null}
    </Box>
  );
};

/** Sum of the balances of the ticked invoices. */
export const selectedBalance = (invoices: WorklistInvoice[] | undefined, ids: Identifier[] | undefined) =>
  (invoices ?? []).filter((i) => (ids ?? []).some((id) => same(id, i.invoiceId))).reduce((s, i) => s + i.balanceCents, 0);
