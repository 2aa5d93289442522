import { Box, Tooltip, Typography } from '@mui/material';
import BusinessIcon from '@mui/icons-material/Business';
import EventIcon from '@mui/icons-material/Event';
import PersonIcon from '@mui/icons-material/Person';
import ScheduleIcon from '@mui/icons-material/Schedule';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useSandboxContext } from '../shared/useSandboxContext';
import { useExamStatus } from '../candidate-home/ExamClock';
import { AppBarCountdown } from '../candidate-home/Countdown';
import { formatDate, formatLongDate, formatTime } from '../shared/format';
import { visuallyHidden } from '../shared/visuallyHidden';

const InfoItem = ({ icon, label, value, hideBelow }: { icon: React.ReactNode; label: string; value: string; hideBelow?: 'md' | 'lg' }) => (
  <Tooltip title={label}>
    <Box
      sx={{
        display: hideBelow ? { xs: 'none', [hideBelow]: 'flex' } : 'flex',
        alignItems: 'center',
        gap: 0.75,
        px: 1.25,
        whiteSpace: 'nowrap',
      }}
    >
      <Box component="span" aria-hidden sx={{ display: 'flex', opacity: 0.85 }}>
        {icon}
      </Box>
      <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
        <Box component="span" sx={visuallyHidden}>
          {label} :{' '}
        </Box>
        {value}
      </Typography>
    </Box>
  </Tooltip>
);

const CandidateInfo = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { data } = useSandboxContext();
  const { home } = useExamStatus();
  if (!data) return null;
  // The home payload knows extensions and pauses; the context only the planned end.
  const endsAt = home?.endsAt ?? data.endsAt;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', ml: 2 }} aria-label={translate('app.appbar.company')}>
      <InfoItem icon={<BusinessIcon fontSize="small" />} label={translate('app.appbar.company')} value={data.companyName} />
      <InfoItem
        icon={<EventIcon fontSize="small" />}
        label={translate('app.appbar.scenarioDate')}
        value={formatLongDate(data.scenarioToday || data.scenarioNow, locale)}
        hideBelow="md"
      />
      {endsAt ? (
        <InfoItem
          icon={<ScheduleIcon fontSize="small" />}
          label={translate('app.appbar.sessionEnd')}
          value={
            new Date(endsAt).toDateString() === new Date().toDateString()
              ? translate('app.appbar.endsAt', { time: formatTime(endsAt, locale) })
              : translate('app.appbar.endsAtDate', {
                  date: formatDate(endsAt, locale),
                  time: formatTime(endsAt, locale),
                })
          }
          hideBelow="lg"
        />
      ) : null}
    </Box>
  );
};

const StaffInfo = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  if (!permissions) return null;
  return (
    <InfoItem
      icon={<PersonIcon fontSize="small" />}
      label={translate('app.appbar.role')}
      value={translate(`app.enums.userRole.${permissions}`, { _: String(permissions) })}
      hideBelow="md"
    />
  );
};

/** The user menu button's accessible name is the visible name (WCAG 2.5.3 "label in name"). */
const IdentityUserMenu = () => {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'} />;
};

export const AppBar = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  return (
    <RaAppBar
      userMenu={<IdentityUserMenu />}
      color="primary"
      toolbar={
        <>
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <Typography
        component="span"
        sx={{ fontWeight: 700, letterSpacing: '0.02em', mr: 2, display: { xs: 'none', sm: 'block' } }}
      >
        {translate('app.name')}
      </Typography>
      <TitlePortal component="h1" sx={{ fontSize: '1rem', fontWeight: 600, opacity: 0.95, m: 0 }} />
      {permissions === 'candidate' ? (
        <>
          <CandidateInfo />
          <AppBarCountdown />
        </>
      ) : (
        <StaffInfo />
      )}
    </RaAppBar>
  );
};
