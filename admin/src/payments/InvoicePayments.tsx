import { Box, Button, Chip, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import PaymentsIcon from '@mui/icons-material/Payments';
import { LinkBase, useGetList, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { Invoice, Payment } from '../types';
import { Info, InfoBlock } from '../shared/DocumentShowParts';
import { SectionTitle } from '../shared/DocumentShowLayout';
import { formatDate, formatMoney } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';
import { visuallyHidden } from '../shared/visuallyHidden';
import { PaymentStatusChip } from './paymentKinds';

const STATUS_COLORS = { paid: 'success', partially_paid: 'info', unpaid: 'default', overdue: 'error' } as const;

/** "Réglée", "Partiellement réglée", "Non échue", "En retard — 45 j" (the server's status on the scenario day). */
export const InvoicePaymentStatusChip = ({ invoice }: { invoice: Pick<Invoice, 'paymentStatus' | 'daysOverdue' | 'status'> }) => {
  const translate = useTranslate();
  if (invoice.status !== 'validated' || !invoice.paymentStatus) return null;
  const status = invoice.paymentStatus;
  const color = STATUS_COLORS[status] ?? 'default';
  const label = translate(`app.enums.invoicePaymentStatus.${status}`, { _: status });
  return (
    <Chip
      size="small"
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      sx={{ transition: 'none' }}
      label={status === 'overdue' && invoice.daysOverdue ? translate('app.credit.overdueDays', { label, smart_count: invoice.daysOverdue }) : label}
    />
  );
};

/** "Enregistrer un règlement" from a validated invoice that still owes something: client and invoice prefilled. */
export const RecordPaymentButton = () => {
  const invoice = useRecordContext<Invoice>();
  const translate = useTranslate();
  const canWrite = useCanWrite();
  if (!invoice || !canWrite || invoice.status !== 'validated' || !invoice.balanceCents || invoice.balanceCents <= 0) return null;
  return (
    <Button
      size="small"
      variant="contained"
      color="success"
      startIcon={<PaymentsIcon />}
      component={LinkBase}
      to="/payments/create"
      state={{
        record: {
          clientId: invoice.clientId,
          amountCents: invoice.balanceCents,
          method: invoice.paymentMethod ?? undefined,
          alloc: { [`i${invoice.id}`]: invoice.balanceCents },
        },
      }}
    >
      {translate('resources.payments.actions.record')}
    </Button>
  );
};

/** Paid, credited, balance, payment status and days overdue of a validated invoice (server figures). */
export const InvoiceBalanceInfo = () => {
  const invoice = useRecordContext<Invoice>();
  const locale = useLocale();
  if (!invoice || invoice.status !== 'validated' || invoice.balanceCents == null) return null;
  const money = (c: number | null | undefined) => formatMoney(c ?? 0, locale);
  return (
    <InfoBlock title="resources.invoices.sections.payment" columns={5}>
      <Info caption="resources.payments.invoice.gross">{money(invoice.grossCents)}</Info>
      <Info caption="resources.payments.invoice.paid">{money(invoice.paidCents)}</Info>
      <Info caption="resources.payments.invoice.credited">{money(invoice.creditedCents)}</Info>
      <Info caption="resources.payments.invoice.balance">
        <Box component="strong" sx={{ fontSize: '1rem', color: invoice.paymentStatus === 'overdue' ? 'error.main' : 'text.primary' }}>
          {money(invoice.balanceCents)}
        </Box>
      </Info>
      <Info caption="resources.payments.invoice.status">
        <InvoicePaymentStatusChip invoice={invoice} />
      </Info>
    </InfoBlock>
  );
};

/** The payments allocated to this invoice (from the client's payments, cancelled ones included and marked). */
export const InvoicePaymentsList = () => {
  const invoice = useRecordContext<Invoice>();
  const translate = useTranslate();
  const locale = useLocale();
  const enabled = !!invoice && invoice.status === 'validated';
  const { data, isPending } = useGetList<Payment>(
    'payments',
    { filter: { clientId: invoice?.clientId }, pagination: { page: 1, perPage: 500 }, sort: { field: 'date', order: 'ASC' } },
    { enabled },
  );
  if (!enabled || isPending) return null;
  const mine = (data ?? [])
    .map((p) => ({ payment: p, allocation: p.allocations.find((a) => String(a.invoiceId) === String(invoice.id)) }))
    .filter((x) => x.allocation);
  return (
    <Box component="section" aria-labelledby="invoice-payments-title" sx={{ mb: 2 }}>
      <SectionTitle id="invoice-payments-title">{translate('resources.payments.invoice.title')}</SectionTitle>
      {mine.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.payments.invoice.none')}
        </Typography>
      ) : (
        <Table size="small">
          <Box component="caption" sx={visuallyHidden}>
            {translate('resources.payments.invoice.title')}
          </Box>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.payments.fields.date')}</TableCell>
              <TableCell>{translate('resources.payments.fields.method')}</TableCell>
              <TableCell>{translate('resources.payments.fields.reference')}</TableCell>
              <TableCell align="right">{translate('resources.payments.invoice.allocatedHere')}</TableCell>
              <TableCell align="right">{translate('resources.payments.invoice.paymentTotal')}</TableCell>
              <TableCell>{translate('resources.payments.fields.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {mine.map(({ payment, allocation }) => (
              <TableRow key={String(payment.id)} sx={payment.status === 'cancelled' ? { '& td': { color: 'text.secondary' } } : undefined}>
                <TableCell>
                  <MuiLink component={LinkBase} to={`/payments/${payment.id}/show`} underline="hover" sx={{ fontWeight: 600 }}>
                    {formatDate(payment.date, locale)}
                  </MuiLink>
                </TableCell>
                <TableCell>{translate(`app.enums.paymentMethod.${payment.method}`, { _: payment.method })}</TableCell>
                <TableCell>{payment.reference ?? '—'}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600, textDecoration: payment.status === 'cancelled' ? 'line-through' : undefined }}>
                  {formatMoney(allocation!.amountCents, locale)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(payment.amountCents, locale)}
                </TableCell>
                <TableCell>
                  <PaymentStatusChip status={payment.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
