import { Alert, Box } from '@mui/material';
import { TextInput, maxLength, useRecordContext, useTranslate } from 'react-admin';
import type { Invoice } from '../types';
import { ClientInput, ContactInput } from '../shared/DocumentPartyInputs';
import { DocumentLinesSection, FormSection, PaymentInputs } from '../shared/DocumentEditor';
import { commonPayload } from '../shared/documentKinds';
import { linesPayload, type LineFormValue } from '../shared/useLiveTotals';

/**
 * The invoice editor (hand-typed invoices and drafts made from deliveries or an order). The client of
 * an invoice made from an order cannot change; the lines keep their link to the order lines.
 */
export const InvoiceInputs = () => {
  const record = useRecordContext<Invoice>();
  const fromSale = !!record && (!!record.orderId || (record.deliveryNoteIds ?? []).length > 0);
  return (
    <Box sx={{ width: '100%' }}>
      <FormSection title="app.documents.sections.client" columns={2}>
        <ClientInput disabled={fromSale} />
        <ContactInput />
      </FormSection>
      <FormSection title="app.documents.sections.document" columns={4}>
        <TextInput source="clientReference" validate={maxLength(60)} helperText={false} />
        <PaymentInputs />
      </FormSection>
      <DocumentLinesSection />
    </Box>
  );
};

/** A draft whose lines deduct deposits (negative quantities) cannot be saved back by PUT /invoices/:id. */
export const hasDepositDeductions = (record: Invoice | undefined) => (record?.lines ?? []).some((l) => l.quantity < 0);

export const DepositDeductionNotice = () => {
  const translate = useTranslate();
  return <Alert severity="warning" sx={{ width: '100%' }}>{translate('resources.invoices.depositLocked')}</Alert>;
};

/** The write body of POST/PUT /invoices. */
export const invoicePayload = (data: Partial<Invoice> & { lines?: LineFormValue[] }) => ({
  ...commonPayload(data as Record<string, unknown>),
  clientReference: data.clientReference?.trim() || null,
  lines: linesPayload(data.lines),
});
