import { useState } from 'react';
import { Alert, Box, Button, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import CancelIcon from '@mui/icons-material/Cancel';
import ListAltIcon from '@mui/icons-material/ListAlt';
import { LinkBase, Show, TopToolbar, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { Info, InfoBlock } from '../shared/DocumentShowParts';
import { SectionTitle } from '../shared/DocumentShowLayout';
import { RecordHeader } from '../shared/RecordHeader';
import { formatDate, formatMoney } from '../shared/format';
import { ReasonDialog } from '../shared/ReasonDialog';
import { useCanWrite } from '../shared/useSandboxContext';
import { visuallyHidden } from '../shared/visuallyHidden';
import { InteractionsPanel } from '../interactions/InteractionsPanel';
import { ClientLink } from '../reminders/parts';
import type { PaymentPlan } from '../reminders/types';
import { InstallmentStatusChip, PlanInvoices, PlanStatusChip } from './parts';

const Title = () => {
  const record = useRecordContext<PaymentPlan>();
  const translate = useTranslate();
  return <>{record ? translate('resources.payment-plans.titles.show', { client: record.clientName ?? '' }) : ''}</>;
};

/** "Annuler l'échéancier": the reason is mandatory (journaled by the server). */
const CancelPlanButton = () => {
  const record = useRecordContext<PaymentPlan>();
  const translate = useTranslate();
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  if (!record || !canWrite || record.status !== 'active') return null;
  const t = (key: string) => translate(`resources.payment-plans.cancel.${key}`);
  return (
    <>
      <Button size="small" color="error" variant="outlined" startIcon={<CancelIcon />} onClick={() => setOpen(true)}>
        {t('button')}
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        id="plan-cancel"
        title={t('title')}
        intro={t('intro')}
        label={t('reason')}
        helperText={t('reasonHelp')}
        submitLabel={t('submit')}
        call={(dataProvider, reason) => dataProvider.documentAction<PaymentPlan>('payment-plans', record.id, 'cancel', { reason })}
        success="resources.payment-plans.cancel.done"
      />
    </>
  );
};

const Actions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar sx={{ gap: 1 }}>
      <CancelPlanButton />
      <Button size="small" component={LinkBase} to="/payment-plans" startIcon={<ListAltIcon />}>
        {translate('resources.payment-plans.actions.back')}
      </Button>
    </TopToolbar>
  );
};

const PlanView = () => {
  const record = useRecordContext<PaymentPlan>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const money = (c: number | null | undefined) => (c == null ? '' : formatMoney(c, locale));
  const installments = record.installments ?? [];
  const paid = record.paidCents ?? installments.reduce((s, i) => s + (i.paidCents ?? 0), 0);
  const f = (name: string) => `resources.payment-plans.fields.${name}`;
  const total = { fontWeight: 700, color: 'text.primary', fontSize: '0.875rem', whiteSpace: 'nowrap' as const };
  return (
    <>
      <RecordHeader
        title={translate('resources.payment-plans.titles.show', { client: record.clientName ?? '' })}
        chips={
          <>
            <PlanStatusChip status={record.status} />
            <Typography component="span" sx={{ ml: 'auto', fontWeight: 700, fontSize: '1.1rem', fontVariantNumeric: 'tabular-nums' }}>
              {money(record.totalCents)}
            </Typography>
          </>
        }
      />
      <Box sx={{ px: 2, pb: 2 }}>
        {record.status === 'cancelled' && record.cancelReason ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('resources.payment-plans.cancelledBecause', { reason: record.cancelReason })}
          </Alert>
        ) : null}
        <InfoBlock title="resources.payment-plans.sections.agreement" columns={4}>
          <Info caption={f('clientId')}>
            <ClientLink id={record.clientId} name={record.clientName ?? String(record.clientId)} />
          </Info>
          <Info caption={f('agreedOn')}>{formatDate(record.agreedOn, locale)}</Info>
          <Info caption={f('invoiceIds')}>
            <PlanInvoices plan={record} />
          </Info>
          <Info caption={f('status')}>{translate(`app.enums.paymentPlanStatus.${record.status}`, { _: record.status })}</Info>
          <Info caption={f('totalCents')}>{money(record.totalCents)}</Info>
          <Info caption={f('paidCents')}>{money(paid)}</Info>
          <Info caption={f('remainingCents')}>{money(record.totalCents - paid)}</Info>
          <Info caption={f('notes')}>{record.notes}</Info>
        </InfoBlock>
        <Box component="section" aria-labelledby="installments-title" sx={{ mb: 2, maxWidth: 900 }}>
          <SectionTitle id="installments-title">{translate('resources.payment-plans.sections.installments')}</SectionTitle>
          <Table size="small">
            <Box component="caption" sx={visuallyHidden}>
              {translate('resources.payment-plans.sections.installments')}
            </Box>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.payment-plans.installment.rank')}</TableCell>
                <TableCell>{translate('resources.payment-plans.installment.dueDate')}</TableCell>
                <TableCell align="right">{translate('resources.payment-plans.installment.amountCents')}</TableCell>
                <TableCell align="right">{translate('resources.payment-plans.installment.paidCents')}</TableCell>
                <TableCell>{translate('resources.payment-plans.installment.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {installments.map((i, k) => (
                <TableRow key={String(i.id ?? k)}>
                  <TableCell>{k + 1}</TableCell>
                  <TableCell>{formatDate(i.dueDate, locale)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {money(i.amountCents)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {i.paidCents ? money(i.paidCents) : '—'}
                  </TableCell>
                  <TableCell>
                    <InstallmentStatusChip status={record.status === 'cancelled' ? null : i.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableCell colSpan={2} sx={total}>
                  {translate('resources.payment-plans.installment.total')}
                </TableCell>
                <TableCell align="right" sx={total}>
                  {money(installments.reduce((s, i) => s + i.amountCents, 0))}
                </TableCell>
                <TableCell align="right" sx={total}>
                  {money(paid)}
                </TableCell>
                <TableCell />
              </TableRow>
            </TableFooter>
          </Table>
        </Box>
        <Box sx={{ maxWidth: 900 }}>
          <InteractionsPanel clientId={record.clientId} />
        </Box>
      </Box>
    </>
  );
};

export const PaymentPlanShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    <PlanView />
  </Show>
);
