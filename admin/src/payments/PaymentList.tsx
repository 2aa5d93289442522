import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  List,
  SelectInput,
  TopToolbar,
  useListContext,
  useLocale,
  useTranslate,
} from 'react-admin';
import type { Payment } from '../types';
import { LocalDateField } from '../shared/DateFields';
import { DocumentEmpty, ThirdPartyFilterInput } from '../shared/DocumentList';
import { MoneyField } from '../shared/MoneyField';
import { PAYMENT_METHODS, enumChoices } from '../shared/choices';
import { enumCell, makeExporter } from '../shared/csv';
import { centsToInput, formatDate, formatMoney, nowrap } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';
import { SearchFilterInput } from '../third-parties/ThirdPartyList';
import { AllocationLinks, PaymentStatusChip } from './paymentKinds';

const filters = [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <ThirdPartyFilterInput key="clientId" source="clientId" label="resources.payments.fields.clientId" alwaysOn />,
  <DateInput key="date_gte" source="date_gte" helperText={false} alwaysOn />,
  <DateInput key="date_lte" source="date_lte" helperText={false} alwaysOn />,
  <SelectInput key="method" source="method" choices={enumChoices('paymentMethod', PAYMENT_METHODS)} helperText={false} />,
  <SelectInput key="status" source="status" choices={enumChoices('paymentStatus', ['recorded', 'cancelled'])} helperText={false} />,
];

const ListActions = () => {
  const canWrite = useCanWrite();
  return (
    <TopToolbar>
      <FilterButton />
      {canWrite ? <CreateButton label="resources.payments.titles.create" /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

const exporter = makeExporter<Payment>(
  'payments',
  [
    { source: 'date', value: (r, _t, l) => formatDate(r.date, l) },
    { source: 'clientName' },
    { source: 'amountCents', value: (r, _t, l) => centsToInput(r.amountCents, l) },
    { source: 'method', value: enumCell('paymentMethod', 'method') },
    { source: 'reference' },
    { source: 'allocations', value: (r) => (r.allocations ?? []).map((a) => a.invoiceNumber ?? '').filter(Boolean).join(', ') },
    { source: 'unallocatedCents', value: (r, _t, l) => centsToInput(r.unallocatedCents, l) },
    { source: 'status', value: enumCell('paymentStatus', 'status') },
    { source: 'cancelReason' },
    { source: 'notes' },
  ],
  'reglements',
);

const NoResults = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('resources.payments.noResults')}</Typography>
    </Box>
  );
};

/** "12 règlements affichés · Total encaissé : 8 450,00 €" (recorded payments of the page only). */
const PageFooter = () => {
  const { data, total } = useListContext<Payment>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!data || data.length === 0) return null;
  const received = data.filter((p) => p.status === 'recorded').reduce((sum, p) => sum + p.amountCents, 0);
  return (
    <Box role="status" sx={{ display: 'flex', justifyContent: 'flex-end', gap: 2, px: 2, py: 1, bgcolor: '#eef2f6', borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.payments.pageCount', { smart_count: data.length })}
        {total != null && total > data.length ? ` / ${total}` : ''}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
        {translate('resources.payments.pageTotal', { amount: formatMoney(received, locale) })}
      </Typography>
    </Box>
  );
};

const CANCELLED_ROW = { '& td': { color: 'text.secondary' }, '& td .amount': { textDecoration: 'line-through' } };
const cancelledRow = (r: Payment) => (r.status === 'cancelled' ? CANCELLED_ROW : { '& td': {} });

export const PaymentList = () => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <List
      title={translate('resources.payments.titles.list')}
      filters={filters}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      empty={<DocumentEmpty resource="payments" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoResults />} rowSx={cancelledRow}>
        <DataTable.Col source="date" field={LocalDateField} />
        <DataTable.Col source="clientName" disableSort cellSx={() => ({ minWidth: 180 })} />
        <DataTable.Col
          source="amountCents"
          align="right"
          cellSx={nowrap}
          render={() => (
            <Box component="span" className="amount">
              <MoneyField source="amountCents" />
            </Box>
          )}
        />
        <DataTable.Col source="method" render={(r: Payment) => translate(`app.enums.paymentMethod.${r.method}`, { _: r.method })} />
        <DataTable.Col source="reference" disableSort cellSx={() => ({ maxWidth: 240 })} />
        <DataTable.Col source="allocations" disableSort render={(r: Payment) => <AllocationLinks allocations={r.allocations} />} />
        <DataTable.Col
          source="unallocatedCents"
          align="right"
          disableSort
          cellSx={(r: Payment) => ({ whiteSpace: 'nowrap', color: r.unallocatedCents > 0 ? 'warning.main' : 'text.secondary', fontWeight: r.unallocatedCents > 0 ? 700 : 400 })}
          render={(r: Payment) => formatMoney(r.unallocatedCents, locale)}
        />
        <DataTable.Col source="status" render={(r: Payment) => <PaymentStatusChip status={r.status} />} />
      </DataTable>
      <PageFooter />
    </List>
  );
};
