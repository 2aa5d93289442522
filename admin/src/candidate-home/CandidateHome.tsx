import { useState } from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Link as MuiLink,
  List,
  ListItem,
  Skeleton,
  Typography,
} from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import MailIcon from '@mui/icons-material/Mail';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { useMutation } from '@tanstack/react-query';
import { LinkBase, useLocale, useTranslate } from 'react-admin';
import { getSandboxId } from '../dataProvider';
import { examApi } from '../sessions/examApi';
import type { ChecksPayload } from '../sessions/examTypes';
import { usePdfFile } from '../shared/PdfButtons';
import { errorText } from '../shared/serverErrors';
import { formatDateTime } from '../shared/format';
import { useSandboxContext } from '../shared/useSandboxContext';
import { Countdown } from './Countdown';
import { ChecksList } from './ChecksList';
import { useExamStatus } from './ExamClock';
import { Markdown } from './Markdown';

const inboxPath = `/messages?filter=${encodeURIComponent(JSON.stringify({ direction: 'in' }))}`;

const Instructions = () => {
  const translate = useTranslate();
  const { home, isPending } = useExamStatus();
  const { preview, busy } = usePdfFile();
  const text = home?.instructions?.trim();
  return (
    <Card component="section" aria-labelledby="instructions-title" sx={{ height: '100%' }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
          <Typography id="instructions-title" component="h3" variant="h6" sx={{ flex: 1 }}>
            {translate('app.home.instructions.title')}
          </Typography>
          <Button
            variant="outlined"
            size="small"
            startIcon={busy ? <CircularProgress size={16} /> : <PictureAsPdfIcon />}
            onClick={() => preview(() => examApi.instructionsPdf(getSandboxId()))}
            disabled={busy !== null}
          >
            {translate('app.home.instructions.pdf')}
          </Button>
        </Box>
        {isPending ? (
          <>
            <Skeleton />
            <Skeleton />
            <Skeleton width="60%" />
          </>
        ) : text ? (
          <Box data-testid="instructions" sx={{ maxWidth: '80ch' }}>
            <Markdown source={text} headingOffset={3} />
          </Box>
        ) : (
          <Typography color="text.secondary">{translate('app.home.instructions.none')}</Typography>
        )}
      </CardContent>
    </Card>
  );
};

const Inbox = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { home, received, fresh } = useExamStatus();
  const latest = home?.inbox?.latest ?? [];
  return (
    <Card component="section" aria-labelledby="inbox-title">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
          <Badge badgeContent={fresh > 0 ? <span aria-hidden>{fresh}</span> : null} color="error">
            <MailIcon color="primary" aria-hidden />
          </Badge>
          <Typography id="inbox-title" component="h3" variant="h6" sx={{ flex: 1 }}>
            {translate('app.home.inbox.title')}
          </Typography>
        </Box>
        {received > 0 ? (
          <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }} data-testid="inbox-count">
            {translate('app.home.inbox.received', { smart_count: received })}
            {fresh > 0 ? ` · ${translate('app.home.inbox.fresh', { smart_count: fresh })}` : ''}
          </Typography>
        ) : null}
        {latest.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('app.home.inbox.empty')}
          </Typography>
        ) : (
          <List dense disablePadding aria-label={translate('app.home.inbox.latest')} data-testid="home-inbox">
            {latest.map((message) => (
              <ListItem key={String(message.id)} disableGutters sx={{ display: 'block', py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
                <MuiLink
                  component={LinkBase}
                  to={`/messages/${encodeURIComponent(String(message.id))}/show`}
                  underline="hover"
                  sx={{ fontWeight: message.read === false ? 700 : 500, display: 'block' }}
                >
                  {message.subject}
                </MuiLink>
                <Typography variant="caption" color="text.secondary">
                  {[message.fromName ?? message.fromAddress ?? message.from, formatDateTime(message.sentAt, locale)].filter(Boolean).join(' · ')}
                </Typography>
              </ListItem>
            ))}
          </List>
        )}
        <Button component={LinkBase} to={inboxPath} size="small" sx={{ mt: 1 }} startIcon={<MailIcon />}>
          {translate('app.home.inbox.open')}
        </Button>
      </CardContent>
    </Card>
  );
};

/** Training only: the candidate runs the scenario's checks on their own work. */
const SelfCheck = () => {
  const translate = useTranslate();
  const [result, setResult] = useState<ChecksPayload | null>(null);
  const { mutate, isPending, error } = useMutation({
    mutationFn: () => examApi.checks(getSandboxId()),
    onSuccess: setResult,
  });
  return (
    <Card component="section" aria-labelledby="selfcheck-title" sx={{ mt: 2 }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap' }}>
          <Typography id="selfcheck-title" component="h3" variant="h6" sx={{ flex: 1 }}>
            {translate('app.home.checks.title')}
          </Typography>
          <Button
            variant="contained"
            startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : <FactCheckIcon />}
            onClick={() => mutate()}
            disabled={isPending}
          >
            {translate(result ? 'app.home.checks.rerun' : 'app.home.checks.run')}
          </Button>
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {translate('app.home.checks.intro')}
        </Typography>
        <Box aria-live="polite">
          {error ? (
            <Alert severity="error" role="alert">
              {errorText(error, translate)}
            </Alert>
          ) : null}
          {result ? <ChecksList payload={result} /> : null}
        </Box>
      </CardContent>
    </Card>
  );
};

/**
 * The candidate's landing content: instructions (also as PDF), the countdown, the inbox, the
 * recording notice, and in training the self-check. The dashboard figures follow it.
 */
export const CandidateHome = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { home } = useExamStatus();
  const { data: context } = useSandboxContext();
  const mode = home?.mode ?? context?.sessionMode;
  return (
    <Box sx={{ mb: 3 }}>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(280px, 1fr)' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Box sx={{ order: { xs: 2, md: 1 } }}>
          <Instructions />
        </Box>
        <Box sx={{ order: { xs: 1, md: 2 }, display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Countdown />
          <Alert severity="info" icon={<HistoryEduIcon />} data-testid="recording-notice">
            {/* The server's notice is French: in another language, ours. */}
            {(locale === 'fr' && home?.recordingNotice) || translate('app.home.recorded')}
          </Alert>
          <Inbox />
        </Box>
      </Box>
      {mode === 'training' ? <SelfCheck /> : null}
    </Box>
  );
};
