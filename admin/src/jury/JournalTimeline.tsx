import { Box, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { JournalEntry } from '../types';
import { formatDate, formatDateTime, formatTime } from '../shared/format';
import { changeRows } from '../journal/changes';

const ACTION_COLOURS: Record<string, string> = {
  create: '#2e6b30',
  validate: '#1d4f7a',
  send: '#0b5cad',
  sent: '#0b5cad',
  delete: '#b3261e',
  cancel: '#b3261e',
  credit_check: '#7a3b12',
  reset: '#9a4a00',
};

/** The activity journal as a timeline: real time, scenario time, action, record and what changed. */
export const JournalTimeline = ({ entries }: { entries: JournalEntry[] }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (entries.length === 0) return <Typography color="text.secondary">{translate('app.jury.journal.empty')}</Typography>;
  let lastDay = '';
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={translate('app.jury.tabs.journal')} data-testid="journal-timeline">
      {entries.map((entry) => {
        const day = formatDate(entry.at, locale);
        const showDay = day !== lastDay;
        lastDay = day;
        const changes = changeRows(entry.resource, entry.changes, translate, locale).slice(0, 4);
        const colour = ACTION_COLOURS[entry.action] ?? '#4b5563';
        return (
          <Box component="li" key={String(entry.id)} sx={{ position: 'relative' }}>
            {showDay ? (
              <Typography variant="caption" sx={{ display: 'block', fontWeight: 700, color: 'text.secondary', mt: 1, mb: 0.5 }}>
                {day}
              </Typography>
            ) : null}
            <Box sx={{ display: 'grid', gridTemplateColumns: '72px 16px 1fr', columnGap: 1, alignItems: 'start' }}>
              <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600, pt: 0.25 }}>
                {formatTime(entry.at, locale)}
              </Typography>
              <Box sx={{ position: 'relative', height: '100%', minHeight: 36 }} aria-hidden>
                <Box sx={{ position: 'absolute', left: 7, top: 0, bottom: 0, width: 2, bgcolor: 'divider' }} />
                <Box sx={{ position: 'absolute', left: 2, top: 6, width: 12, height: 12, borderRadius: '50%', bgcolor: colour }} />
              </Box>
              <Box sx={{ pb: 1.25 }}>
                <Typography variant="body2">
                  <Box component="span" sx={{ fontWeight: 700, color: colour }}>
                    {translate(`app.enums.journalAction.${entry.action}`, { _: entry.action })}
                  </Box>
                  {' — '}
                  {translate(`resources.${entry.resource}.name`, { smart_count: 1, _: entry.resource })}
                  {entry.label ? ` ${entry.label}` : ''}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {entry.scenarioAt ? translate('app.jury.journal.scenarioAt', { date: formatDateTime(entry.scenarioAt, locale) }) : ''}
                  {entry.username ? ` · ${entry.username}` : ''}
                </Typography>
                {changes.length > 0 ? (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {changes.map((row) => `${row.label} : ${row.before} → ${row.after}`).join(' ; ')}
                  </Typography>
                ) : null}
              </Box>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
};
