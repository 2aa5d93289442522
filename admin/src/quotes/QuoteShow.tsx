import { Box } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ThumbUpIcon from '@mui/icons-material/ThumbUp';
import ThumbDownIcon from '@mui/icons-material/ThumbDown';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { EditButton, Show, TopToolbar, useRecordContext, useRedirect } from 'react-admin';
import type { Quote } from '../types';
import { DocumentActionButton } from '../shared/DocumentActionButton';
import { DocumentHeader, DocumentTitle, Info, InfoBlock, useDateText, useEnumText } from '../shared/DocumentShowParts';
import { DocumentShowBody } from '../shared/DocumentShowLayout';
import { PdfButtons } from '../shared/PdfButtons';
import { SendDocumentButton } from '../shared/SendDocumentButton';
import { DeleteDraftButton } from '../shared/DeleteDraftButton';
import { useCanWrite } from '../shared/useSandboxContext';
import { ShowCreditBox } from '../credit/DocumentCreditBox';

const QuoteActions = () => {
  const record = useRecordContext<Quote>();
  const redirect = useRedirect();
  const canWrite = useCanWrite();
  if (!record) return <TopToolbar />;
  const status = record.status;
  const expired = record.displayStatus === 'expired';
  const converted = (record.orders ?? []).some((o) => o.status !== 'cancelled');
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      {status === 'draft' && canWrite ? <EditButton size="small" /> : null}
      {status === 'draft' ? (
        <DocumentActionButton
          resource="quotes"
          action="validate"
          label="resources.quotes.actions.validate"
          icon={<CheckCircleIcon />}
          variant="contained"
          confirm={{ title: 'resources.quotes.actions.validateTitle', content: 'resources.quotes.actions.validateContent' }}
          success="resources.quotes.actions.validated"
        />
      ) : null}
      <SendDocumentButton resource="quotes" variant={status === 'validated' ? 'contained' : 'outlined'} />
      {(status === 'validated' || status === 'sent') && !expired ? (
        <DocumentActionButton
          resource="quotes"
          action="accept"
          label="resources.quotes.actions.accept"
          icon={<ThumbUpIcon />}
          color="success"
          variant={status === 'sent' ? 'contained' : 'outlined'}
          confirm={{ title: 'resources.quotes.actions.acceptTitle', content: 'resources.quotes.actions.acceptContent' }}
          success="resources.quotes.actions.accepted"
        />
      ) : null}
      {status === 'validated' || status === 'sent' ? (
        <DocumentActionButton
          resource="quotes"
          action="refuse"
          label="resources.quotes.actions.refuse"
          icon={<ThumbDownIcon />}
          color="error"
          confirm={{ title: 'resources.quotes.actions.refuseTitle', content: 'resources.quotes.actions.refuseContent' }}
          success="resources.quotes.actions.refused"
        />
      ) : null}
      {status === 'accepted' && !converted ? (
        <DocumentActionButton
          resource="quotes"
          action="convert-to-order"
          label="resources.quotes.actions.convert"
          icon={<ShoppingCartIcon />}
          variant="contained"
          confirm={{ title: 'resources.quotes.actions.convertTitle', content: 'resources.quotes.actions.convertContent' }}
          success="resources.quotes.actions.converted"
          onSuccess={(data) => redirect('show', 'orders', data.id)}
        />
      ) : null}
      {status !== 'draft' ? (
        <DocumentActionButton
          resource="quotes"
          action="duplicate"
          label="resources.quotes.actions.duplicate"
          icon={<ContentCopyIcon />}
          success="resources.quotes.actions.duplicated"
          onSuccess={(data) => redirect('show', 'quotes', data.id)}
        />
      ) : null}
      <PdfButtons resource="quotes" />
      <DeleteDraftButton />
    </TopToolbar>
  );
};

const QuoteInfo = () => {
  const record = useRecordContext<Quote>();
  const date = useDateText();
  const en = useEnumText();
  if (!record) return null;
  return (
    <InfoBlock title="app.documents.sections.document" columns={4}>
      <Info caption="resources.quotes.fields.date">{date(record.date)}</Info>
      <Info caption="resources.quotes.fields.validUntil">{date(record.validUntil)}</Info>
      <Info caption="resources.quotes.fields.contactName">{record.contactName}</Info>
      <Info caption="resources.quotes.fields.promisedDeliveryDate">{date(record.promisedDeliveryDate)}</Info>
      <Info caption="resources.quotes.fields.paymentTerms">{en('paymentTerms', record.paymentTerms)}</Info>
      <Info caption="resources.quotes.fields.paymentMethod">{en('paymentMethod', record.paymentMethod)}</Info>
      <Info caption="resources.quotes.fields.vatRegime">{en('vatRegime', record.vatRegime)}</Info>
      <Info caption="resources.quotes.fields.cgvReference">{record.cgvReference}</Info>
      {record.sentAt ? <Info caption="resources.quotes.fields.sentAt">{date(record.sentAt)}</Info> : null}
      {record.decidedAt ? <Info caption="resources.quotes.fields.decidedAt">{date(record.decidedAt)}</Info> : null}
    </InfoBlock>
  );
};

export const QuoteShow = () => (
  <Show title={<DocumentTitle resource="quotes" />} actions={<QuoteActions />}>
    <DocumentHeader resource="quotes" />
    <Box>
      <DocumentShowBody resource="quotes" info={<QuoteInfo />} below={<ShowCreditBox kind="quote" />} />
    </Box>
  </Show>
);
