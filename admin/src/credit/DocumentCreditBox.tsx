import { Alert, Box, Card, CardContent, Link as MuiLink, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { LinkBase, useGetOne, useLocale, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { SalesDocument, ThirdParty } from '../types';
import { formatMoney } from '../shared/format';
import { useLiveTotalsContext } from '../shared/useLiveTotals';
import { CreditUnavailable } from './ClientCreditPanel';
import { LitigationBadge, RiskStatusChip } from './RiskStatusChip';
import { useClientCredit } from './useClientCredit';

type Kind = 'quote' | 'order';

const Row = ({ label, value, strong, color }: { label: string; value: string; strong?: boolean; color?: string }) => (
  <TableRow sx={{ '& td, & th': { border: 0, py: 0.3, px: 0 } }}>
    <TableCell component="th" scope="row" sx={{ fontWeight: strong ? 700 : 400 }}>
      {label}
    </TableCell>
    <TableCell align="right" sx={{ fontWeight: strong ? 700 : 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', pl: 2, color }}>
      {value}
    </TableCell>
  </TableRow>
);

/**
 * The client's credit position next to a quote or order: the server's outstanding, limit and
 * available, and this document's total TTC beside them (never added up here). Warns when the
 * document's total is above what is available, or when the client is blocked / in litigation.
 */
export const DocumentCreditBox = ({ clientId, grossCents, kind }: { clientId: Identifier | null | undefined; grossCents: number | null | undefined; kind: Kind }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const hasClient = clientId != null && clientId !== '';
  const { data: client } = useGetOne<ThirdParty>('third-parties', { id: clientId as Identifier }, { enabled: hasClient });
  const isClient = !!client?.isClient;
  const { data: credit, isPending, error } = useClientCredit(clientId, isClient);
  if (!hasClient || !client || !isClient) return null;
  const money = (c: number | null | undefined) => (c == null ? '—' : formatMoney(c, locale));
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.credit.document.${key}`, options);
  const above = !!credit && credit.availableCents != null && grossCents != null && grossCents > credit.availableCents;
  return (
    <Card component="section" aria-labelledby={`credit-box-${kind}`} sx={{ mb: 2, borderLeft: 4, borderLeftColor: above || credit?.riskStatus === 'blocked' ? 'error.main' : 'primary.main' }}>
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
          <Typography id={`credit-box-${kind}`} component="h3" variant="subtitle2" sx={{ fontWeight: 700, mr: 'auto' }}>
            {t('title')}
          </Typography>
          {credit ? <RiskStatusChip status={credit.riskStatus} /> : null}
          {credit ? <LitigationBadge since={credit.litigationSince} /> : null}
        </Box>
        {isPending ? (
          <Typography variant="body2" color="text.secondary" role="status">
            {translate('app.credit.loading')}
          </Typography>
        ) : error || !credit ? (
          <CreditUnavailable error={error} />
        ) : (
          <>
            <Table size="small">
              <TableBody>
                <Row label={translate('app.credit.fields.creditLimitCents')} value={credit.creditLimitCents == null ? translate('app.credit.noLimit') : money(credit.creditLimitCents)} />
                <Row label={translate('app.credit.fields.outstandingCents')} value={money(credit.outstandingCents)} />
                <Row
                  label={translate('app.credit.fields.availableCents')}
                  value={credit.creditLimitCents == null ? '—' : money(credit.availableCents)}
                  strong
                  color={credit.creditLimitCents == null ? undefined : (credit.availableCents ?? 0) <= 0 ? 'error.main' : 'success.main'}
                />
                <Row label={translate('app.credit.fields.overdueCents')} value={money(credit.overdueCents)} color={credit.overdueCents > 0 ? 'error.main' : undefined} />
                <Row label={t(kind === 'quote' ? 'quoteTotal' : 'orderTotal')} value={grossCents == null ? '—' : money(grossCents)} strong />
              </TableBody>
            </Table>
            {credit.riskStatus === 'blocked' ? (
              <Alert severity="error" sx={{ mt: 1, py: 0 }}>
                {translate('app.credit.blockedNotice')}
              </Alert>
            ) : above ? (
              <Alert severity="warning" sx={{ mt: 1, py: 0 }}>
                {t(kind === 'quote' ? 'aboveQuote' : 'aboveOrder')}
              </Alert>
            ) : credit.overdueCents > 0 ? (
              <Alert severity="warning" sx={{ mt: 1, py: 0 }}>
                {t('overdue', { smart_count: credit.oldestDaysOverdue })}
              </Alert>
            ) : null}
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
              {t('source')}{' '}
              <MuiLink component={LinkBase} to={`/third-parties/${clientId}/show/terms`} underline="always">
                {t('seeCard')}
              </MuiLink>
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};

/** In a quote/order editor (inside DocumentLinesSection): the chosen client and the live total TTC. */
export const FormCreditBox = ({ kind }: { kind: Kind }) => {
  const clientId = useWatch({ name: 'clientId' }) as Identifier | null | undefined;
  const live = useLiveTotalsContext();
  return <DocumentCreditBox clientId={clientId} grossCents={live?.totals?.grossCents ?? null} kind={kind} />;
};

/** On a quote/order page: shown while the document can still become (or is) an order to validate. */
export const ShowCreditBox = ({ kind }: { kind: Kind }) => {
  const record = useRecordContext<SalesDocument & { displayStatus?: string }>();
  if (!record) return null;
  const status = record.displayStatus ?? record.status;
  const open = kind === 'order' ? status === 'draft' : ['draft', 'validated', 'sent'].includes(status);
  if (!open) return null;
  return <DocumentCreditBox clientId={record.clientId} grossCents={record.grossCents} kind={kind} />;
};
