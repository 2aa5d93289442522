import { Box, Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  Labeled,
  Show,
  TextField,
  usePermissions,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { ExamSession, SessionCandidate } from '../types';
import { LocalDateField } from '../shared/DateFields';
import { ShowSection } from '../shared/FormSection';
import { formatDuration } from '../shared/format';
import { SessionModeChip, SessionStatusChip, canManageSessions } from './SessionList';
import { ResetSandboxButton } from './ResetSandboxButton';
import { RecordHeader } from '../shared/RecordHeader';

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
const Status = () => <SessionStatusChip value={useRecordContext<ExamSession>()?.status} />;
const EndsAtField = (props: FieldProps) => <LocalDateField {...props} source="endsAt" showTime />;
const LastResetField = (props: FieldProps) => <LocalDateField {...props} source="lastResetAt" showTime />;

const Header = () => {
  const record = useRecordContext<ExamSession>();
  if (!record) return null;
  return (
    <RecordHeader
      title={record.name}
      chips={
        <>
          <SessionModeChip value={record.mode} />
          <SessionStatusChip value={record.status} />
        </>
      }
    />
  );
};

const C = 'resources.sessions.candidate';

const Candidates = () => {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const canReset = canManageSessions(permissions);
  return (
    <Box component="section" aria-labelledby="candidates-title" sx={{ width: '100%' }}>
      <Typography id="candidates-title" component="h3" variant="subtitle1" sx={{ color: 'primary.dark', mb: 1 }}>
        {translate('resources.sessions.fields.candidates')}
      </Typography>
      <ArrayField source="candidates">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="name" label={`${C}.name`} />
          <DataTable.Col source="candidateNumber" label={`${C}.candidateNumber`} />
          <DataTable.Col source="username" label={`${C}.username`} />
          <DataTable.Col
            source="extraMinutes"
            label={`${C}.extraMinutesShort`}
            render={(c: SessionCandidate) => (c.extraMinutes ? `${c.extraMinutes} min` : '—')}
          />
          <DataTable.Col source="endsAt" label={`${C}.endsAt`} field={EndsAtField} />
          <DataTable.NumberCol source="resetCount" label={`${C}.resetCount`} />
          <DataTable.Col source="lastResetAt" label={`${C}.lastResetAt`} field={LastResetField} />
          {canReset ? (
            <DataTable.Col label={`${C}.actions`}>
              <ResetSandboxButton />
            </DataTable.Col>
          ) : null}
        </DataTable>
      </ArrayField>
    </Box>
  );
};

export const SessionShow = () => (
  <Show title={<SessionTitle />} actions={false}>
    <Header />
    <Box sx={{ p: 2 }}>
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
      </ShowSection>
      <Candidates />
    </Box>
  </Show>
);
