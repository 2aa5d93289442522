import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  TopToolbar,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { Quote } from '../types';
import { DocumentEmpty, DocumentNumberField, NoResults, PageTotal, StatusTabs, documentFilters } from '../shared/DocumentList';
import { DocumentStatusChip } from '../shared/DocumentStatusChip';
import { LocalDateField } from '../shared/DateFields';
import { MoneyField } from '../shared/MoneyField';
import { enumCell, makeExporter } from '../shared/csv';
import { centsToInput, formatDate, nowrap } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';

const ListActions = () => {
  const canWrite = useCanWrite();
  return (
    <TopToolbar>
      <FilterButton />
      {canWrite ? <CreateButton label="resources.quotes.titles.create" /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

const exporter = makeExporter<Quote>(
  'quotes',
  [
    { source: 'number', value: (r, t) => r.number ?? t('app.documents.noNumber') },
    { source: 'date', value: (r, _t, l) => formatDate(r.date, l) },
    { source: 'clientName' },
    { source: 'contactName' },
    { source: 'validUntil', value: (r, _t, l) => formatDate(r.validUntil, l) },
    { source: 'netCents', value: (r, _t, l) => centsToInput(r.netCents, l) },
    { source: 'vatCents', value: (r, _t, l) => centsToInput(r.vatCents, l) },
    { source: 'grossCents', value: (r, _t, l) => centsToInput(r.grossCents, l) },
    { source: 'displayStatus', value: enumCell('quoteStatus', 'displayStatus') },
  ],
  'devis',
);

const NumberField = (_props: FieldProps) => <DocumentNumberField resource="quotes" />;

export const QuoteList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.quotes.titles.list')}
      filters={documentFilters()}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      empty={<DocumentEmpty resource="quotes" />}
    >
      <StatusTabs resource="quotes" />
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoResults resource="quotes" />}>
        <DataTable.Col source="number" field={NumberField} />
        <DataTable.Col source="date" field={LocalDateField} />
        <DataTable.Col source="clientName" disableSort cellSx={() => ({ minWidth: 180 })} />
        <DataTable.Col source="validUntil" field={LocalDateField} />
        <DataTable.Col source="netCents" align="right" field={MoneyField} cellSx={nowrap} />
        <DataTable.Col source="grossCents" align="right" field={MoneyField} cellSx={nowrap} />
        <DataTable.Col
          source="status"
          render={(r: Quote) => <DocumentStatusChip resource="quotes" status={r.displayStatus ?? r.status} />}
        />
      </DataTable>
      <PageTotal />
    </List>
  );
};
