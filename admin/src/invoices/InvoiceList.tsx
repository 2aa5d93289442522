import { Chip } from '@mui/material';
import { CreateButton, DataTable, ExportButton, FilterButton, List, SelectInput, TopToolbar, useTranslate, type FieldProps } from 'react-admin';
import type { Invoice } from '../types';
import { DocumentEmpty, DocumentNumberField, NoResults, PageTotal, StatusTabs, documentFilters } from '../shared/DocumentList';
import { DocumentStatusChip } from '../shared/DocumentStatusChip';
import { LocalDateField } from '../shared/DateFields';
import { MoneyField } from '../shared/MoneyField';
import { enumChoices } from '../shared/choices';
import { enumCell, makeExporter } from '../shared/csv';
import { centsToInput, formatDate, nowrap } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';

const ListActions = () => {
  const canWrite = useCanWrite();
  return (
    <TopToolbar>
      <FilterButton />
      {canWrite ? <CreateButton label="resources.invoices.titles.create" /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

const exporter = makeExporter<Invoice>(
  'invoices',
  [
    { source: 'number', value: (r, t) => r.number ?? t('app.documents.noNumber') },
    { source: 'type', value: enumCell('invoiceType', 'type') },
    { source: 'date', value: (r, _t, l) => formatDate(r.date, l) },
    { source: 'clientName' },
    { source: 'clientReference' },
    { source: 'dueDate', value: (r, _t, l) => formatDate(r.dueDate, l) },
    { source: 'netCents', value: (r, _t, l) => centsToInput(r.netCents, l) },
    { source: 'vatCents', value: (r, _t, l) => centsToInput(r.vatCents, l) },
    { source: 'grossCents', value: (r, _t, l) => centsToInput(r.grossCents, l) },
    { source: 'status', value: enumCell('invoiceStatus', 'status') },
  ],
  'factures',
);

const NumberField = (_props: FieldProps) => <DocumentNumberField resource="invoices" />;

const TypeChip = ({ invoice }: { invoice: Invoice }) => {
  const translate = useTranslate();
  return invoice.type === 'deposit' ? (
    <Chip size="small" color="secondary" variant="outlined" label={translate('app.enums.invoiceType.deposit')} />
  ) : (
    <>{translate('app.enums.invoiceType.invoice')}</>
  );
};

export const InvoiceList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.invoices.titles.list')}
      filters={documentFilters({
        extra: [<SelectInput key="type" source="type" choices={enumChoices('invoiceType', ['invoice', 'deposit'])} helperText={false} />],
      })}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      empty={<DocumentEmpty resource="invoices" />}
    >
      <StatusTabs resource="invoices" />
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoResults resource="invoices" />}>
        <DataTable.Col source="number" field={NumberField} />
        <DataTable.Col source="type" render={(r: Invoice) => <TypeChip invoice={r} />} />
        <DataTable.Col source="date" field={LocalDateField} />
        <DataTable.Col source="clientName" disableSort cellSx={() => ({ minWidth: 180 })} />
        <DataTable.Col source="dueDate" field={LocalDateField} />
        <DataTable.Col source="netCents" align="right" field={MoneyField} cellSx={nowrap} />
        <DataTable.Col source="grossCents" align="right" field={MoneyField} cellSx={nowrap} />
        <DataTable.Col source="status" render={(r: Invoice) => <DocumentStatusChip resource="invoices" status={r.status} />} />
      </DataTable>
      <PageTotal />
    </List>
  );
};
