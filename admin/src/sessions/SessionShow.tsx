import { Box, Chip, CircularProgress, Typography, Button } from '@mui/material';
import FolderZipIcon from '@mui/icons-material/FolderZip';
import TableViewIcon from '@mui/icons-material/TableView';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { Labeled, Show, TextField, useLocale, useLocation, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { ExamSession } from '../types';
import { LocalDateField } from '../shared/DateFields';
import { ShowSection } from '../shared/FormSection';
import { formatDateTime, formatDuration } from '../shared/format';
import { usePdfFile } from '../shared/PdfButtons';
import { RecordHeader } from '../shared/RecordHeader';
import { SessionModeChip, SessionStatusChip, canManageSessions } from './SessionList';
import { LifecycleActions, effectiveStatus } from './LifecycleActions';
import { LiveTable } from './LiveTable';
import { EventsList } from './EventsList';
import { JuryAssignments } from './JuryAssignments';
import { ImportCandidatesButton } from './ImportCandidates';
import { examApi } from './examApi';
import { JurySessionCandidates } from '../jury/JurySessionCandidates';

type SessionRecord = ExamSession & Record<string, unknown>;

const SessionTitle = () => {
  const record = useRecordContext<ExamSession>();
  const translate = useTranslate();
  return <>{record ? translate('resources.sessions.titles.show', { name: record.name }) : ''}</>;
};

const Duration = () => {
  const record = useRecordContext<ExamSession>();
  return (
    <Typography component="span" variant="body2">
      {formatDuration(record?.durationMinutes)}
    </Typography>
  );
};

const Mode = () => <SessionModeChip value={useRecordContext<ExamSession>()?.mode} />;
const Status = () => {
  const record = useRecordContext<SessionRecord>();
  return record ? <SessionStatusChip value={effectiveStatus(record) } /> : null;
};
const Anonymous = () => {
  const record = useRecordContext<SessionRecord>();
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {translate(record?.anonymous ? 'resources.sessions.anonymous.yes' : 'resources.sessions.anonymous.no')}
    </Typography>
  );
};

const DateOrDash = ({ source }: { source: string }) => {
  const record = useRecordContext<SessionRecord>();
  const locale = useLocale();
  const value = record?.[source] as string | null | undefined;
  return (
    <Typography component="span" variant="body2">
      {value ? formatDateTime(value, locale) : '—'}
    </Typography>
  );
};

/** ZIP of the whole session (dossiers, locked snapshots, checks and marks) and the marks as CSV. */
const SessionExports = ({ session }: { session: SessionRecord }) => {
  const translate = useTranslate();
  const { download, busy } = usePdfFile();
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      <Button
        variant="outlined"
        startIcon={busy === 'download' ? <CircularProgress size={16} /> : <FolderZipIcon />}
        onClick={() => download(() => examApi.exportZip(session.id))}
        disabled={busy !== null}
      >
        {translate('resources.sessions.export.zip')}
      </Button>
      <Button variant="outlined" startIcon={<TableViewIcon />} onClick={() => download(() => examApi.marksCsv(session.id))} disabled={busy !== null}>
        {translate('resources.sessions.export.marks')}
      </Button>
    </Box>
  );
};

const Header = () => {
  const record = useRecordContext<SessionRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 2, pr: 2 }}>
      <Box sx={{ flex: 1, minWidth: 280 }}>
        <RecordHeader
          title={record.name}
          chips={
            <>
              <SessionModeChip value={record.mode} />
              <SessionStatusChip value={effectiveStatus(record) } />
              {record.anonymous ? (
                <Chip size="small" variant="outlined" icon={<VisibilityOffIcon />} label={translate('resources.sessions.anonymous.chip')} />
              ) : null}
            </>
          }
        />
      </Box>
      {canManageSessions(permissions) ? <LifecycleActions session={record} /> : null}
    </Box>
  );
};

const Information = () => (
  <ShowSection title="resources.sessions.sections.session" columns={4}>
    <TextField source="name" />
    <TextField source="scenarioTitle" />
    <Labeled source="mode">
      <Mode />
    </Labeled>
    <Labeled source="status">
      <Status />
    </Labeled>
    <LocalDateField source="startsAt" showTime />
    <Labeled source="durationMinutes" label="resources.sessions.fields.duration">
      <Duration />
    </Labeled>
    <LocalDateField source="endsAt" showTime />
    <TextField source="candidateCount" />
    <Labeled source="anonymous" label="resources.sessions.anonymous.label">
      <Anonymous />
    </Labeled>
    <Labeled source="startedAt" label="resources.sessions.lifecycle.startedAt">
      <DateOrDash source="startedAt" />
    </Labeled>
    <Labeled source="endedAt" label="resources.sessions.lifecycle.endedAt">
      <DateOrDash source="endedAt" />
    </Labeled>
    <Labeled source="latestEndsAt" label="resources.sessions.lifecycle.latestEndsAt">
      <DateOrDash source="latestEndsAt" />
    </Labeled>
  </ShowSection>
);

/** The proctor's console: lifecycle, live table, juries, events, import and exports. */
const ProctorConsole = () => {
  const record = useRecordContext<SessionRecord>();
  const location = useLocation();
  if (!record) return null;
  const status = effectiveStatus(record);
  const importErrors = (location.state as { importErrors?: unknown } | null)?.importErrors;
  return (
    <Box sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        {status !== 'archived' && status !== 'ended' ? <ImportCandidatesButton session={record} initialErrors={importErrors} /> : null}
        <SessionExports session={record} />
      </Box>
      <Information />
      <LiveTable session={record} canManage />
      <JuryAssignments session={record} />
      <EventsList session={record} />
    </Box>
  );
};

const JuryView = () => {
  const record = useRecordContext<SessionRecord>();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Box sx={{ mb: 2 }}>
        <SessionExports session={record} />
      </Box>
      <Information />
      <JurySessionCandidates session={record} />
    </Box>
  );
};

const Body = () => {
  const { permissions } = usePermissions();
  return canManageSessions(permissions) ? <ProctorConsole /> : <JuryView />;
};

export const SessionShow = () => (
  <Show title={<SessionTitle />} actions={false} queryOptions={{ refetchInterval: 30_000 }}>
    <Header />
    <Body />
  </Show>
);
