import { useState } from 'react';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { useMutation } from '@tanstack/react-query';
import {
  DataTable,
  List,
  SelectInput,
  TopToolbar,
  useDataProvider,
  useLocale,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import type { JournalEntry, JournalVerifyResult } from '../types';
import { LocalDateField } from '../shared/DateFields';
import { SearchFilterInput } from '../third-parties/ThirdPartyList';
import { changeRows } from './changes';

const RESOURCES = ['third-parties', 'contacts', 'products', 'product-families', 'stock-movements', 'company'];
const ACTIONS = ['create', 'update', 'delete', 'convert-to-client', 'adjustment', 'inventory'];

/** Resource names are plural forms ("Tiers |||| Tiers"): pick the plural explicitly. */
function ResourceFilterInput({ source }: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  return (
    <SelectInput
      source={source}
      translateChoice={false}
      choices={RESOURCES.map((id) => ({ id, name: translate(`resources.${id}.name`, { smart_count: 2 }) }))}
      sx={{ minWidth: 200 }}
    />
  );
}

const filters = [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <ResourceFilterInput key="resource" source="resource" alwaysOn />,
  <SelectInput key="action" source="action" choices={ACTIONS.map((id) => ({ id, name: `app.enums.journalAction.${id}` }))} />,
];

const AtField = (props: FieldProps) => <LocalDateField {...props} source="at" showTime />;
const ScenarioAtField = (props: FieldProps) => <LocalDateField {...props} source="scenarioAt" showTime />;

const ResourceName = ({ entry }: { entry: JournalEntry }) => {
  const translate = useTranslate();
  return <>{translate(`resources.${entry.resource}.name`, { smart_count: 1, _: entry.resource })}</>;
};

const ActionName = ({ entry }: { entry: JournalEntry }) => {
  const translate = useTranslate();
  return <>{translate(`app.enums.journalAction.${entry.action}`, { _: entry.action })}</>;
};

const ChangesSummary = ({ entry }: { entry: JournalEntry }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const rows = changeRows(entry.resource, entry.changes, translate, locale);
  if (rows.length === 0) return null;
  if (rows.length <= 2 && entry.changes?.before && entry.changes?.after) {
    return (
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {rows.map((row) => (
          <li key={row.field}>
            <Typography variant="body2" component="span">
              {row.label} : {row.before} → <strong>{row.after}</strong>
            </Typography>
          </li>
        ))}
      </Box>
    );
  }
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(
        entry.changes?.before ? 'resources.journal.changes.count' : 'resources.journal.changes.countEntered',
        { smart_count: rows.length },
      )}
    </Typography>
  );
};

/** Expanded row: a readable before/after table. */
const ChangesPanel = () => {
  const entry = useRecordContext<JournalEntry>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!entry) return null;
  const rows = changeRows(entry.resource, entry.changes, translate, locale);
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
        {translate('resources.journal.changes.none')}
      </Typography>
    );
  }
  const hasBefore = !!entry.changes?.before;
  const hasAfter = !!entry.changes?.after;
  return (
    <Table size="small" sx={{ maxWidth: 900 }} aria-label={entry.label}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.journal.changes.field')}</TableCell>
          {hasBefore ? (
            <TableCell>
              {translate(hasAfter ? 'resources.journal.changes.before' : 'resources.journal.changes.deleted')}
            </TableCell>
          ) : null}
          {hasAfter ? (
            <TableCell>{translate(hasBefore ? 'resources.journal.changes.after' : 'resources.journal.changes.created')}</TableCell>
          ) : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.field}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 500 }}>
              {row.label}
            </TableCell>
            {hasBefore ? <TableCell>{row.before}</TableCell> : null}
            {hasAfter ? <TableCell sx={{ fontWeight: hasBefore ? 600 : undefined }}>{row.after}</TableCell> : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const VerifyButton = ({ onResult }: { onResult: (result: JournalVerifyResult | { error: string }) => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.verifyJournal(),
    onSuccess: ({ data }) => onResult(data),
    onError: (error: Error) => onResult({ error: error.message }),
  });
  return (
    <Button variant="outlined" size="small" startIcon={<VerifiedUserIcon />} onClick={() => mutate()} disabled={isPending}>
      {translate('resources.journal.verify.button')}
    </Button>
  );
};

const VerifyResult = ({ result }: { result: JournalVerifyResult | { error: string } | null }) => {
  const translate = useTranslate();
  if (!result) return null;
  if ('error' in result) {
    return (
      <Alert severity="error" role="alert" sx={{ mb: 1 }}>
        {translate(result.error, { _: result.error })}
      </Alert>
    );
  }
  return result.ok ? (
    <Alert severity="success" role="status" sx={{ mb: 1 }}>
      {translate('resources.journal.verify.ok', { smart_count: result.count })}
    </Alert>
  ) : (
    <Alert severity="error" role="alert" sx={{ mb: 1 }}>
      {translate('resources.journal.verify.broken', { id: result.brokenAtId ?? '?', count: result.count })}
    </Alert>
  );
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('resources.journal.empty')}</Typography>
    </Box>
  );
};

export const JournalList = () => {
  const translate = useTranslate();
  const [result, setResult] = useState<JournalVerifyResult | { error: string } | null>(null);
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2, mb: 1, maxWidth: 900 }}>
        {translate('resources.journal.intro')}
      </Typography>
      <VerifyResult result={result} />
      <List
        title={translate('resources.journal.titles.list')}
        filters={filters}
        actions={
          <TopToolbar>
            <VerifyButton onResult={setResult} />
          </TopToolbar>
        }
        sort={{ field: 'at', order: 'DESC' }}
        perPage={25}
        exporter={false}
        empty={false}
      >
        <DataTable rowClick="expand" expand={<ChangesPanel />} bulkActionButtons={false} empty={<Empty />}>
          <DataTable.Col source="at" field={AtField} />
          <DataTable.Col source="scenarioAt" field={ScenarioAtField} disableSort />
          <DataTable.Col source="username" />
          <DataTable.Col source="resource" render={(e: JournalEntry) => <ResourceName entry={e} />} />
          <DataTable.Col source="action" render={(e: JournalEntry) => <ActionName entry={e} />} />
          <DataTable.Col source="label" disableSort />
          <DataTable.Col source="changes" disableSort render={(e: JournalEntry) => <ChangesSummary entry={e} />} />
        </DataTable>
      </List>
    </Box>
  );
};
