import type { ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Chip,
  Link as MuiLink,
  List,
  ListItem,
  Skeleton,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import EuroIcon from '@mui/icons-material/Euro';
import ScheduleIcon from '@mui/icons-material/Schedule';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import BlockIcon from '@mui/icons-material/Block';
import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';
import { HttpError, LinkBase, useDataProvider, useLocale, useTranslate } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import type { ReceivablesDashboard } from '../types';
import { formatDate, formatMoney } from '../shared/format';
import { intlLocale } from '../i18n/i18nProvider';

const WORKLIST = '/reminders/worklist';

const useReceivablesDashboard = () => {
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  return useQuery({
    queryKey: ['receivables-dashboard'],
    queryFn: async ({ signal }) => (await dataProvider.receivablesDashboard(signal)).data,
    staleTime: 30_000,
    retry: false,
  });
};

const Kpi = ({
  label,
  value,
  note,
  icon,
  to,
  tone,
  loading,
}: {
  label: string;
  value: ReactNode;
  note?: ReactNode;
  icon: ReactNode;
  to?: string;
  tone?: 'error' | 'warning';
  loading: boolean;
}) => {
  const translate = useTranslate();
  const color = tone ? `${tone}.main` : 'primary.main';
  const content = (
    <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
      <Box aria-hidden sx={{ color, display: 'flex' }}>
        {icon}
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="h5" component="p" sx={{ fontWeight: 700, color: tone ? color : 'text.primary', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {loading ? <Skeleton width={90} /> : value}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(label)}
        </Typography>
        {note && !loading ? (
          <Typography variant="caption" color="text.secondary" component="p">
            {note}
          </Typography>
        ) : null}
      </Box>
    </CardContent>
  );
  return (
    <Card sx={{ borderLeft: 4, borderLeftColor: color }}>
      {to ? (
        <CardActionArea component={LinkBase} to={to} sx={{ height: '100%' }}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
};

const ListCard = ({ id, title, count, children, action }: { id: string; title: string; count?: number; children: ReactNode; action?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby={id}>
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}>
          <Typography id={id} component="h4" variant="subtitle1" sx={{ fontWeight: 700 }}>
            {translate(title)}
            {count ? (
              <Chip component="span" size="small" color="error" label={count} sx={{ ml: 1, fontWeight: 700, verticalAlign: 'text-bottom' }} />
            ) : null}
          </Typography>
          {action}
        </Box>
        {children}
      </CardContent>
    </Card>
  );
};

const LoadingRows = () => (
  <Box role="status" aria-busy="true">
    {[0, 1, 2].map((i) => (
      <Skeleton key={i} height={32} />
    ))}
  </Box>
);

const Empty = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 1.5 }}>
      {translate(text)}
    </Typography>
  );
};

/** "Créances": overdue total, receivables, DSO, clients to chase today, orders blocked by the credit check (GET dashboard). */
export const ReceivablesWidgets = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { data, isPending, error } = useReceivablesDashboard();
  const money = (c: number | null | undefined) => (c == null ? '—' : formatMoney(c, locale));
  const days = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 });
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.dashboard.receivables.${key}`, options);
  const chase = data?.clientsToChaseToday;
  const blocked = data?.ordersBlockedByCredit;
  return (
    <Box component="section" aria-labelledby="receivables-title" sx={{ mb: 3 }}>
      <Typography id="receivables-title" component="h3" variant="h6" sx={{ mb: 1.5 }}>
        {t('title')}
      </Typography>
      {error ? (
        <Alert severity={error instanceof HttpError && error.status === 404 ? 'info' : 'error'}>
          {t(error instanceof HttpError && error.status === 404 ? 'unavailable' : 'loadError')}
        </Alert>
      ) : (
        <>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' }, gap: 2, mb: 2 }}>
            <Kpi
              label="app.dashboard.receivables.totalOverdue"
              value={money(data?.totalOverdueCents)}
              note={data ? t('overdueInvoices', { smart_count: data.overdueInvoiceCount }) : null}
              icon={<EuroIcon fontSize="large" />}
              tone={data && data.totalOverdueCents > 0 ? 'error' : undefined}
              to={WORKLIST}
              loading={isPending}
            />
            <Kpi
              label="app.dashboard.receivables.receivables"
              value={money(data?.receivablesCents)}
              icon={<AccountBalanceWalletIcon fontSize="large" />}
              loading={isPending}
            />
            <Kpi
              label="app.dashboard.receivables.dso"
              value={data?.dsoDays == null ? '—' : t('daysValue', { smart_count: Math.round(data.dsoDays), days: days.format(data.dsoDays) })}
              note={t('dsoHelp')}
              icon={<ScheduleIcon fontSize="large" />}
              loading={isPending}
            />
            <Kpi
              label="app.dashboard.receivables.toChase"
              value={chase ? String(chase.count) : '—'}
              icon={<NotificationsActiveIcon fontSize="large" />}
              tone={chase && chase.count > 0 ? 'warning' : undefined}
              to={WORKLIST}
              loading={isPending}
            />
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' }, gap: 2 }}>
            <ListCard
              id="to-chase-title"
              title="app.dashboard.receivables.toChaseToday"
              count={chase?.count}
              action={
                <Button size="small" component={LinkBase} to={WORKLIST}>
                  {t('openWorklist')}
                </Button>
              }
            >
              {isPending ? (
                <LoadingRows />
              ) : !chase || chase.rows.length === 0 ? (
                <Empty text="app.dashboard.receivables.nobodyToChase" />
              ) : (
                <List dense disablePadding>
                  {chase.rows.slice(0, 5).map((row) => {
                    const step =
                      row.nextLevel != null
                        ? t('nextLevel', {
                            level: row.nextLevel,
                            kind: row.label || translate(`app.dashboard.receivables.kinds.${row.kind ?? 'email'}`, { _: row.kind ?? '' }),
                          })
                        : row.label || translate(`app.dashboard.receivables.kinds.${row.kind ?? 'litigation'}`, { _: row.kind ?? '' });
                    const severe = row.kind === 'formal_notice' || row.kind === 'litigation';
                    return (
                      <ListItem key={String(row.clientId)} disableGutters divider sx={{ display: 'block', py: 0.75 }}>
                        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5 }}>
                          <MuiLink component={LinkBase} to={`/third-parties/${row.clientId}/show`} underline="hover" sx={{ fontWeight: 600, mr: 'auto' }}>
                            {row.clientName}
                          </MuiLink>
                          <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: 600 }}>
                            {money(row.totalBalanceCents)}
                          </Typography>
                          <Typography variant="body2" sx={{ color: 'error.main', fontWeight: 600, whiteSpace: 'nowrap', minWidth: 96, textAlign: 'right' }}>
                            {t('daysLate', { smart_count: row.maxDaysOverdue })}
                          </Typography>
                        </Box>
                        <Typography variant="caption" component="p" sx={{ color: severe ? 'error.main' : 'warning.main', fontWeight: 600 }}>
                          {t('nextStep', { step })}
                        </Typography>
                      </ListItem>
                    );
                  })}
                  {chase.count > 5 ? (
                    <ListItem disableGutters>
                      <MuiLink component={LinkBase} to={WORKLIST} underline="hover" variant="body2">
                        {t('more', { smart_count: chase.count - 5 })}
                      </MuiLink>
                    </ListItem>
                  ) : null}
                </List>
              )}
            </ListCard>
            <ListCard id="blocked-orders-title" title="app.dashboard.receivables.blockedOrders" count={blocked?.count}>
              {isPending ? (
                <LoadingRows />
              ) : !blocked || blocked.rows.length === 0 ? (
                <Empty text="app.dashboard.receivables.noBlockedOrder" />
              ) : (
                <List dense disablePadding>
                  {blocked.rows.map((row) => (
                    <ListItem key={String(row.orderId)} disableGutters divider sx={{ gap: 1, flexWrap: 'wrap' }}>
                      <BlockIcon fontSize="small" sx={{ color: 'error.main' }} aria-hidden />
                      <MuiLink component={LinkBase} to={`/orders/${row.orderId}/show`} underline="hover" sx={{ fontWeight: 600 }}>
                        {row.orderNumber ?? t('draftOrder', { date: formatDate(row.date, locale) })}
                      </MuiLink>
                      <Typography variant="body2" sx={{ mr: 'auto' }}>
                        {row.clientName}
                      </Typography>
                      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                        {money(row.grossCents)}
                      </Typography>
                      {row.approvalStatus ? (
                        <Chip
                          size="small"
                          variant="outlined"
                          sx={{ fontWeight: 600, borderWidth: 2 }}
                          color={row.approvalStatus === 'approved' ? 'success' : row.approvalStatus === 'refused' ? 'error' : 'warning'}
                          label={t('approval', { status: translate(`app.enums.creditApprovalStatus.${row.approvalStatus}`, { _: row.approvalStatus }) })}
                        />
                      ) : null}
                    </ListItem>
                  ))}
                </List>
              )}
            </ListCard>
          </Box>
        </>
      )}
    </Box>
  );
};
