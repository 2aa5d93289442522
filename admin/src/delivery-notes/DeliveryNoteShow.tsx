import { Box, Link as MuiLink } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { LinkBase, Show, TopToolbar, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import type { DeliveryNote, Invoice } from '../types';
import { CallButton } from '../shared/CallButton';
import { DocumentActionButton } from '../shared/DocumentActionButton';
import { DeliveryLinesTable } from '../shared/DocumentLinesTable';
import { DocumentHeader, DocumentTitle, Info, InfoBlock, useDateText } from '../shared/DocumentShowParts';
import { SectionTitle } from '../shared/DocumentShowLayout';
import { SaleChain } from '../shared/SaleChain';
import { DocumentSends } from '../shared/DocumentSends';
import { SendDocumentButton } from '../shared/SendDocumentButton';
import { PdfButtons } from '../shared/PdfButtons';
import { DeleteDraftButton } from '../shared/DeleteDraftButton';
import { deliveryAddressText } from '../shared/countries';
import { formatWeight } from '../shared/format';

const DeliveryNoteActions = () => {
  const record = useRecordContext<DeliveryNote>();
  const redirect = useRedirect();
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      {record.status === 'draft' ? (
        <DocumentActionButton
          resource="delivery-notes"
          action="validate"
          label="resources.delivery-notes.actions.validate"
          icon={<CheckCircleIcon />}
          variant="contained"
          confirm={{ title: 'resources.delivery-notes.actions.validateTitle', content: 'resources.delivery-notes.actions.validateContent' }}
          success="resources.delivery-notes.actions.validated"
        />
      ) : null}
      {record.status === 'validated' && (record.invoices ?? []).length === 0 ? (
        <CallButton<Invoice>
          label="resources.delivery-notes.actions.invoice"
          icon={<ReceiptLongIcon />}
          variant="contained"
          call={(dataProvider, note) => dataProvider.invoiceFromDeliveryNotes([note.id])}
          success="resources.delivery-notes.actions.invoiced"
          onSuccess={(invoice) => redirect('show', 'invoices', invoice.id)}
        />
      ) : null}
      <SendDocumentButton resource="delivery-notes" />
      <PdfButtons resource="delivery-notes" />
      <DeleteDraftButton />
    </TopToolbar>
  );
};

const DeliveryNoteBody = () => {
  const record = useRecordContext<DeliveryNote>();
  const translate = useTranslate();
  const date = useDateText();
  if (!record) return null;
  const address = deliveryAddressText(record);
  const f = (name: string) => `resources.delivery-notes.fields.${name}`;
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <SaleChain resource="delivery-notes" record={record} />
      <DocumentSends resource="delivery-notes" record={record} />
      <InfoBlock title="app.documents.sections.shipping" columns={4}>
        <Info caption={f('date')}>{date(record.date)}</Info>
        <Info caption={f('orderNumber')}>
          <MuiLink component={LinkBase} to={`/orders/${record.orderId}/show`} underline="hover" sx={{ fontWeight: 600 }}>
            {record.orderNumber ?? translate('app.documents.noNumber')}
          </MuiLink>
        </Info>
        <Info caption={f('clientReference')}>{record.clientReference}</Info>
        <Info caption={f('deliveryAddress')}>{address}</Info>
        <Info caption={f('carrier')}>{record.carrier}</Info>
        <Info caption={f('parcels')}>{record.parcels == null ? '' : String(record.parcels)}</Info>
        <Info caption={f('weightGrams')}>{formatWeight(record.weightGrams)}</Info>
        <Info caption={f('trackingNumber')}>{record.trackingNumber}</Info>
        {record.incoterm ? <Info caption={f('incoterm')}>{record.incoterm}</Info> : null}
      </InfoBlock>
      <Box component="section" aria-labelledby="lines-title" sx={{ mb: 2 }}>
        <SectionTitle id="lines-title">{translate('app.documents.sections.lines')}</SectionTitle>
        <DeliveryLinesTable lines={record.lines} />
      </Box>
      {record.notes ? <Info caption={f('notes')}>{record.notes}</Info> : null}
    </Box>
  );
};

export const DeliveryNoteShow = () => (
  <Show title={<DocumentTitle resource="delivery-notes" />} actions={<DeliveryNoteActions />}>
    <DocumentHeader resource="delivery-notes" />
    <DeliveryNoteBody />
  </Show>
);
