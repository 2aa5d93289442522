import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  InputAdornment,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import ClearAllIcon from '@mui/icons-material/ClearAll';
import { useGetList, useInput, useLocale, useTranslate, type Identifier, type Validator } from 'react-admin';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { Invoice } from '../types';
import { centsToInput, formatDate, formatMoney, parseEuros } from '../shared/format';
import { visuallyHidden } from '../shared/visuallyHidden';

/** Form field of the amount allocated to one invoice: alloc.i<invoiceId> (cents). */
export const allocField = (invoiceId: Identifier) => `alloc.i${invoiceId}`;

const moneyValidator: Validator = (value) =>
  typeof value === 'number' && (Number.isNaN(value) || value < 0) ? 'app.validation.money' : undefined;

/** A compact amount cell (euros typed, cents stored) with an accessible name naming the invoice. */
const AllocationAmountInput = ({ invoiceId, ariaLabel }: { invoiceId: Identifier; ariaLabel: string }) => {
  const locale = useLocale();
  const translate = useTranslate();
  const { field, fieldState, id } = useInput({ source: allocField(invoiceId), validate: moneyValidator });
  const [text, setText] = useState(() => centsToInput(field.value, locale));
  const lastEmitted = useRef<unknown>(field.value);
  useEffect(() => {
    if (!Object.is(field.value, lastEmitted.current)) {
      lastEmitted.current = field.value;
      setText(centsToInput(field.value, locale));
    }
  }, [field.value, locale]);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setText(next);
    const parsed = parseEuros(next);
    const value = parsed === undefined ? Number.NaN : parsed;
    lastEmitted.current = value;
    field.onChange(value);
  };
  const error = fieldState.error?.message;
  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={onChange}
      onBlur={() => {
        field.onBlur();
        if (typeof field.value === 'number' && Number.isFinite(field.value)) setText(centsToInput(field.value, locale));
      }}
      margin="none"
      error={!!error}
      helperText={error ? translate(error, { _: error }) : undefined}
      sx={{ width: 150 }}
      slotProps={{
        input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
        htmlInput: { inputMode: 'decimal', autoComplete: 'off', style: { textAlign: 'right' }, 'aria-label': ariaLabel },
      }}
    />
  );
};

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * The client's open invoices (validated, balance > 0, server figures) with an amount to allocate to
 * each, the "oldest first" spread, and what stays unallocated (client credit), live.
 */
export const AllocationTable = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { setValue, getValues } = useFormContext();
  const { errors } = useFormState({ name: 'allocations' });
  const [clientId, amountCents, alloc] = useWatch({ name: ['clientId', 'amountCents', 'alloc'] }) as [
    Identifier | null | undefined,
    number | null | undefined,
    Record<string, number | null> | undefined,
  ];
  const hasClient = clientId != null && clientId !== '';

  // A new client: the previous client's amounts mean nothing any more.
  const previous = useRef(clientId);
  useEffect(() => {
    if (previous.current !== undefined && previous.current !== clientId) setValue('alloc', {}, { shouldDirty: true });
    previous.current = clientId;
  }, [clientId, setValue]);

  const { data, isPending, error } = useGetList<Invoice>(
    'invoices',
    {
      filter: { clientId, status: 'validated' },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'dueDate', order: 'ASC' },
    },
    { enabled: hasClient },
  );
  const open = useMemo(
    () =>
      (data ?? [])
        .filter((i) => (i.balanceCents ?? 0) > 0)
        .sort((a, b) => (a.dueDate ?? a.date).localeCompare(b.dueDate ?? b.date) || Number(a.id) - Number(b.id)),
    [data],
  );

  const money = (c: number) => formatMoney(c, locale);
  const allocated = open.reduce((sum, i) => {
    const v = alloc?.[`i${i.id}`];
    return sum + (finite(v) && v > 0 ? v : 0);
  }, 0);
  const amount = finite(amountCents) ? amountCents : null;
  const unallocated = amount == null ? null : amount - allocated;

  /** Oldest due date first, each invoice up to its balance, until the amount is used up. */
  const spread = () => {
    let left = finite(getValues('amountCents')) ? (getValues('amountCents') as number) : 0;
    const next: Record<string, number | null> = {};
    for (const invoice of open) {
      const take = Math.max(0, Math.min(left, invoice.balanceCents ?? 0));
      next[`i${invoice.id}`] = take > 0 ? take : null;
      left -= take;
    }
    setValue('alloc', next, { shouldDirty: true, shouldValidate: true });
  };
  const clear = () => setValue('alloc', {}, { shouldDirty: true });

  const rootError = typeof errors.allocations?.message === 'string' ? errors.allocations.message : undefined;

  if (!hasClient) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
        {translate('resources.payments.allocation.chooseClient')}
      </Typography>
    );
  }
  if (isPending) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 1 }} role="status">
        <CircularProgress size={18} />
        <Typography variant="body2">{translate('resources.payments.allocation.loading')}</Typography>
      </Box>
    );
  }
  if (error) {
    return <Alert severity="error">{translate('resources.payments.allocation.loadError')}</Alert>;
  }

  return (
    <Box sx={{ width: '100%' }}>
      {open.length === 0 ? (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('resources.payments.allocation.noOpenInvoice')}
        </Alert>
      ) : (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 1, alignItems: 'center' }}>
            <Button variant="outlined" size="small" startIcon={<CallSplitIcon />} onClick={spread} disabled={amount == null || amount <= 0}>
              {translate('resources.payments.allocation.spread')}
            </Button>
            <Button size="small" startIcon={<ClearAllIcon />} onClick={clear} disabled={allocated === 0}>
              {translate('resources.payments.allocation.clear')}
            </Button>
            <Typography variant="caption" color="text.secondary">
              {translate('resources.payments.allocation.help')}
            </Typography>
          </Box>
          <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Table size="small">
              <Box component="caption" sx={visuallyHidden}>
                {translate('resources.payments.allocation.caption')}
              </Box>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.payments.allocation.invoice')}</TableCell>
                  <TableCell>{translate('resources.payments.allocation.date')}</TableCell>
                  <TableCell>{translate('resources.payments.allocation.dueDate')}</TableCell>
                  <TableCell align="right">{translate('resources.payments.allocation.gross')}</TableCell>
                  <TableCell align="right">{translate('resources.payments.allocation.balance')}</TableCell>
                  <TableCell align="right">{translate('resources.payments.allocation.daysOverdue')}</TableCell>
                  <TableCell align="right">{translate('resources.payments.allocation.amount')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {open.map((invoice) => {
                  const overdue = (invoice.daysOverdue ?? 0) > 0;
                  return (
                    <TableRow key={String(invoice.id)} hover>
                      <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{invoice.number}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(invoice.date, locale)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(invoice.dueDate, locale)}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                        {money(invoice.grossCents)}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
                        {money(invoice.balanceCents ?? 0)}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: overdue ? 'error.main' : 'text.secondary', fontWeight: overdue ? 700 : 400 }}>
                        {overdue
                          ? translate('resources.payments.allocation.days', { smart_count: invoice.daysOverdue })
                          : translate('resources.payments.allocation.notDue')}
                      </TableCell>
                      <TableCell align="right" sx={{ py: 0.5 }}>
                        <AllocationAmountInput
                          invoiceId={invoice.id}
                          ariaLabel={translate('resources.payments.allocation.amountAria', { number: invoice.number ?? '' })}
                        />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
      {rootError ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate(rootError, { _: rootError })}
        </Alert>
      ) : null}
      <Box
        role="status"
        aria-live="polite"
        sx={{
          mt: 1.5,
          display: 'flex',
          justifyContent: 'flex-end',
          gap: 3,
          flexWrap: 'wrap',
          px: 2,
          py: 1,
          borderRadius: 1,
          bgcolor: unallocated != null && unallocated < 0 ? '#fdecea' : '#eef2f6',
        }}
      >
        <Typography variant="body2">
          {translate('resources.payments.allocation.paymentAmount')} <strong>{amount == null ? '—' : money(amount)}</strong>
        </Typography>
        <Typography variant="body2">
          {translate('resources.payments.allocation.totalAllocated')} <strong>{money(allocated)}</strong>
        </Typography>
        <Typography variant="body2" sx={{ color: unallocated != null && unallocated < 0 ? '#8a1c14' : 'text.primary' }}>
          {translate('resources.payments.allocation.unallocated')}{' '}
          <strong>{unallocated == null ? '—' : money(unallocated)}</strong>
        </Typography>
      </Box>
      {unallocated != null && unallocated < 0 ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate('resources.payments.allocation.overAllocated')}
        </Alert>
      ) : unallocated != null && unallocated > 0 && amount ? (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5, textAlign: 'right' }}>
          {translate('resources.payments.allocation.creditHelp')}
        </Typography>
      ) : null}
    </Box>
  );
};
