import { Box, Link as MuiLink, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  LinkBase,
  List,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { ExamSession } from '../types';
import type { SessionStatus } from './examTypes';
import { LocalDateField } from '../shared/DateFields';
import { StatusChip } from '../shared/EnumField';
import { formatDuration } from '../shared/format';

export const canManageSessions = (permissions: unknown) => permissions === 'admin' || permissions === 'proctor';

const ListActions = () => {
  const { permissions } = usePermissions();
  return <TopToolbar>{canManageSessions(permissions) ? <CreateButton label="resources.sessions.titles.create" /> : null}</TopToolbar>;
};

export const SessionStatusChip = ({ value }: { value: ExamSession['status'] | SessionStatus | undefined }) => (
  <StatusChip
    enumName="sessionStatus"
    value={value}
    colors={{ planned: 'info', open: 'primary', running: 'success', paused: 'warning', ended: 'default', archived: 'default' }}
  />
);

export const SessionModeChip = ({ value }: { value: ExamSession['mode'] | undefined }) => (
  <StatusChip enumName="sessionMode" value={value} colors={{ exam: 'secondary', training: 'primary' }} variant="outlined" />
);

const NameLink = () => {
  const record = useRecordContext<ExamSession>();
  if (!record) return null;
  return (
    <MuiLink component={LinkBase} to={`/sessions/${record.id}/show`} underline="hover" sx={{ fontWeight: 600 }}>
      {record.name}
    </MuiLink>
  );
};

const StartsAtField = (props: FieldProps) => <LocalDateField {...props} source="startsAt" showTime />;

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('resources.sessions.empty')}</Typography>
    </Box>
  );
};

export const SessionList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.sessions.titles.list')}
      actions={<ListActions />}
      sort={{ field: 'startsAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false} empty={<Empty />}>
        <DataTable.Col source="name" field={NameLink} />
        <DataTable.Col source="scenarioTitle" disableSort />
        <DataTable.Col source="mode" render={(s: ExamSession) => <SessionModeChip value={s.mode} />} />
        <DataTable.Col source="startsAt" field={StartsAtField} />
        <DataTable.Col
          source="durationMinutes"
          label="resources.sessions.fields.duration"
          render={(s: ExamSession) => formatDuration(s.durationMinutes)}
        />
        <DataTable.Col source="status" render={(s: ExamSession) => <SessionStatusChip value={s.status} />} />
        <DataTable.NumberCol source="candidateCount" disableSort />
      </DataTable>
    </List>
  );
};
