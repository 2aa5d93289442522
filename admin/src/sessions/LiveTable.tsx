import { Alert, Box, Chip, Link as MuiLink, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { LinkBase, useLocale, useTranslate, type Identifier } from 'react-admin';
import type { ExamSession } from '../types';
import { examApi } from './examApi';
import type { LiveCandidate, LiveDocuments, LiveSession, LiveState } from './examTypes';
import { CandidateActions } from './CandidateActions';
import { formatDateTime, formatTime } from '../shared/format';
import { errorText } from '../shared/serverErrors';
import { intlLocale } from '../i18n/i18nProvider';

const LIVE_MS = 10_000;
const C = 'resources.sessions.live';

export const useLiveSession = (sessionId: Identifier, enabled = true) =>
  useQuery({
    queryKey: ['exam', 'live', String(sessionId)],
    queryFn: ({ signal }) => examApi.live(sessionId, signal),
    refetchInterval: LIVE_MS,
    refetchIntervalInBackground: true,
    enabled,
    retry: 1,
  });

/** "1 h 05 min", "12 min", "45 s". */
export const formatRemaining = (seconds: number | null | undefined, translate: (k: string, o?: Record<string, unknown>) => string) => {
  if (seconds == null) return translate('app.common.none');
  if (seconds <= 0) return translate(`${C}.timeOver`);
  if (seconds < 60) return translate(`${C}.seconds`, { s: Math.floor(seconds) });
  const minutes = Math.floor(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? translate(`${C}.hoursMinutes`, { h, m: String(m).padStart(2, '0') }) : translate(`${C}.minutes`, { m });
};

const STATE_COLOURS: Record<LiveState, 'default' | 'success' | 'warning' | 'secondary'> = {
  not_logged_in: 'default',
  working: 'success',
  idle: 'warning',
  ended: 'secondary',
};

export const LiveStateChip = ({ candidate }: { candidate: Pick<LiveCandidate, 'state' | 'idleMinutes'> }) => {
  const translate = useTranslate();
  const colour = STATE_COLOURS[candidate.state] ?? 'default';
  const label =
    candidate.state === 'idle'
      ? translate(`${C}.state.idle`, { smart_count: Math.max(1, Math.round(candidate.idleMinutes ?? 0)) })
      : translate(`${C}.state.${candidate.state}`, { _: candidate.state });
  return (
    <Chip size="small" color={colour} variant={colour === 'default' ? 'outlined' : 'filled'} label={label} sx={{ transition: 'none' }} data-testid="live-state" />
  );
};

const DOC_KEYS: Array<keyof LiveDocuments> = ['quotes', 'orders', 'deliveryNotes', 'invoices', 'creditNotes', 'messagesSent', 'reminders'];

const DocumentCounts = ({ documents }: { documents?: LiveDocuments }) => {
  const translate = useTranslate();
  const parts = DOC_KEYS.filter((key) => (documents?.[key] ?? 0) > 0).map((key) =>
    translate(`${C}.documents.${key}`, { smart_count: documents![key] ?? 0 }),
  );
  return (
    <Typography variant="body2" component="span" color={parts.length ? 'text.primary' : 'text.secondary'}>
      {parts.length ? parts.join(', ') : translate(`${C}.documents.none`)}
    </Typography>
  );
};

/** Name or, in an anonymous session, the number / anonymous code. */
export const candidateLabel = (c: { name?: string | null; candidateNumber?: string | null; anonymousCode?: string | null }, anonymous?: boolean) =>
  (anonymous ? (c.anonymousCode ?? c.candidateNumber) : (c.name ?? c.anonymousCode ?? c.candidateNumber)) ?? '—';

/**
 * The proctor's live view: each candidate's state, remaining time, last action and documents,
 * refreshed every 10 s without reloading the page.
 */
export const LiveTable = ({ session, canManage }: { session: ExamSession & Record<string, unknown>; canManage: boolean }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { data, error, isPending, dataUpdatedAt } = useLiveSession(session.id);
  const archived = !!session.archivedAt || session.status === ('archived' as string);
  const anonymous = !!session.anonymous;

  // Without the live route (older server): the session's candidates, without live figures.
  const fallback: LiveCandidate[] = (session.candidates ?? []).map((c) => ({
    candidateId: c.id,
    candidateNumber: c.candidateNumber,
    name: c.name,
    sandboxId: c.sandboxId,
    state: 'not_logged_in',
    endsAt: c.endsAt,
  }));
  const live: LiveSession | undefined = data;
  const detailOf = (id: Identifier) => session.candidates?.find((c) => String(c.id) === String(id));
  const sandboxOf = (id: Identifier) => detailOf(id)?.sandboxId;
  const usernameOf = (id: Identifier) => detailOf(id)?.username;
  const rows = live?.candidates ?? fallback;

  return (
    <Box component="section" aria-labelledby="live-title" sx={{ mb: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 1, flexWrap: 'wrap' }}>
        <Typography id="live-title" component="h3" variant="h6" sx={{ color: 'primary.dark' }}>
          {translate(`${C}.title`)}
        </Typography>
        {dataUpdatedAt ? (
          <Typography variant="caption" color="text.secondary" data-testid="live-updated">
            {translate(`${C}.updated`, {
              time: new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(dataUpdatedAt),
            })}
          </Typography>
        ) : null}
      </Box>
      {error && !isPending ? (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate(`${C}.unavailable`)} ({errorText(error, translate)})
        </Alert>
      ) : null}
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
        <Table size="small" aria-labelledby="live-title" data-testid="live-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.sessions.candidate.candidateNumber')}</TableCell>
              <TableCell>{translate('resources.sessions.candidate.name')}</TableCell>
              <TableCell>{translate('resources.sessions.candidate.username')}</TableCell>
              <TableCell>{translate(`${C}.stateLabel`)}</TableCell>
              <TableCell>{translate(`${C}.remaining`)}</TableCell>
              <TableCell>{translate(`${C}.lastAction`)}</TableCell>
              <TableCell>{translate(`${C}.documentsLabel`)}</TableCell>
              <TableCell>{translate('resources.sessions.candidate.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((c) => {
              const label = candidateLabel(c, anonymous);
              const ended = c.state === 'ended' || !!c.locked;
              return (
                <TableRow key={String(c.candidateId)} hover data-testid="live-row">
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{c.candidateNumber}</TableCell>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                    <MuiLink component={LinkBase} to={`/sessions/${session.id}/candidates/${c.candidateId}`} underline="hover">
                      {c.name ?? detailOf(c.candidateId)?.name ?? label}
                    </MuiLink>
                    {anonymous && (c.anonymousCode ?? detailOf(c.candidateId)?.anonymousCode) ? (
                      <Typography variant="caption" color="text.secondary" component="div" sx={{ fontWeight: 400 }}>
                        {translate('resources.sessions.anonymous.codeShort', { code: c.anonymousCode ?? detailOf(c.candidateId)?.anonymousCode })}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{usernameOf(c.candidateId)}</TableCell>
                  <TableCell>
                    <LiveStateChip candidate={c} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {live ? formatRemaining(c.remainingSeconds, translate) : formatDateTime(c.endsAt, locale)}
                    {c.endsAt && live ? (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {translate(`${C}.endsAt`, { time: formatTime(c.endsAt, locale) })}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    {c.lastAction ? (
                      <>
                        <Typography variant="body2" component="span">
                          {c.lastAction}
                        </Typography>
                        {c.lastActionAt ? (
                          <Typography variant="caption" color="text.secondary" component="div">
                            {formatTime(c.lastActionAt, locale)}
                          </Typography>
                        ) : null}
                      </>
                    ) : (
                      <Typography variant="body2" color="text.secondary" component="span">
                        {translate('app.common.none')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell sx={{ maxWidth: 260 }}>
                    <DocumentCounts documents={c.documents} />
                  </TableCell>
                  <TableCell>
                    {canManage ? (
                      <CandidateActions
                        sessionId={session.id}
                        candidateId={c.candidateId}
                        label={label}
                        sandboxId={c.sandboxId ?? sandboxOf(c.candidateId)}
                        ended={ended}
                        archived={archived}
                      />
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
            {rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={8}>
                  <Typography color="text.secondary">{translate(`${C}.empty`)}</Typography>
                </TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};
