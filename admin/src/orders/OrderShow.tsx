import { Chip } from '@mui/material';
import CancelIcon from '@mui/icons-material/Cancel';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { EditButton, Show, TabbedShowLayout, TopToolbar, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import type { Invoice, Order } from '../types';
import { CallButton } from '../shared/CallButton';
import { DocumentActionButton } from '../shared/DocumentActionButton';
import { DocumentLinesTable } from '../shared/DocumentLinesTable';
import { DocumentHeader, DocumentTitle, Info, InfoBlock, useDateText, useEnumText } from '../shared/DocumentShowParts';
import { DocumentShowBody } from '../shared/DocumentShowLayout';
import { PdfButtons } from '../shared/PdfButtons';
import { SendDocumentButton } from '../shared/SendDocumentButton';
import { DeleteDraftButton } from '../shared/DeleteDraftButton';
import { deliveryAddressText } from '../shared/countries';
import { useCanWrite } from '../shared/useSandboxContext';
import { CreateDeliveryNoteButton } from './CreateDeliveryNoteButton';
import { DepositInvoiceButton } from './DepositInvoiceButton';
import { OrderControlView } from './OrderControl';
import { CreditCheckChip, OrderCreditSection, ValidateOrderButton } from '../credit/OrderCredit';
import { ShowCreditBox } from '../credit/DocumentCreditBox';

const INVOICEABLE = ['validated', 'partially_delivered', 'delivered'];

const OrderActions = () => {
  const record = useRecordContext<Order>();
  const redirect = useRedirect();
  const canWrite = useCanWrite();
  if (!record) return <TopToolbar />;
  const status = record.status;
  const hasDeliveries = (record.deliveryNotes ?? []).some((d) => d.status === 'validated');
  const leftToInvoice = (record.lines ?? []).some((l) => (l.invoiced ?? 0) < (l.ordered ?? l.quantity));
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      {status === 'draft' && canWrite ? <EditButton size="small" /> : null}
      {/* Validation runs the credit check: its refusal opens "Contrôle de l'encours". */}
      <ValidateOrderButton />
      <CreateDeliveryNoteButton />
      {INVOICEABLE.includes(status) && leftToInvoice ? (
        <CallButton<Invoice>
          label="resources.orders.actions.invoice"
          icon={<ReceiptLongIcon />}
          call={(dataProvider, order) => dataProvider.invoiceFromOrder(order.id)}
          confirm={{ title: 'resources.orders.actions.invoiceTitle', content: 'resources.orders.actions.invoiceContent' }}
          success="resources.orders.actions.invoiced"
          onSuccess={(invoice) => redirect('show', 'invoices', invoice.id)}
        />
      ) : null}
      <DepositInvoiceButton />
      <SendDocumentButton resource="orders" />
      {(status === 'draft' || status === 'validated') && !hasDeliveries ? (
        <DocumentActionButton
          resource="orders"
          action="cancel"
          label="resources.orders.actions.cancel"
          icon={<CancelIcon />}
          color="error"
          confirm={{ title: 'resources.orders.actions.cancelTitle', content: 'resources.orders.actions.cancelContent' }}
          success="resources.orders.actions.cancelled"
        />
      ) : null}
      <PdfButtons resource="orders" />
      <DeleteDraftButton />
    </TopToolbar>
  );
};

const OrderInfo = () => {
  const record = useRecordContext<Order>();
  const date = useDateText();
  const en = useEnumText();
  if (!record) return null;
  const address = deliveryAddressText(record);
  return (
    <InfoBlock title="app.documents.sections.document" columns={4}>
      <Info caption="resources.orders.fields.date">{date(record.date)}</Info>
      <Info caption="resources.orders.fields.clientReference">{record.clientReference}</Info>
      <Info caption="resources.orders.fields.requestedDeliveryDate">{date(record.requestedDeliveryDate)}</Info>
      <Info caption="resources.orders.fields.contactName">{record.contactName}</Info>
      <Info caption="resources.orders.fields.paymentTerms">{en('paymentTerms', record.paymentTerms)}</Info>
      <Info caption="resources.orders.fields.paymentMethod">{en('paymentMethod', record.paymentMethod)}</Info>
      <Info caption="resources.orders.fields.vatRegime">{en('vatRegime', record.vatRegime)}</Info>
      <Info caption="resources.orders.fields.deliveryAddress">{address}</Info>
      {record.cancelledAt ? <Info caption="resources.orders.fields.cancelledAt">{date(record.cancelledAt)}</Info> : null}
    </InfoBlock>
  );
};

const BackorderChip = () => {
  const record = useRecordContext<Order>();
  const translate = useTranslate();
  if (!record?.backorder && record?.status !== 'partially_delivered') return null;
  return <Chip size="small" color="warning" label={translate('resources.orders.backorder')} />;
};

const OrderLines = () => {
  const record = useRecordContext<Order>();
  return (
    <DocumentLinesTable lines={record?.lines} progress={record?.status !== 'draft'} partial={record?.status === 'partially_delivered'} />
  );
};

export const OrderShow = () => (
  <Show title={<DocumentTitle resource="orders" />} actions={<OrderActions />}>
    <DocumentHeader resource="orders" extra={<><BackorderChip /><CreditCheckChip /></>} />
    <TabbedShowLayout sx={{ '& .RaTabbedShowLayout-content': { px: 0 } }}>
      <TabbedShowLayout.Tab label="resources.orders.sections.order">
        <DocumentShowBody resource="orders" info={<OrderInfo />} lines={<OrderLines />} below={<ShowCreditBox kind="order" />} />
        <OrderCreditSection />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="app.documents.control.tab" path="control">
        <OrderControlView />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
