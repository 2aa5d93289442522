import { Alert, Box, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Chip } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { EditButton, LinkBase, Show, TopToolbar, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { Invoice } from '../types';
import { DocumentActionButton } from '../shared/DocumentActionButton';
import { DocumentHeader, DocumentTitle, Info, InfoBlock, useDateText, useEnumText } from '../shared/DocumentShowParts';
import { DocumentShowBody, SectionTitle } from '../shared/DocumentShowLayout';
import { DocumentStatusChip } from '../shared/DocumentStatusChip';
import { PdfButtons } from '../shared/PdfButtons';
import { SendDocumentButton } from '../shared/SendDocumentButton';
import { DeleteDraftButton } from '../shared/DeleteDraftButton';
import { formatDate, formatMoney, formatRate } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';
import { CreateCreditNoteButton } from './CreateCreditNoteButton';
import { hasDepositDeductions } from './InvoiceInputs';
import { InvoiceBalanceInfo, InvoicePaymentStatusChip, InvoicePaymentsList, RecordPaymentButton } from '../payments/InvoicePayments';

const InvoiceActions = () => {
  const record = useRecordContext<Invoice>();
  const canWrite = useCanWrite();
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      {record.status === 'draft' && canWrite && !hasDepositDeductions(record) ? <EditButton size="small" /> : null}
      {record.status === 'draft' ? (
        <DocumentActionButton
          resource="invoices"
          action="validate"
          label="resources.invoices.actions.validate"
          icon={<CheckCircleIcon />}
          variant="contained"
          confirm={{ title: 'resources.invoices.actions.validateTitle', content: 'resources.invoices.actions.validateContent' }}
          success="resources.invoices.actions.validated"
        />
      ) : null}
      <RecordPaymentButton />
      <SendDocumentButton resource="invoices" variant="contained" />
      <CreateCreditNoteButton />
      <PdfButtons resource="invoices" />
      <DeleteDraftButton />
    </TopToolbar>
  );
};

const Links = ({ resource, docs }: { resource: string; docs: Array<{ id: unknown; number: string | null }> }) => {
  const translate = useTranslate();
  if (docs.length === 0) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 1 }}>
      {docs.map((d) => (
        <MuiLink key={String(d.id)} component={LinkBase} to={`/${resource}/${d.id}/show`} underline="hover" sx={{ fontWeight: 600 }}>
          {d.number ?? translate('app.documents.noNumber')}
        </MuiLink>
      ))}
    </Box>
  );
};

const InvoiceInfo = () => {
  const record = useRecordContext<Invoice>();
  const date = useDateText();
  const en = useEnumText();
  const locale = useLocale();
  if (!record) return null;
  const f = (name: string) => `resources.invoices.fields.${name}`;
  return (
    <InfoBlock title="app.documents.sections.document" columns={4}>
      <Info caption={f('date')}>{date(record.date)}</Info>
      <Info caption={f('dueDate')}>{date(record.dueDate)}</Info>
      <Info caption={f('paymentTerms')}>{en('paymentTerms', record.paymentTerms)}</Info>
      <Info caption={f('paymentMethod')}>{en('paymentMethod', record.paymentMethod)}</Info>
      <Info caption={f('clientReference')}>{record.clientReference}</Info>
      <Info caption={f('orderId')}>{record.order ? <Links resource="orders" docs={[record.order]} /> : null}</Info>
      <Info caption="app.documents.chain.deliveryNotes">
        {(record.deliveryNotes ?? []).length ? <Links resource="delivery-notes" docs={record.deliveryNotes ?? []} /> : null}
      </Info>
      <Info caption={f('deliveryDate')}>{date(record.deliveryDate)}</Info>
      <Info caption={f('contactName')}>{record.contactName}</Info>
      <Info caption={f('vatRegime')}>{en('vatRegime', record.vatRegime)}</Info>
      {record.type === 'deposit' ? <Info caption={f('depositBp')}>{record.depositBp ? formatRate(record.depositBp, locale) : ''}</Info> : null}
    </InfoBlock>
  );
};

/** Deposits deducted and credit notes on this invoice. */
const InvoiceFollowUp = () => {
  const record = useRecordContext<Invoice>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const deposits = record.deposits ?? [];
  const creditNotes = record.creditNotes ?? [];
  const money = (c: number) => formatMoney(c, locale);
  return (
    <>
      {deposits.length ? (
        <Box component="section" aria-labelledby="deposits-title" sx={{ mb: 2 }}>
          <SectionTitle id="deposits-title">{translate('resources.invoices.sections.deposits')}</SectionTitle>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.invoices.fields.number')}</TableCell>
                <TableCell>{translate('resources.invoices.fields.date')}</TableCell>
                <TableCell align="right">{translate('resources.invoices.fields.netCents')}</TableCell>
                <TableCell align="right">{translate('resources.invoices.fields.vatCents')}</TableCell>
                <TableCell align="right">{translate('resources.invoices.fields.grossCents')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {deposits.map((d) => (
                <TableRow key={String(d.id)}>
                  <TableCell>
                    <Links resource="invoices" docs={[d]} />
                  </TableCell>
                  <TableCell>{formatDate(d.date, locale)}</TableCell>
                  <TableCell align="right">{money(d.netCents)}</TableCell>
                  <TableCell align="right">{money(d.vatCents)}</TableCell>
                  <TableCell align="right">{money(d.grossCents)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {creditNotes.length ? (
        <Box component="section" aria-labelledby="credit-notes-title" sx={{ mb: 2 }}>
          <SectionTitle id="credit-notes-title">{translate('resources.invoices.sections.creditNotes')}</SectionTitle>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.credit-notes.fields.number')}</TableCell>
                <TableCell>{translate('resources.credit-notes.fields.date')}</TableCell>
                <TableCell>{translate('resources.credit-notes.fields.status')}</TableCell>
                <TableCell align="right">{translate('resources.credit-notes.fields.grossCents')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {creditNotes.map((c) => (
                <TableRow key={String(c.id)}>
                  <TableCell>
                    <Links resource="credit-notes" docs={[c]} />
                  </TableCell>
                  <TableCell>{formatDate(c.date, locale)}</TableCell>
                  <TableCell>
                    <DocumentStatusChip resource="credit-notes" status={c.status} />
                  </TableCell>
                  <TableCell align="right">{c.grossCents == null ? '' : money(-c.grossCents)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </>
  );
};

const FrozenNotice = () => {
  const record = useRecordContext<Invoice>();
  const translate = useTranslate();
  if (record?.status !== 'validated') return null;
  return (
    <Alert severity="info" sx={{ mx: 2, mb: 1, py: 0 }}>
      {translate('resources.invoices.frozen')}
    </Alert>
  );
};

const TypeChip = () => {
  const record = useRecordContext<Invoice>();
  const translate = useTranslate();
  if (record?.type !== 'deposit') return null;
  return <Chip size="small" color="secondary" variant="outlined" label={translate('app.enums.invoiceType.deposit')} />;
};

const PaymentChip = () => {
  const record = useRecordContext<Invoice>();
  return record ? <InvoicePaymentStatusChip invoice={record} /> : null;
};

export const InvoiceShow = () => (
  <Show title={<DocumentTitle resource="invoices" />} actions={<InvoiceActions />}>
    <DocumentHeader resource="invoices" extra={<><TypeChip /><PaymentChip /></>} />
    <FrozenNotice />
    <DocumentShowBody
      resource="invoices"
      info={
        <>
          <InvoiceInfo />
          <InvoiceBalanceInfo />
        </>
      }
      below={
        <>
          <InvoicePaymentsList />
          <InvoiceFollowUp />
        </>
      }
    />
  </Show>
);
