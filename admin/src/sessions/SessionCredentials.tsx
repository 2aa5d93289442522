import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  GlobalStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import CheckIcon from '@mui/icons-material/Check';
import BadgeIcon from '@mui/icons-material/Badge';
import { LinkBase, Title, useLocale, useLocation, useNavigate, useTranslate } from 'react-admin';
import type { ExamSession } from '../types';
import { formatDateTime } from '../shared/format';
import { usePdfFile } from '../shared/PdfButtons';
import { examApi } from './examApi';
import type { CreatedCredential } from './examTypes';

/** The credentials as the login-cards route takes them (the passwords exist only in this page's state). */
const cardsOf = (session: ExamSession): CreatedCredential[] =>
  (session.candidates ?? [])
    .filter((c) => c.password)
    .map((c) => {
      const extra = c as unknown as { candidateId?: string | number; anonymousCode?: string | null };
      return {
        candidateId: extra.candidateId ?? c.id,
        name: c.name,
        candidateNumber: c.candidateNumber,
        anonymousCode: extra.anonymousCode ?? null,
        extraMinutes: c.extraMinutes,
        username: c.username,
        password: c.password!,
        sandboxId: c.sandboxId,
        endsAt: c.endsAt,
      };
    });

const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        '.RaAppBar-appBar, .RaSidebar-fixed, .RaSidebar-root, .MuiDrawer-root, .no-print, header': { display: 'none !important' },
        '.RaLayout-content': { padding: '0 !important' },
        body: { background: '#fff' },
      },
    }}
  />
);

/**
 * Candidates' credentials, shown once right after the session is created.
 * They live only in the router state of this page: never stored, never fetched again.
 */
export const SessionCredentials = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const session = (location.state as { session?: ExamSession } | null)?.session;
  const title = translate('resources.sessions.credentials.title');
  const { preview, busy } = usePdfFile();

  if (!session?.candidates?.some((c) => c.password)) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={title} />
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.sessions.credentials.missing')}
        </Alert>
        <Button component={LinkBase} to="/sessions" variant="outlined">
          {translate('resources.sessions.credentials.back')}
        </Button>
      </Box>
    );
  }

  const done = () => {
    // Replace this history entry so that "back" cannot show the passwords again.
    navigate(`/sessions/${session.id}/show`, { replace: true, state: null });
  };

  return (
    <Box sx={{ mt: 2 }}>
      {printStyles}
      <Title title={title} />
      <Card>
        <CardContent>
          <Typography component="h2" variant="h5" sx={{ mb: 0.5 }}>
            {title}
          </Typography>
          <Typography variant="body1" sx={{ mb: 2 }}>
            {translate('resources.sessions.credentials.sessionLine', {
              name: session.name,
              startsAt: formatDateTime(session.startsAt, locale),
            })}
            {session.scenarioTitle ? ` — ${session.scenarioTitle}` : ''}
          </Typography>
          <Alert severity="warning" role="alert" sx={{ mb: 2 }} className="no-print">
            <AlertTitle>{translate('resources.sessions.credentials.warningTitle')}</AlertTitle>
            {translate('resources.sessions.credentials.warning')}
          </Alert>
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.sessions.candidate.name')}</TableCell>
                <TableCell>{translate('resources.sessions.candidate.candidateNumber')}</TableCell>
                <TableCell>{translate('resources.sessions.candidate.username')}</TableCell>
                <TableCell>{translate('resources.sessions.candidate.password')}</TableCell>
                <TableCell>{translate('resources.sessions.candidate.endsAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {session.candidates.map((candidate) => (
                <TableRow key={String(candidate.id ?? candidate.username)}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                    {candidate.name}
                  </TableCell>
                  <TableCell>{candidate.candidateNumber}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: '1rem' }} data-testid="credential-username">
                    {candidate.username}
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: '1rem' }} data-testid="credential-password">
                    {candidate.password}
                  </TableCell>
                  <TableCell>{formatDateTime(candidate.endsAt, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Box className="no-print" sx={{ display: 'flex', gap: 2, mt: 3 }}>
            <Button
              variant="contained"
              color="secondary"
              startIcon={busy ? <CircularProgress size={16} color="inherit" /> : <BadgeIcon />}
              onClick={() => preview(() => examApi.loginCards(session.id, cardsOf(session)))}
              disabled={busy !== null}
            >
              {translate('resources.sessions.cards.print')}
            </Button>
            <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()}>
              {translate('resources.sessions.credentials.print')}
            </Button>
            <Button variant="contained" startIcon={<CheckIcon />} onClick={done}>
              {translate('resources.sessions.credentials.done')}
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
