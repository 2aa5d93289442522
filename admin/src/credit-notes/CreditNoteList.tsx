import { Link as MuiLink } from '@mui/material';
import { DataTable, ExportButton, FilterButton, LinkBase, List, TopToolbar, useTranslate, type FieldProps } from 'react-admin';
import type { CreditNote } from '../types';
import { DocumentEmpty, DocumentNumberField, NoResults, PageTotal, StatusTabs, documentFilters } from '../shared/DocumentList';
import { DocumentStatusChip } from '../shared/DocumentStatusChip';
import { LocalDateField } from '../shared/DateFields';
import { MoneyField } from '../shared/MoneyField';
import { enumCell, makeExporter } from '../shared/csv';
import { centsToInput, formatDate, nowrap } from '../shared/format';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

const exporter = makeExporter<CreditNote>(
  'credit-notes',
  [
    { source: 'number', value: (r, t) => r.number ?? t('app.documents.noNumber') },
    { source: 'date', value: (r, _t, l) => formatDate(r.date, l) },
    { source: 'clientName' },
    { source: 'invoiceNumber' },
    { source: 'reason' },
    { source: 'netCents', value: (r, _t, l) => centsToInput(r.netCents, l) },
    { source: 'vatCents', value: (r, _t, l) => centsToInput(r.vatCents, l) },
    { source: 'grossCents', value: (r, _t, l) => centsToInput(r.grossCents, l) },
    { source: 'restock', value: (r, t) => t(r.restock ? 'app.common.yes' : 'app.common.no') },
    { source: 'status', value: enumCell('creditNoteStatus', 'status') },
  ],
  'avoirs',
);

const NumberField = (_props: FieldProps) => <DocumentNumberField resource="credit-notes" />;

export const CreditNoteList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.credit-notes.titles.list')}
      filters={documentFilters({ amounts: false })}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      empty={<DocumentEmpty resource="credit-notes" create={false} />}
    >
      <StatusTabs resource="credit-notes" />
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoResults resource="credit-notes" />}>
        <DataTable.Col source="number" field={NumberField} />
        <DataTable.Col source="date" field={LocalDateField} />
        <DataTable.Col source="clientName" disableSort cellSx={() => ({ minWidth: 180 })} />
        <DataTable.Col
          source="invoiceNumber"
          disableSort
          render={(r: CreditNote) => (
            <MuiLink component={LinkBase} to={`/invoices/${r.invoiceId}/show`} onClick={(e: React.MouseEvent) => e.stopPropagation()} underline="hover" sx={{ whiteSpace: 'nowrap' }}>
              {r.invoiceNumber ?? '—'}
            </MuiLink>
          )}
        />
        <DataTable.Col source="reason" disableSort cellSx={() => ({ maxWidth: 280 })} />
        <DataTable.Col source="netCents" align="right" field={MoneyField} disableSort cellSx={nowrap} />
        <DataTable.Col source="grossCents" align="right" field={MoneyField} cellSx={nowrap} />
        <DataTable.Col source="status" render={(r: CreditNote) => <DocumentStatusChip resource="credit-notes" status={r.status} />} />
      </DataTable>
      <PageTotal />
    </List>
  );
};
