import { Alert, AlertTitle, Box, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { LinkBase, Show, TopToolbar, useGetMany, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { Invoice, Payment } from '../types';
import { Info, InfoBlock } from '../shared/DocumentShowParts';
import { SectionTitle } from '../shared/DocumentShowLayout';
import { RecordHeader } from '../shared/RecordHeader';
import { formatDate, formatDateTime, formatMoney } from '../shared/format';
import { visuallyHidden } from '../shared/visuallyHidden';
import { InvoicePaymentStatusChip } from './InvoicePayments';
import { CancelPaymentButton } from './CancelPaymentButton';
import { PaymentStatusChip } from './paymentKinds';

export const PaymentTitle = () => {
  const record = useRecordContext<Payment>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return <>{translate('resources.payments.titles.show', { date: formatDate(record.date, locale), client: record.clientName ?? '' })}</>;
};

const Actions = () => (
  <TopToolbar>
    <CancelPaymentButton />
  </TopToolbar>
);

const Header = () => {
  const record = useRecordContext<Payment>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return (
    <RecordHeader
      title={translate('resources.payments.titles.header', { amount: formatMoney(record.amountCents, locale) })}
      chips={
        <>
          <PaymentStatusChip status={record.status} />
          <MuiLink component={LinkBase} to={`/third-parties/${record.clientId}/show`} underline="hover" sx={{ fontWeight: 600, ml: 1 }}>
            {record.clientName}
          </MuiLink>
        </>
      }
    />
  );
};

const CancelledBanner = () => {
  const record = useRecordContext<Payment>();
  const translate = useTranslate();
  const locale = useLocale();
  if (record?.status !== 'cancelled') return null;
  return (
    <Alert severity="error" sx={{ mx: 2, mb: 2 }}>
      <AlertTitle>{translate('resources.payments.cancelled.title', { date: formatDateTime(record.cancelledAt, locale) })}</AlertTitle>
      {translate('resources.payments.cancelled.reason', { reason: record.cancelReason ?? '—' })}
      <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
        {translate('resources.payments.cancelled.effect')}
      </Box>
    </Alert>
  );
};

const PaymentInfo = () => {
  const record = useRecordContext<Payment>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const f = (name: string) => `resources.payments.fields.${name}`;
  return (
    <InfoBlock title="resources.payments.sections.payment" columns={4}>
      <Info caption={f('date')}>{formatDate(record.date, locale)}</Info>
      <Info caption={f('amountCents')}>{formatMoney(record.amountCents, locale)}</Info>
      <Info caption={f('method')}>{translate(`app.enums.paymentMethod.${record.method}`, { _: record.method })}</Info>
      <Info caption={f('reference')}>{record.reference}</Info>
      <Info caption={f('unallocatedCents')}>{formatMoney(record.unallocatedCents, locale)}</Info>
      <Info caption={f('createdAt')}>{formatDateTime(record.createdAt, locale)}</Info>
      <Info caption={f('notes')} wide>
        {record.notes}
      </Info>
    </InfoBlock>
  );
};

/** The invoices the payment pays: amount allocated, and what each one still owes today. */
const Allocations = () => {
  const record = useRecordContext<Payment>();
  const translate = useTranslate();
  const locale = useLocale();
  const ids = (record?.allocations ?? []).map((a) => a.invoiceId);
  const { data: invoices } = useGetMany<Invoice>('invoices', { ids }, { enabled: ids.length > 0 });
  if (!record) return null;
  const money = (c: number | null | undefined) => formatMoney(c ?? null, locale);
  const allocated = record.amountCents - record.unallocatedCents;
  const cancelled = record.status === 'cancelled';
  return (
    <Box component="section" aria-labelledby="allocations-title" sx={{ mb: 2 }}>
      <SectionTitle id="allocations-title">{translate('resources.payments.sections.allocations')}</SectionTitle>
      {record.allocations.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.payments.noAllocationLong')}
        </Typography>
      ) : (
        <Table size="small">
          <Box component="caption" sx={visuallyHidden}>
            {translate('resources.payments.sections.allocations')}
          </Box>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.payments.allocation.invoice')}</TableCell>
              <TableCell>{translate('resources.payments.allocation.date')}</TableCell>
              <TableCell>{translate('resources.payments.allocation.dueDate')}</TableCell>
              <TableCell align="right">{translate('resources.payments.allocation.gross')}</TableCell>
              <TableCell align="right">{translate('resources.payments.allocation.allocated')}</TableCell>
              <TableCell align="right">{translate('resources.payments.allocation.balanceToday')}</TableCell>
              <TableCell>{translate('resources.payments.allocation.paymentStatus')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {record.allocations.map((a) => {
              const invoice = invoices?.find((i) => String(i.id) === String(a.invoiceId));
              return (
                <TableRow key={String(a.invoiceId)}>
                  <TableCell>
                    <MuiLink component={LinkBase} to={`/invoices/${a.invoiceId}/show`} underline="hover" sx={{ fontWeight: 600 }}>
                      {a.invoiceNumber ?? translate('app.documents.noNumber')}
                    </MuiLink>
                  </TableCell>
                  <TableCell>{formatDate(invoice?.date, locale)}</TableCell>
                  <TableCell>{formatDate(invoice?.dueDate, locale)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {money(invoice?.grossCents)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600, textDecoration: cancelled ? 'line-through' : undefined }}>
                    {money(a.amountCents)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {money(invoice?.balanceCents)}
                  </TableCell>
                  <TableCell>{invoice ? <InvoicePaymentStatusChip invoice={invoice} /> : null}</TableCell>
                </TableRow>
              );
            })}
            <TableRow sx={{ '& td, & th': { fontWeight: 700, borderBottom: 0 } }}>
              <TableCell component="th" scope="row" colSpan={4}>
                {translate('resources.payments.allocation.totalAllocated')}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', textDecoration: cancelled ? 'line-through' : undefined }}>
                {money(allocated)}
              </TableCell>
              <TableCell colSpan={2} />
            </TableRow>
          </TableBody>
        </Table>
      )}
      {record.unallocatedCents > 0 && !cancelled ? (
        <Alert severity="info" sx={{ mt: 1.5 }}>
          {translate('resources.payments.unallocatedNotice', { amount: money(record.unallocatedCents) })}
        </Alert>
      ) : null}
    </Box>
  );
};

export const PaymentShow = () => (
  <Show title={<PaymentTitle />} actions={<Actions />}>
    <Header />
    <CancelledBanner />
    <Box sx={{ px: 2, pb: 2 }}>
      <PaymentInfo />
      <Allocations />
    </Box>
  </Show>
);
