import type { ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import VisibilityIcon from '@mui/icons-material/Visibility';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CloseIcon from '@mui/icons-material/Close';
import { useLocation, usePermissions, useTranslate } from 'react-admin';
import { useExamStatus } from '../candidate-home/ExamClock';
import { useViewedSandbox } from '../jury/viewedSandbox';
import { useViewSandbox } from '../jury/useViewSandbox';
import { useCanWrite, useSandboxContext } from '../shared/useSandboxContext';

/** Sandbox screens that are forms (create / edit): fields and the save button are disabled when writing is not possible. */
const FORM_ROUTE =
  /^\/(quotes|orders|invoices|credit-notes|delivery-notes|contacts|products|product-families|third-parties|company|payments|payment-plans|reminders)\/(?!worklist$)[^/]+$/;

/**
 * The candidate's lock / pause / not-started banner, or for a jury member (or proctor) reading a
 * candidate's sandbox, "Lecture seule — candidat n° …" with the way back.
 */
export const ExamBanner = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const exam = useExamStatus();
  const { data: context } = useSandboxContext();
  const viewed = useViewedSandbox();
  const { leave } = useViewSandbox();

  if (permissions === 'candidate') {
    if (exam.locked || exam.expired) {
      return (
        <Alert
          severity="error"
          variant="filled"
          icon={<LockIcon />}
          role="alert"
          data-testid="lock-banner"
          sx={{ mt: 1, mb: 1, fontWeight: 500, bgcolor: '#8c1d18' }}
        >
          {translate('app.lock.locked')}
        </Alert>
      );
    }
    if (exam.paused) {
      return (
        <Alert severity="warning" variant="filled" icon={<PauseCircleIcon />} role="alert" data-testid="lock-banner" sx={{ mt: 1, mb: 1, bgcolor: '#7a3a00' }}>
          {translate('app.lock.paused')}
        </Alert>
      );
    }
    if (exam.notStarted) {
      return (
        <Alert severity="info" icon={<HourglassEmptyIcon />} role="status" data-testid="lock-banner" sx={{ mt: 1, mb: 1 }}>
          {translate('app.lock.notStarted')}
        </Alert>
      );
    }
    if (context && context.writable === false) {
      return (
        <Alert severity="warning" icon={<LockIcon />} role="status" data-testid="lock-banner" sx={{ mt: 1, mb: 1, fontWeight: 500 }}>
          {translate('app.appbar.readOnly')}
        </Alert>
      );
    }
    return null;
  }

  if (permissions && viewed) {
    const back = `/sessions/${encodeURIComponent(String(viewed.sessionId))}/candidates/${encodeURIComponent(String(viewed.candidateId))}`;
    return (
      <Alert
        severity="info"
        icon={<VisibilityIcon />}
        role="status"
        data-testid="readonly-banner"
        sx={{ mt: 1, mb: 1, alignItems: 'center', '& .MuiAlert-message': { flex: 1 } }}
        action={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button color="inherit" size="small" variant="outlined" startIcon={<ArrowBackIcon />} onClick={() => leave(back)}>
              {translate('app.jury.view.back')}
            </Button>
            <Button color="inherit" size="small" startIcon={<CloseIcon />} onClick={() => leave('/sessions')}>
              {translate('app.jury.view.leave')}
            </Button>
          </Box>
        }
      >
        <AlertTitle sx={{ mb: 0 }}>{translate('app.jury.view.banner', { label: viewed.label })}</AlertTitle>
        {context?.companyName ? `${context.companyName} — ` : ''}
        {translate('app.jury.view.bannerHelp')}
      </Alert>
    );
  }
  return null;
};

/**
 * On a create / edit screen of the sandbox, when writing is not possible (time over, pause, jury),
 * every field and the save button are disabled at once by a disabled fieldset.
 */
export const FormLock = ({ children }: { children: ReactNode }) => {
  const location = useLocation();
  const canWrite = useCanWrite();
  const { permissions } = usePermissions();
  const lock = !!permissions && !canWrite && FORM_ROUTE.test(location.pathname);
  // Always the same element, only its disabled state changes: swapping wrappers would remount the
  // page (and lose what the candidate was looking at) each time the lock state is re-read.
  return (
    <Box
      component="fieldset"
      disabled={lock}
      data-testid={lock ? 'form-lock' : undefined}
      aria-disabled={lock ? 'true' : undefined}
      sx={{
        border: 0,
        p: 0,
        m: 0,
        minWidth: 0,
        // The fieldset disables every control natively; make them look disabled too.
        ...(lock ? { '& .MuiButtonBase-root': { opacity: 0.45, pointerEvents: 'none' }, '& .MuiInputBase-root': { bgcolor: '#f3f4f6' } } : {}),
      }}
    >
      {children}
    </Box>
  );
};
