import { Alert, Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslate, type Identifier } from 'react-admin';
import { examApi } from './examApi';
import type { ExamSession } from '../types';
import { candidateLabel } from './LiveTable';
import { formatDateTime } from '../shared/format';
import { errorText } from '../shared/serverErrors';

const E = 'resources.sessions.events';

/** What was done to the session and its candidates (open, start, pause, extend, unlock, reset…), with who and why. */
export const EventsList = ({ session }: { session: ExamSession & Record<string, unknown> }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { data, error, isPending } = useQuery({
    queryKey: ['exam', 'events', String(session.id)],
    queryFn: ({ signal }) => examApi.events(session.id as Identifier, signal),
    refetchInterval: 30_000,
    retry: 1,
  });
  const candidate = (id: Identifier | null | undefined) => {
    if (id == null) return null;
    const c = session.candidates?.find((x) => String(x.id) === String(id));
    return c ? candidateLabel(c as never, !!session.anonymous) : String(id);
  };
  const rows = [...(data ?? [])].sort((a, b) => (a.at < b.at ? 1 : -1));

  return (
    <Box component="section" aria-labelledby="events-title" sx={{ mb: 3 }}>
      <Typography id="events-title" component="h3" variant="h6" sx={{ color: 'primary.dark', mb: 1 }}>
        {translate(`${E}.title`)}
      </Typography>
      {error ? (
        <Alert severity="warning">
          {translate(`${E}.unavailable`)} ({errorText(error, translate)})
        </Alert>
      ) : isPending ? null : rows.length === 0 ? (
        <Typography color="text.secondary">{translate(`${E}.empty`)}</Typography>
      ) : (
        <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', maxHeight: 420 }}>
          <Table size="small" stickyHeader aria-labelledby="events-title" data-testid="events-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate(`${E}.at`)}</TableCell>
                <TableCell>{translate(`${E}.type`)}</TableCell>
                <TableCell>{translate(`${E}.candidate`)}</TableCell>
                <TableCell>{translate(`${E}.details`)}</TableCell>
                <TableCell>{translate(`${E}.actor`)}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((event) => (
                <TableRow key={String(event.id)}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at, locale)}</TableCell>
                  <TableCell sx={{ fontWeight: 600 }}>{translate(`${E}.types.${event.type}`, { _: event.type })}</TableCell>
                  <TableCell>
                    {event.candidateNumber ?? event.candidateName ?? candidate(event.candidateId) ?? translate(`${E}.wholeSession`)}
                  </TableCell>
                  <TableCell>
                    {[event.minutes ? translate(`${E}.minutes`, { smart_count: event.minutes }) : null, event.reason]
                      .filter(Boolean)
                      .join(' — ') || translate('app.common.none')}
                  </TableCell>
                  <TableCell>{event.actorName ?? translate(`${E}.system`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
};
