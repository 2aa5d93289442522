import { Button, Chip, Link as MuiLink, Tooltip } from '@mui/material';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import {
  DataTable,
  ExportButton,
  FilterButton,
  LinkBase,
  List,
  TopToolbar,
  useListContext,
  useRedirect,
  useTranslate,
  useUnselectAll,
  type FieldProps,
  type Identifier,
} from 'react-admin';
import type { DeliveryNote, Invoice } from '../types';
import { DocumentEmpty, DocumentNumberField, NoResults, PageTotal, StatusTabs, documentFilters } from '../shared/DocumentList';
import { DocumentStatusChip } from '../shared/DocumentStatusChip';
import { LocalDateField } from '../shared/DateFields';
import { enumCell, makeExporter } from '../shared/csv';
import { formatDate } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';
import { useDomainCall } from '../shared/useDocumentAction';
import { useInvoicedDeliveryNotes } from './useInvoicedDeliveryNotes';
import { RowCheckboxLabels } from '../shared/RowCheckboxLabels';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

const exporter = makeExporter<DeliveryNote>(
  'delivery-notes',
  [
    { source: 'number', value: (r, t) => r.number ?? t('app.documents.noNumber') },
    { source: 'date', value: (r, _t, l) => formatDate(r.date, l) },
    { source: 'clientName' },
    { source: 'orderNumber' },
    { source: 'carrier' },
    { source: 'parcels' },
    { source: 'trackingNumber' },
    { source: 'incoterm' },
    { source: 'status', value: enumCell('deliveryNoteStatus', 'status') },
  ],
  'bons-de-livraison',
);

/** "Facturer la sélection": validated, not yet invoiced notes of one client become one draft invoice. */
const InvoiceSelectionButton = () => {
  const { selectedIds, data } = useListContext<DeliveryNote>();
  const translate = useTranslate();
  const redirect = useRedirect();
  const unselectAll = useUnselectAll('delivery-notes');
  const canWrite = useCanWrite();
  const invoiced = useInvoicedDeliveryNotes();
  const { mutate, isPending } = useDomainCall<Invoice, Identifier[]>((dataProvider, ids) => dataProvider.invoiceFromDeliveryNotes(ids), {
    success: 'resources.delivery-notes.actions.invoiced',
    onSuccess: (invoice) => {
      unselectAll();
      redirect('show', 'invoices', invoice.id);
    },
  });
  if (!canWrite) return null;
  const selected = (data ?? []).filter((n) => selectedIds.includes(n.id));
  const ok =
    selected.length === selectedIds.length &&
    selected.length > 0 &&
    selected.every((n) => n.status === 'validated' && !invoiced.has(String(n.id))) &&
    new Set(selected.map((n) => String(n.clientId))).size === 1;
  const button = (
    <span>
      <Button size="small" variant="contained" startIcon={<ReceiptLongIcon />} disabled={!ok || isPending} onClick={() => mutate(selectedIds)}>
        {translate('resources.delivery-notes.actions.invoiceSelection')}
      </Button>
    </span>
  );
  return ok ? button : <Tooltip title={translate('resources.delivery-notes.actions.selectionMixed')}>{button}</Tooltip>;
};

const NumberField = (_props: FieldProps) => <DocumentNumberField resource="delivery-notes" />;

const InvoicedChip = ({ note, invoiced }: { note: DeliveryNote; invoiced: Set<string> }) => {
  const translate = useTranslate();
  if (note.status !== 'validated') return null;
  return invoiced.has(String(note.id)) ? (
    <Chip size="small" color="success" variant="outlined" label={translate('resources.delivery-notes.invoicedYes')} />
  ) : (
    <Chip size="small" color="warning" variant="outlined" label={translate('resources.delivery-notes.invoicedNo')} />
  );
};

const Columns = () => {
  const invoiced = useInvoicedDeliveryNotes();
  return (
    <DataTable rowClick="show" bulkActionButtons={<InvoiceSelectionButton />} empty={<NoResults resource="delivery-notes" />}>
      <DataTable.Col source="number" field={NumberField} />
      <DataTable.Col source="date" field={LocalDateField} />
      <DataTable.Col source="clientName" disableSort cellSx={() => ({ minWidth: 180 })} />
      <DataTable.Col
        source="orderId"
        label="resources.delivery-notes.fields.orderNumber"
        render={(r: DeliveryNote) => (
          <MuiLink component={LinkBase} to={`/orders/${r.orderId}/show`} onClick={(e: React.MouseEvent) => e.stopPropagation()} underline="hover" sx={{ whiteSpace: 'nowrap' }}>
            {r.orderNumber ?? '—'}
          </MuiLink>
        )}
      />
      <DataTable.Col source="carrier" disableSort />
      <DataTable.Col source="status" render={(r: DeliveryNote) => <DocumentStatusChip resource="delivery-notes" status={r.status} />} />
      <DataTable.Col
        source="invoiced"
        disableSort
        label="resources.delivery-notes.fields.invoiced"
        render={(r: DeliveryNote) => <InvoicedChip note={r} invoiced={invoiced} />}
      />
    </DataTable>
  );
};

export const DeliveryNoteList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.delivery-notes.titles.list')}
      filters={documentFilters({ amounts: false })}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      empty={<DocumentEmpty resource="delivery-notes" create={false} />}
    >
      <StatusTabs resource="delivery-notes" />
      <RowCheckboxLabels>
        <Columns />
      </RowCheckboxLabels>
      <PageTotal amounts={false} />
    </List>
  );
};
