import { Box, Checkbox, FormHelperText, Skeleton, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { AutocompleteInput, ReferenceInput, required, useInput, useLocale, useTranslate, type Identifier, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { ThirdParty } from '../types';
import { formatMoney } from '../shared/format';
import { CaptionedTable } from '../shared/TableParts';
import type { WorklistInvoice, WorklistRow } from './types';
import { InvoiceHeadCells, OVERDUE_INVOICE_COLUMNS, OverdueInvoiceCells } from './InvoiceCells';

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
      <CaptionedTable caption={caption}>
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
            <InvoiceHeadCells columns={OVERDUE_INVOICE_COLUMNS} />
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
              <OverdueInvoiceCells invoice={invoice} />
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={6} sx={{ fontWeight: 700, color: 'text.primary', fontSize: '0.875rem' }}>
              {translate('resources.reminders.picker.selected', { smart_count: checkedInvoices.length })}
            </TableCell>
            <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary', whiteSpace: 'nowrap', fontSize: '0.875rem' }}>
              {formatMoney(checkedInvoices.reduce((s, i) => s + i.balanceCents, 0), locale)}
            </TableCell>
            <TableCell colSpan={2} />
          </TableRow>
        </TableFooter>
      </CaptionedTable>
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

/** The form's client (clientId) and its worklist row, when it has overdue invoices. */
export const useClientRow = (rows: WorklistRow[] | undefined) => {
  const clientId = useWatch({ name: 'clientId' });
  return { clientId, row: rows?.find((r) => String(r.clientId) === String(clientId)) };
};

/** The client of a receivables form (clientId, required), searched by name or code. */
export const ClientReferenceInput = ({ label }: { label: string }) => (
  <ReferenceInput source="clientId" reference="third-parties" filter={{ role: 'client' }} sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput
      optionText={(t: ThirdParty) => (t ? `${t.name} (${t.code})` : '')}
      filterToQuery={(q: string) => ({ q })}
      validate={required()}
      label={label}
    />
  </ReferenceInput>
);

/** The InvoicePicker of the chosen client's overdue invoices (worklist rows); until a client is chosen, a hint. */
export const ClientInvoicePicker = ({ rows, loading, caption }: { rows: WorklistRow[] | undefined; loading: boolean; caption: string }) => {
  const translate = useTranslate();
  const { clientId, row } = useClientRow(rows);
  if (clientId == null || clientId === '') {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.reminders.create.chooseClient')}
      </Typography>
    );
  }
  return <InvoicePicker invoices={row?.invoices} loading={loading} caption={caption} />;
};
