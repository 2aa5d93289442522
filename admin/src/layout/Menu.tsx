import type { ReactNode } from 'react';
import { Box, List, ListItem, ListItemButton, ListItemIcon, ListItemText, ListSubheader, Tooltip } from '@mui/material';
import HomeIcon from '@mui/icons-material/Home';
import StorefrontIcon from '@mui/icons-material/Storefront';
import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import ContactsIcon from '@mui/icons-material/Contacts';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import CategoryIcon from '@mui/icons-material/Category';
import SwapVertIcon from '@mui/icons-material/SwapVert';
import BusinessIcon from '@mui/icons-material/Business';
import GroupsIcon from '@mui/icons-material/Groups';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import EventNoteIcon from '@mui/icons-material/EventNote';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import LocalShippingOutlinedIcon from '@mui/icons-material/LocalShippingOutlined';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import MailIcon from '@mui/icons-material/Mail';
import PaymentsIcon from '@mui/icons-material/Payments';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import DescriptionIcon from '@mui/icons-material/Description';
import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';
import { LinkBase, useGetOne, useLocation, usePermissions, useSidebarState, useStore, useTranslate } from 'react-admin';
import type { ThirdParty } from '../types';
import { InboxBadgeIcon } from '../candidate-home/InboxBadgeIcon';
import { useViewedSandbox } from '../jury/viewedSandbox';
import { mainRole } from '../third-parties/thirdPartyRole';

type Active = (pathname: string, currentRole: string | undefined) => boolean;

const MenuLink = ({ to, label, icon, active }: { to: string; label: string; icon: ReactNode; active: boolean }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const text = translate(label);
  const button = (
    <ListItemButton
      component={LinkBase}
      to={to}
      selected={active}
      aria-current={active ? 'page' : undefined}
      sx={{
        py: 0.6,
        borderRadius: 1,
        mx: 0.5,
        '&.Mui-selected': { bgcolor: '#e3ecf5', color: 'primary.dark', fontWeight: 700 },
        '&.Mui-selected .MuiListItemIcon-root': { color: 'primary.dark' },
      }}
    >
      <ListItemIcon sx={{ minWidth: 38, color: 'text.secondary' }}>{icon}</ListItemIcon>
      <ListItemText
        primary={text}
        slotProps={{ primary: { variant: 'body2', sx: { fontWeight: active ? 700 : 500 }, noWrap: true } }}
        sx={open ? undefined : { opacity: 0 }}
      />
    </ListItemButton>
  );
  return (
    <ListItem disablePadding>
      {open ? button : <Tooltip title={text} placement="right">{button}</Tooltip>}
    </ListItem>
  );
};

const Group = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return (
    <>
      <ListSubheader disableSticky sx={open ? undefined : { visibility: 'hidden', height: 8, lineHeight: '8px' }}>
        {translate(title)}
      </ListSubheader>
      {children}
    </>
  );
};

const roleFilter = (role: string) => `/third-parties?filter=${encodeURIComponent(JSON.stringify({ role }))}`;

/**
 * Role to highlight in the menu: on the list, the role filter (URL, else the remembered one);
 * on a record, the record's main role; on the create form, the role it was opened with.
 */
const useThirdPartyRole = (): string | undefined => {
  const location = useLocation();
  const [params] = useStore<{ filter?: { role?: string } }>('third-parties.listParams');
  const match = /^\/third-parties\/([^/]+)/.exec(location.pathname);
  const recordId = match && match[1] !== 'create' ? match[1] : undefined;
  const { data: record } = useGetOne<ThirdParty>('third-parties', { id: recordId ?? '' }, { enabled: !!recordId });
  if (!location.pathname.startsWith('/third-parties')) return undefined;
  if (recordId) return mainRole(record);
  if (match) return mainRole((location.state as { record?: Partial<ThirdParty> } | null)?.record);
  const filter = new URLSearchParams(location.search).get('filter');
  if (filter) {
    try {
      return (JSON.parse(filter) as { role?: string }).role;
    } catch {
      return undefined;
    }
  }
  return params?.filter?.role;
};

const startsWith =
  (prefix: string): Active =>
  (pathname) =>
    pathname === prefix || pathname.startsWith(`${prefix}/`);

export const Menu = () => {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const location = useLocation();
  const role = useThirdPartyRole();
  const viewed = useViewedSandbox();
  const pathname = location.pathname;
  const item = (to: string, label: string, icon: ReactNode, active: Active) => (
    <MenuLink key={to} to={to} label={label} icon={icon} active={active(pathname, role)} />
  );
  const onThirdParties = (wanted: string): Active => (p, r) => startsWith('/third-parties')(p, r) && r === wanted;

  return (
    <Box component="nav" aria-label={translate('app.menu.navigation')} sx={{ pt: 1, pb: 2 }}>
      <List dense disablePadding>
        {item('/', 'app.menu.home', <HomeIcon />, (p) => p === '/')}
        {permissions && permissions !== 'candidate' ? (
          <Group title="app.menu.exams">
            {item('/sessions', 'app.menu.sessions', <EventNoteIcon />, (p) => startsWith('/sessions')(p, undefined) || p === '/session-credentials')}
            {permissions !== 'jury' ? item('/scenarios', 'app.menu.scenarios', <MenuBookIcon />, startsWith('/scenarios')) : null}
          </Group>
        ) : null}
        {permissions === 'candidate' || (permissions && viewed) ? (
          <>
            {viewed && permissions !== 'candidate' ? (
              <ListSubheader disableSticky sx={{ fontWeight: 700 }}>
                {translate('app.jury.view.menu', { label: viewed.label })}
              </ListSubheader>
            ) : null}
            {item('/messages', 'app.menu.messages', permissions === 'candidate' ? <InboxBadgeIcon /> : <MailIcon />, startsWith('/messages'))}
            <Group title="app.menu.sales">
              {item('/quotes', 'app.menu.quotes', <RequestQuoteIcon />, startsWith('/quotes'))}
              {item('/orders', 'app.menu.orders', <ShoppingCartIcon />, startsWith('/orders'))}
              {item('/delivery-notes', 'app.menu.deliveryNotes', <LocalShippingOutlinedIcon />, startsWith('/delivery-notes'))}
              {item('/invoices', 'app.menu.invoices', <ReceiptLongIcon />, startsWith('/invoices'))}
              {item('/credit-notes', 'app.menu.creditNotes', <AssignmentReturnIcon />, startsWith('/credit-notes'))}
            </Group>
            <Group title="app.menu.receivables">
              {item('/payments', 'app.menu.payments', <PaymentsIcon />, startsWith('/payments'))}
              {item('/reminders/worklist', 'app.menu.reminders', <MarkEmailReadIcon />, startsWith('/reminders'))}
              {item('/payment-plans', 'app.menu.paymentPlans', <EventRepeatIcon />, startsWith('/payment-plans'))}
              {item('/statements', 'app.menu.statements', <DescriptionIcon />, startsWith('/statements'))}
              {item('/aged-balance', 'app.menu.agedBalance', <HourglassBottomIcon />, startsWith('/aged-balance'))}
            </Group>
            <Group title="app.menu.thirdParties">
              {item(roleFilter('client'), 'app.menu.clients', <StorefrontIcon />, onThirdParties('client'))}
              {item(roleFilter('prospect'), 'app.menu.prospects', <TravelExploreIcon />, onThirdParties('prospect'))}
              {item(roleFilter('supplier'), 'app.menu.suppliers', <LocalShippingIcon />, onThirdParties('supplier'))}
              {item('/contacts', 'app.menu.contacts', <ContactsIcon />, startsWith('/contacts'))}
            </Group>
            <Group title="app.menu.purchasing">
              {item('/products', 'app.menu.products', <Inventory2Icon />, startsWith('/products'))}
              {item('/product-families', 'app.menu.families', <CategoryIcon />, startsWith('/product-families'))}
              {item('/stock-movements', 'app.menu.stockMovements', <SwapVertIcon />, startsWith('/stock-movements'))}
            </Group>
            <Group title="app.menu.company">
              {item('/company/1/show', 'app.menu.companySheet', <BusinessIcon />, startsWith('/company'))}
              {item('/staff', 'app.menu.staff', <GroupsIcon />, startsWith('/staff'))}
              {item('/journal', 'app.menu.journal', <HistoryEduIcon />, startsWith('/journal'))}
            </Group>
          </>
        ) : null}
      </List>
    </Box>
  );
};
