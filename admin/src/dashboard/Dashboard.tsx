import type { ReactNode } from 'react';
import { Box, Button, Card, CardActionArea, CardContent, Skeleton, Typography } from '@mui/material';
import StorefrontIcon from '@mui/icons-material/Storefront';
import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import RemoveShoppingCartIcon from '@mui/icons-material/RemoveShoppingCart';
import AddIcon from '@mui/icons-material/Add';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import EventNoteIcon from '@mui/icons-material/EventNote';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import LocalShippingOutlinedIcon from '@mui/icons-material/LocalShippingOutlined';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { LinkBase, Title, useGetIdentity, useGetList, useLocale, usePermissions, useTranslate } from 'react-admin';
import { useCanWrite, useSandboxContext } from '../shared/useSandboxContext';
import { formatLongDate } from '../shared/format';
import { defaultsForRole, listPathForRole } from '../third-parties/thirdPartyRole';
import { ReceivablesWidgets } from './ReceivablesWidgets';
import { CandidateHome } from '../candidate-home/CandidateHome';

const filterPath = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** The list total of one filter. */
const useCount = (resource: string, filter: Record<string, unknown> | undefined) => {
  const { total, isPending } = useGetList(
    resource,
    { filter: filter ?? {}, pagination: { page: 1, perPage: 1 } },
    { enabled: filter !== undefined },
  );
  return { total: filter === undefined ? 0 : (total ?? 0), isPending: filter !== undefined && isPending };
};

const CountCard = ({
  label,
  resource,
  filter,
  alsoFilter,
  to,
  icon,
  tone,
}: {
  label: string;
  resource: string;
  filter: Record<string, unknown>;
  /** A second filter whose total is added (e.g. validated + partially delivered orders). */
  alsoFilter?: Record<string, unknown>;
  to: string;
  icon: ReactNode;
  tone?: 'warning' | 'error';
}) => {
  const translate = useTranslate();
  const first = useCount(resource, filter);
  const second = useCount(resource, alsoFilter);
  const total = first.total + second.total;
  const isPending = first.isPending || second.isPending;
  const alert = tone && (total ?? 0) > 0;
  return (
    <Card sx={{ borderLeft: 4, borderLeftColor: alert ? `${tone}.main` : 'primary.main' }}>
      <CardActionArea component={LinkBase} to={to} sx={{ height: '100%' }}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Box aria-hidden sx={{ color: alert ? `${tone}.main` : 'primary.main', display: 'flex' }}>
            {icon}
          </Box>
          <Box>
            <Typography variant="h4" component="p" sx={{ fontWeight: 700, color: alert ? `${tone}.main` : 'text.primary' }}>
              {isPending ? <Skeleton width={40} /> : (total ?? 0)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate(label)}
            </Typography>
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

const CandidateDashboard = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { data: context } = useSandboxContext();
  const canWrite = useCanWrite();
  return (
    <Box sx={{ mt: 2 }}>
      <Typography component="h2" variant="h5" sx={{ mb: 0.5 }}>
        {translate('app.dashboard.welcome', { name: context?.candidateName ?? '' })}
      </Typography>
      {context ? (
        <Typography variant="body1" color="text.secondary" sx={{ mb: 3 }}>
          {context.companyName} — {formatLongDate(context.scenarioToday || context.scenarioNow, locale)} ·{' '}
          {translate('app.dashboard.scenario', { title: context.scenarioTitle })}
        </Typography>
      ) : null}
      <CandidateHome />
      <Box component="section" aria-labelledby="sales-title" sx={{ mb: 3 }}>
        <Typography id="sales-title" component="h3" variant="h6" sx={{ mb: 1.5 }}>
          {translate('app.dashboard.sales')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' }, gap: 2 }}>
          <CountCard
            label="app.dashboard.quotesAwaiting"
            resource="quotes"
            filter={{ status: 'sent' }}
            to={filterPath('quotes', { status: 'sent' })}
            icon={<RequestQuoteIcon fontSize="large" />}
          />
          <CountCard
            label="app.dashboard.ordersToDeliver"
            resource="orders"
            filter={{ status: 'validated' }}
            alsoFilter={{ status: 'partially_delivered' }}
            to="/orders"
            icon={<ShoppingCartIcon fontSize="large" />}
            tone="warning"
          />
          <CountCard
            label="app.dashboard.draftDeliveryNotes"
            resource="delivery-notes"
            filter={{ status: 'draft' }}
            to={filterPath('delivery-notes', { status: 'draft' })}
            icon={<LocalShippingOutlinedIcon fontSize="large" />}
          />
          <CountCard
            label="app.dashboard.draftInvoices"
            resource="invoices"
            filter={{ status: 'draft' }}
            to={filterPath('invoices', { status: 'draft' })}
            icon={<ReceiptLongIcon fontSize="large" />}
          />
        </Box>
      </Box>
      <ReceivablesWidgets />
      <Box
        component="section"
        aria-label={translate('app.dashboard.title')}
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' }, gap: 2, mb: 4 }}
      >
        <CountCard
          label="app.dashboard.clients"
          resource="third-parties"
          filter={{ role: 'client' }}
          to={listPathForRole('client')}
          icon={<StorefrontIcon fontSize="large" />}
        />
        <CountCard
          label="app.dashboard.prospects"
          resource="third-parties"
          filter={{ role: 'prospect' }}
          to={listPathForRole('prospect')}
          icon={<TravelExploreIcon fontSize="large" />}
        />
        <CountCard
          label="app.dashboard.belowReorder"
          resource="products"
          filter={{ belowReorderPoint: true }}
          to={filterPath('products', { stock: 'low' })}
          icon={<WarningAmberIcon fontSize="large" />}
          tone="warning"
        />
        <CountCard
          label="app.dashboard.outOfStock"
          resource="products"
          filter={{ outOfStock: true }}
          to={filterPath('products', { stock: 'out' })}
          icon={<RemoveShoppingCartIcon fontSize="large" />}
          tone="error"
        />
      </Box>
      <Box component="section" aria-labelledby="shortcuts-title">
        <Typography id="shortcuts-title" component="h3" variant="h6" sx={{ mb: 1.5 }}>
          {translate('app.dashboard.shortcuts')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
          {canWrite ? (
            <>
              <Button variant="contained" startIcon={<AddIcon />} component={LinkBase} to="/quotes/create">
                {translate('app.dashboard.newQuote')}
              </Button>
              <Button
                variant="outlined"
                startIcon={<AddIcon />}
                component={LinkBase}
                to="/third-parties/create"
                state={{ record: defaultsForRole('client') }}
              >
                {translate('app.dashboard.newClient')}
              </Button>
              <Button
                variant="outlined"
                startIcon={<AddIcon />}
                component={LinkBase}
                to="/third-parties/create"
                state={{ record: defaultsForRole('prospect') }}
              >
                {translate('app.dashboard.newProspect')}
              </Button>
              <Button variant="outlined" startIcon={<AddIcon />} component={LinkBase} to="/contacts/create">
                {translate('app.dashboard.newContact')}
              </Button>
            </>
          ) : null}
          <Button variant="outlined" startIcon={<Inventory2Icon />} component={LinkBase} to="/products">
            {translate('app.dashboard.products')}
          </Button>
          <Button variant="outlined" startIcon={<HistoryEduIcon />} component={LinkBase} to="/journal">
            {translate('app.dashboard.journal')}
          </Button>
        </Box>
      </Box>
    </Box>
  );
};

const StaffDashboard = ({ role }: { role: string }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Box sx={{ mt: 2 }}>
      <Typography component="h2" variant="h5" sx={{ mb: 1 }}>
        {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 3, maxWidth: 720 }}>
        {translate(role === 'jury' ? 'app.dashboard.juryIntro' : 'app.dashboard.staffIntro')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
        <Button variant="contained" startIcon={<EventNoteIcon />} component={LinkBase} to="/sessions">
          {translate('app.dashboard.sessions')}
        </Button>
        {role !== 'jury' ? (
          <Button variant="outlined" startIcon={<AddIcon />} component={LinkBase} to="/sessions/create">
            {translate('app.dashboard.newSession')}
          </Button>
        ) : null}
      </Box>
    </Box>
  );
};

export const Dashboard = () => {
  const { permissions, isPending } = usePermissions();
  const translate = useTranslate();
  if (isPending) return null;
  return (
    <>
      <Title title={translate('app.dashboard.title')} />
      {permissions === 'candidate' ? <CandidateDashboard /> : <StaffDashboard role={String(permissions)} />}
    </>
  );
};
