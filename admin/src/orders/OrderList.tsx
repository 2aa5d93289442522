import { CreateButton, DataTable, ExportButton, FilterButton, List, TopToolbar, useTranslate, type FieldProps } from 'react-admin';
import type { Order } from '../types';
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
      {canWrite ? <CreateButton label="resources.orders.titles.create" /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

const exporter = makeExporter<Order>(
  'orders',
  [
    { source: 'number', value: (r, t) => r.number ?? t('app.documents.noNumber') },
    { source: 'date', value: (r, _t, l) => formatDate(r.date, l) },
    { source: 'clientName' },
    { source: 'clientReference' },
    { source: 'requestedDeliveryDate', value: (r, _t, l) => formatDate(r.requestedDeliveryDate, l) },
    { source: 'netCents', value: (r, _t, l) => centsToInput(r.netCents, l) },
    { source: 'vatCents', value: (r, _t, l) => centsToInput(r.vatCents, l) },
    { source: 'grossCents', value: (r, _t, l) => centsToInput(r.grossCents, l) },
    { source: 'status', value: enumCell('orderStatus', 'status') },
  ],
  'commandes',
);

const NumberField = (_props: FieldProps) => <DocumentNumberField resource="orders" />;

export const OrderList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.orders.titles.list')}
      filters={documentFilters()}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      empty={<DocumentEmpty resource="orders" />}
    >
      <StatusTabs resource="orders" />
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoResults resource="orders" />}>
        <DataTable.Col source="number" field={NumberField} />
        <DataTable.Col source="date" field={LocalDateField} />
        <DataTable.Col source="clientName" disableSort cellSx={() => ({ minWidth: 180 })} />
        <DataTable.Col source="clientReference" disableSort />
        <DataTable.Col source="requestedDeliveryDate" field={LocalDateField} />
        <DataTable.Col source="netCents" align="right" field={MoneyField} cellSx={nowrap} />
        <DataTable.Col source="grossCents" align="right" field={MoneyField} cellSx={nowrap} />
        <DataTable.Col source="status" render={(r: Order) => <DocumentStatusChip resource="orders" status={r.status} />} />
      </DataTable>
      <PageTotal />
    </List>
  );
};
