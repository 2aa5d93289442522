import { Link as MuiLink } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { LinkBase, Show, TopToolbar, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { CreditNote } from '../types';
import { DocumentActionButton } from '../shared/DocumentActionButton';
import { DocumentHeader, DocumentTitle, Info, InfoBlock, useDateText, useEnumText } from '../shared/DocumentShowParts';
import { DocumentShowBody } from '../shared/DocumentShowLayout';
import { PdfButtons } from '../shared/PdfButtons';
import { SendDocumentButton } from '../shared/SendDocumentButton';
import { DeleteDraftButton } from '../shared/DeleteDraftButton';
import { formatMoney } from '../shared/format';

const CreditNoteActions = () => {
  const record = useRecordContext<CreditNote>();
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      {record.status === 'draft' ? (
        <DocumentActionButton
          resource="credit-notes"
          action="validate"
          label="resources.credit-notes.actions.validate"
          icon={<CheckCircleIcon />}
          variant="contained"
          confirm={{ title: 'resources.credit-notes.actions.validateTitle', content: 'resources.credit-notes.actions.validateContent' }}
          success="resources.credit-notes.actions.validated"
        />
      ) : null}
      <SendDocumentButton resource="credit-notes" variant="contained" />
      <PdfButtons resource="credit-notes" />
      <DeleteDraftButton />
    </TopToolbar>
  );
};

const CreditNoteInfo = () => {
  const record = useRecordContext<CreditNote>();
  const translate = useTranslate();
  const locale = useLocale();
  const date = useDateText();
  const en = useEnumText();
  if (!record) return null;
  const f = (name: string) => `resources.credit-notes.fields.${name}`;
  return (
    <InfoBlock title="app.documents.sections.document" columns={4}>
      <Info caption={f('date')}>{date(record.date)}</Info>
      <Info caption={f('invoiceId')}>
        {record.invoice ? (
          <>
            <MuiLink component={LinkBase} to={`/invoices/${record.invoice.id}/show`} underline="hover" sx={{ fontWeight: 600 }}>
              {record.invoice.number ?? translate('app.documents.noNumber')}
            </MuiLink>
            {` — ${date(record.invoice.date)}, ${formatMoney(record.invoice.grossCents, locale)} ${translate('app.documents.totals.grossShort')}`}
          </>
        ) : null}
      </Info>
      <Info caption={f('reason')} wide>
        {record.reason}
      </Info>
      <Info caption={f('restock')}>{translate(record.restock ? 'app.common.yes' : 'app.common.no')}</Info>
      <Info caption={f('contactName')}>{record.contactName}</Info>
      <Info caption={f('vatRegime')}>{en('vatRegime', record.vatRegime)}</Info>
    </InfoBlock>
  );
};

export const CreditNoteShow = () => (
  <Show title={<DocumentTitle resource="credit-notes" />} actions={<CreditNoteActions />}>
    <DocumentHeader resource="credit-notes" />
    <DocumentShowBody resource="credit-notes" info={<CreditNoteInfo />} />
  </Show>
);
