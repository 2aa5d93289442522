import { Box, Button, Chip, Link as MuiLink, Skeleton, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import AssignmentIcon from '@mui/icons-material/Assignment';
import { useQuery } from '@tanstack/react-query';
import { LinkBase, useTranslate } from 'react-admin';
import type { ExamSession, SessionCandidate } from '../types';
import { examApi } from '../sessions/examApi';
import { candidateLabel } from '../sessions/LiveTable';
import { effectiveStatus } from '../sessions/LifecycleActions';
import { checksSummary } from '../candidate-home/ChecksList';
import { useViewSandbox } from './useViewSandbox';

type SessionRecord = ExamSession & Record<string, unknown>;
const J = 'app.jury';

/** Checks passed / total for one candidate (evaluated on the locked snapshot when there is one). */
export const ChecksCell = ({ sandboxId }: { sandboxId?: string | null }) => {
  const translate = useTranslate();
  const { data, error, isPending } = useQuery({
    queryKey: ['exam', 'checks', sandboxId],
    queryFn: ({ signal }) => examApi.checks(sandboxId!, signal),
    enabled: !!sandboxId,
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (!sandboxId || error) return <Typography variant="body2" color="text.secondary">{translate('app.common.none')}</Typography>;
  if (isPending) return <Skeleton width={60} />;
  const { passed, total } = checksSummary(data);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={total > 0 && passed === total ? 'success' : 'default'}
      label={translate('app.checks.short', { passed, total })}
      data-testid="checks-cell"
    />
  );
};

/** A candidate's state as the jury sees it (the live view is the proctor's). */
const candidateState = (session: SessionRecord, candidate: SessionCandidate) => {
  const status = effectiveStatus(session);
  if (candidate.lockedAt || status === 'ended' || status === 'archived') return 'ended';
  if (status === 'running' || status === 'paused') return 'running';
  return 'notStarted';
};

/** Label of a candidate for the jury: the number (or anonymous code) first; the name only when the session is not anonymous. */
export const juryLabel = (candidate: Pick<SessionCandidate, 'name' | 'candidateNumber' | 'anonymousCode'>, anonymous: boolean) =>
  anonymous ? candidateLabel(candidate, true) : candidate.candidateNumber;

/** The jury's list of the session's candidates: state, checks, their file and the read-only sandbox. */
export const JurySessionCandidates = ({ session }: { session: SessionRecord }) => {
  const translate = useTranslate();
  const { open } = useViewSandbox();
  const anonymous = !!session.anonymous;
  const candidates = session.candidates ?? [];
  return (
    <Box component="section" aria-labelledby="jury-candidates-title">
      <Typography id="jury-candidates-title" component="h3" variant="h6" sx={{ color: 'primary.dark', mb: 1 }}>
        {translate(`${J}.candidates`)}
      </Typography>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
        <Table size="small" aria-labelledby="jury-candidates-title" data-testid="jury-candidates">
          <TableHead>
            <TableRow>
              <TableCell>{translate(anonymous ? 'resources.sessions.anonymous.code' : 'resources.sessions.candidate.candidateNumber')}</TableCell>
              {anonymous ? null : <TableCell>{translate('resources.sessions.candidate.name')}</TableCell>}
              <TableCell>{translate(`${J}.state`)}</TableCell>
              <TableCell>{translate(`${J}.checks`)}</TableCell>
              <TableCell>{translate('resources.sessions.candidate.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {candidates.map((candidate) => {
              const label = juryLabel(candidate, anonymous);
              const state = candidateState(session, candidate);
              const page = `/sessions/${session.id}/candidates/${candidate.id}`;
              return (
                <TableRow key={String(candidate.id)} hover>
                  <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
                    <MuiLink component={LinkBase} to={page} underline="hover">
                      {label}
                    </MuiLink>
                  </TableCell>
                  {anonymous ? null : <TableCell>{candidate.name}</TableCell>}
                  <TableCell>
                    <Chip
                      size="small"
                      color={state === 'ended' ? 'secondary' : state === 'running' ? 'success' : 'default'}
                      variant={state === 'notStarted' ? 'outlined' : 'filled'}
                      label={translate(`${J}.states.${state}`)}
                    />
                  </TableCell>
                  <TableCell>
                    <ChecksCell sandboxId={candidate.sandboxId} />
                  </TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                      <Button size="small" variant="outlined" component={LinkBase} to={page} startIcon={<AssignmentIcon />} aria-label={`${translate(`${J}.openFile`)} — ${label}`}>
                        {translate(`${J}.openFile`)}
                      </Button>
                      <Button
                        size="small"
                        startIcon={<VisibilityIcon />}
                        disabled={!candidate.sandboxId}
                        onClick={() =>
                          open({ sandboxId: candidate.sandboxId, sessionId: session.id, candidateId: candidate.id, label })
                        }
                        aria-label={`${translate(`${J}.view.button`)} — ${label}`}
                      >
                        {translate(`${J}.view.button`)}
                      </Button>
                    </Box>
                  </TableCell>
                </TableRow>
              );
            })}
            {candidates.length === 0 ? (
              <TableRow>
                <TableCell colSpan={5}>
                  <Typography color="text.secondary">{translate('resources.sessions.live.empty')}</Typography>
                </TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};
