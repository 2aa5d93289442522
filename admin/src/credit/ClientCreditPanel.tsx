import type { ReactNode } from 'react';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import PaymentsIcon from '@mui/icons-material/Payments';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { HttpError, LinkBase, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { ClientCredit, ThirdParty } from '../types';
import { formatDate, formatMoney } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';
import { LitigationBadge, RiskStatusChip } from './RiskStatusChip';
import { SolvencyButton } from './SolvencyDialog';
import { useClientCredit } from './useClientCredit';

const filterPath = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

type Tone = 'normal' | 'good' | 'warning' | 'bad';
const TONES: Record<Tone, { color: string; border: string }> = {
  normal: { color: 'text.primary', border: 'primary.main' },
  good: { color: 'success.main', border: 'success.main' },
  warning: { color: 'warning.main', border: 'warning.main' },
  bad: { color: 'error.main', border: 'error.main' },
};

/** One figure of the credit panel: caption, amount, a short note. */
const Figure = ({ label, value, note, tone = 'normal' }: { label: string; value: ReactNode; note?: ReactNode; tone?: Tone }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderLeft: 4, borderLeftColor: TONES[tone].border, borderRadius: 1, px: 1.5, py: 1, bgcolor: 'background.paper' }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography component="div" sx={{ fontWeight: 700, fontSize: '1.15rem', fontVariantNumeric: 'tabular-nums', color: TONES[tone].color, whiteSpace: 'nowrap' }}>
        {value}
      </Typography>
      {note ? (
        <Typography variant="caption" color="text.secondary" component="div">
          {note}
        </Typography>
      ) : null}
    </Box>
  );
};

export const CreditUnavailable = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  const missing = error instanceof HttpError && (error.status === 404 || error.status === 405);
  return (
    <Alert severity={missing ? 'info' : 'error'} sx={{ py: 0 }}>
      {translate(missing ? 'app.credit.unavailable' : 'app.credit.loadError')}
    </Alert>
  );
};

/** The figures, risk and solvency of one client, for the client card. */
export const ClientCreditFigures = ({ clientId, credit }: { clientId: ThirdParty['id']; credit: ClientCredit }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const money = (c: number | null | undefined) => (c == null ? '—' : formatMoney(c, locale));
  const hasLimit = credit.creditLimitCents != null;
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate('app.credit.fields.riskStatus')} :
        </Typography>
        <RiskStatusChip status={credit.riskStatus} />
        <LitigationBadge since={credit.litigationSince} />
        {credit.pendingApprovals > 0 ? (
          <Typography variant="body2" sx={{ color: 'warning.main', fontWeight: 600 }}>
            {translate('app.credit.pendingApprovals', { smart_count: credit.pendingApprovals })}
          </Typography>
        ) : null}
      </Box>
      {credit.overLimit ? (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          {translate('app.credit.overLimit')}
        </Alert>
      ) : credit.riskStatus === 'blocked' ? (
        <Alert severity="error" sx={{ mb: 1.5 }}>
          {translate('app.credit.blockedNotice')}
        </Alert>
      ) : credit.riskStatus === 'watch' ? (
        <Alert severity="warning" sx={{ mb: 1.5 }}>
          {translate('app.credit.watchNotice')}
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, minmax(0, 1fr))' }, gap: 1.5, mb: 2 }}>
        <Figure label="app.credit.fields.creditLimitCents" value={hasLimit ? money(credit.creditLimitCents) : translate('app.credit.noLimit')} />
        <Figure
          label="app.credit.fields.outstandingCents"
          value={money(credit.outstandingCents)}
          tone={credit.overLimit ? 'bad' : 'normal'}
          note={
            <>
              {translate('app.credit.outstandingInvoices', { amount: money(credit.invoicesOutstandingCents) })}
              <br />
              {translate('app.credit.outstandingOrders', { amount: money(credit.ordersNotInvoicedCents) })}
            </>
          }
        />
        <Figure
          label="app.credit.fields.availableCents"
          value={hasLimit ? money(credit.availableCents) : '—'}
          tone={!hasLimit ? 'normal' : credit.overLimit || (credit.availableCents ?? 0) <= 0 ? 'bad' : 'good'}
        />
        <Figure
          label="app.credit.fields.overdueCents"
          value={money(credit.overdueCents)}
          tone={credit.overdueCents > 0 ? 'bad' : 'good'}
          note={
            credit.oldestDaysOverdue > 0
              ? translate('app.credit.oldestDaysOverdue', { smart_count: credit.oldestDaysOverdue })
              : translate('app.credit.nothingOverdue')
          }
        />
        <Figure label="app.credit.fields.unallocatedCreditCents" value={money(credit.unallocatedCreditCents)} note={translate('app.credit.unallocatedHelp')} />
      </Box>
      <Box component="section" aria-labelledby="solvency-section-title" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
          <Typography id="solvency-section-title" component="h4" variant="subtitle2" sx={{ fontWeight: 700 }}>
            {translate('app.credit.solvency.title')}
          </Typography>
          <SolvencyButton clientId={clientId} credit={credit} />
        </Box>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '180px 240px 1fr' }, gap: 2 }}>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('app.credit.fields.solvencyCheckedOn')}
            </Typography>
            <Typography variant="body2">{credit.solvencyCheckedOn ? formatDate(credit.solvencyCheckedOn, locale) : translate('app.credit.solvency.never')}</Typography>
          </Box>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('app.credit.fields.solvencySource')}
            </Typography>
            <Typography variant="body2">{credit.solvencySource || '—'}</Typography>
          </Box>
          <Box>
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('app.credit.fields.solvencyNote')}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {credit.solvencyNote || '—'}
            </Typography>
          </Box>
        </Box>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {canWrite ? (
          <Button size="small" variant="contained" color="success" startIcon={<PaymentsIcon />} component={LinkBase} to="/payments/create" state={{ record: { clientId } }}>
            {translate('resources.payments.actions.record')}
          </Button>
        ) : null}
        <Button size="small" variant="outlined" startIcon={<ReceiptLongIcon />} component={LinkBase} to={filterPath('invoices', { clientId, status: 'validated' })}>
          {translate('app.credit.links.invoices')}
        </Button>
        <Button size="small" variant="outlined" startIcon={<PaymentsIcon />} component={LinkBase} to={filterPath('payments', { clientId })}>
          {translate('app.credit.links.payments')}
        </Button>
      </Box>
    </Box>
  );
};

/**
 * "Encours et risque" on the client card (clients only): limit, outstanding (invoices + orders not
 * invoiced), available, overdue, oldest delay, client credit, risk status, solvency, litigation.
 */
export const ClientCreditPanel = () => {
  const record = useRecordContext<ThirdParty>();
  const translate = useTranslate();
  const { data, isPending, error } = useClientCredit(record?.id, !!record?.isClient);
  if (!record?.isClient) return null;
  return (
    <Box component="section" aria-labelledby="client-credit-title" sx={{ mb: 2.5, width: '100%' }}>
      <Typography
        id="client-credit-title"
        component="h3"
        variant="subtitle1"
        sx={{ color: 'primary.dark', borderBottom: 1, borderColor: 'divider', pb: 0.5, mb: 1.5 }}
      >
        {translate('app.credit.title')}
      </Typography>
      {isPending ? (
        <Box role="status" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <CircularProgress size={18} />
          <Typography variant="body2">{translate('app.credit.loading')}</Typography>
        </Box>
      ) : error || !data ? (
        <CreditUnavailable error={error} />
      ) : (
        <ClientCreditFigures clientId={record.id} credit={data} />
      )}
    </Box>
  );
};

/** One line under the client card's heading: outstanding / limit, available, overdue, risk, litigation. */
export const ClientCreditStrip = () => {
  const record = useRecordContext<ThirdParty>();
  const translate = useTranslate();
  const locale = useLocale();
  const { data } = useClientCredit(record?.id, !!record?.isClient);
  if (!record?.isClient || !data) return null;
  const money = (c: number | null | undefined) => (c == null ? '—' : formatMoney(c, locale));
  const sep = (
    <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
      ·
    </Box>
  );
  return (
    <Box
      role="group"
      aria-label={translate('app.credit.title')}
      sx={{
        mx: 2,
        mb: 1,
        px: 1.5,
        py: 0.75,
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        columnGap: 1.5,
        rowGap: 0.5,
        bgcolor: data.overLimit || data.riskStatus === 'blocked' ? '#fdecea' : '#eef2f6',
        borderRadius: 1,
        typography: 'body2',
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      <span>
        {translate('app.credit.fields.outstandingCents')} : <strong>{money(data.outstandingCents)}</strong>
        {data.creditLimitCents != null ? ` / ${translate('app.credit.limitShort', { amount: money(data.creditLimitCents) })}` : ` (${translate('app.credit.noLimit').toLowerCase()})`}
      </span>
      {data.creditLimitCents != null ? (
        <>
          {sep}
          <span>
            {translate('app.credit.fields.availableCents')} :{' '}
            <Box component="strong" sx={{ color: data.overLimit || (data.availableCents ?? 0) <= 0 ? 'error.main' : 'success.main' }}>
              {money(data.availableCents)}
            </Box>
          </span>
        </>
      ) : null}
      {sep}
      <span>
        {translate('app.credit.fields.overdueCents')} :{' '}
        <Box component="strong" sx={{ color: data.overdueCents > 0 ? 'error.main' : 'text.primary' }}>
          {money(data.overdueCents)}
        </Box>
        {data.oldestDaysOverdue > 0 ? ` (${translate('app.credit.oldestDaysOverdue', { smart_count: data.oldestDaysOverdue })})` : ''}
      </span>
      <RiskStatusChip status={data.riskStatus} />
      <LitigationBadge since={data.litigationSince} />
    </Box>
  );
};
