import { Box, Typography } from '@mui/material';
import { DataTable, DateInput, ExportButton, FilterButton, List, SelectInput, TopToolbar, useLocale, useTranslate } from 'react-admin';
import { LocalDateField } from '../shared/DateFields';
import { ListEmpty, ThirdPartyFilterInput } from '../shared/DocumentList';
import { MoneyField } from '../shared/MoneyField';
import { enumChoices } from '../shared/choices';
import { makeExporter } from '../shared/csv';
import { centsToInput, formatDate, nowrap } from '../shared/format';
import type { Reminder } from './types';
import { REMINDER_KINDS } from './types';
import { ReminderKindChip, RemindersTabs } from './parts';

const LEVELS = [1, 2, 3];

const filters = [
  <ThirdPartyFilterInput key="clientId" source="clientId" label="resources.reminders.fields.clientId" alwaysOn />,
  <SelectInput
    key="level"
    source="level"
    choices={LEVELS.map((level) => ({ id: level, name: `resources.reminders.levels.${level}` }))}
    helperText={false}
    alwaysOn
  />,
  <SelectInput key="kind" source="kind" choices={enumChoices('reminderKind', REMINDER_KINDS)} helperText={false} alwaysOn />,
  <DateInput key="date_gte" source="date_gte" helperText={false} />,
  <DateInput key="date_lte" source="date_lte" helperText={false} />,
];

const invoiceNumbers = (r: Reminder) => r.invoiceNumbers ?? (r.invoices ?? []).map((i) => i.invoiceNumber);

const exporter = makeExporter<Reminder>(
  'reminders',
  [
    { source: 'date', value: (r, _t, l) => formatDate(r.date, l) },
    { source: 'clientName' },
    { source: 'level' },
    { source: 'kind', value: (r, t) => t(`app.enums.reminderKind.${r.kind}`) },
    { source: 'invoices', value: (r) => invoiceNumbers(r).join(', ') },
    { source: 'balanceCents', value: (r, _t, l) => centsToInput(r.balanceCents, l) },
    { source: 'penaltyCents', value: (r, _t, l) => centsToInput(r.penaltyCents, l) },
    { source: 'indemnityCents', value: (r, _t, l) => centsToInput(r.indemnityCents, l) },
    { source: 'totalClaimedCents', value: (r, _t, l) => centsToInput(r.totalClaimedCents, l) },
    { source: 'newDeadline', value: (r, _t, l) => formatDate(r.newDeadline, l) },
  ],
  'relances',
);

const Invoices = ({ record }: { record: Reminder }) => {
  const numbers = invoiceNumbers(record);
  return <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1, fontSize: '0.875rem' }}>{numbers.map((n) => <span key={n}>{n}</span>)}</Box>;
};

const Level = ({ record }: { record: Reminder }) => {
  const translate = useTranslate();
  return <span style={{ whiteSpace: 'nowrap' }}>{translate('resources.reminders.levelShort', { level: record.level })}</span>;
};

/** The channel; for a call, its outcome under it. */
const Kind = ({ record }: { record: Reminder }) => {
  const translate = useTranslate();
  return (
    <Box>
      <ReminderKindChip kind={record.kind} level={record.level} />
      {record.kind === 'phone' && record.outcome ? (
        <Typography component="div" variant="caption" color="text.secondary">
          {translate(`app.enums.interactionOutcome.${record.outcome}`, { _: record.outcome })}
        </Typography>
      ) : null}
    </Box>
  );
};

const Deadline = ({ record }: { record: Reminder }) => {
  const locale = useLocale();
  return <span style={{ whiteSpace: 'nowrap' }}>{formatDate(record.newDeadline, locale)}</span>;
};

/** Every reminder made (letters, e-mails, formal notices, calls), most recent first. */
export const ReminderList = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 1 }}>
      <RemindersTabs />
      <List
        title={translate('resources.reminders.titles.list')}
        filters={filters}
        actions={
          <TopToolbar>
            <FilterButton />
            <ExportButton />
          </TopToolbar>
        }
        exporter={exporter}
        sort={{ field: 'date', order: 'DESC' }}
        perPage={25}
        empty={false}
      >
        <DataTable rowClick="show" bulkActionButtons={false} empty={<ListEmpty resource="reminders" />}>
          <DataTable.Col source="date" field={LocalDateField} />
          <DataTable.Col source="clientName" disableSort cellSx={() => ({ minWidth: 180, fontWeight: 600 })} />
          <DataTable.Col source="level" render={(r: Reminder) => <Level record={r} />} />
          <DataTable.Col source="kind" render={(r: Reminder) => <Kind record={r} />} />
          <DataTable.Col source="invoices" disableSort render={(r: Reminder) => <Invoices record={r} />} />
          <DataTable.Col
            source="totalClaimedCents"
            align="right"
            cellSx={nowrap}
            render={(r: Reminder) => (r.kind === 'phone' ? '—' : <MoneyField source="totalClaimedCents" />)}
          />
          <DataTable.Col source="newDeadline" render={(r: Reminder) => <Deadline record={r} />} />
        </DataTable>
      </List>
    </Box>
  );
};
