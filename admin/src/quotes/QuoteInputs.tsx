import { Box } from '@mui/material';
import { DateInput } from 'react-admin';
import type { Quote } from '../types';
import { ClientInput, ContactInput } from '../shared/DocumentPartyInputs';
import { DocumentLinesSection, FormSection, PaymentInputs } from '../shared/DocumentEditor';
import { commonPayload } from '../shared/documentKinds';
import { linesPayload, type LineFormValue } from '../shared/useLiveTotals';
import { FormCreditBox } from '../credit/DocumentCreditBox';

/** The quote editor: client (or prospect), dates, terms, lines with live totals. */
export const QuoteInputs = () => (
  <Box sx={{ width: '100%' }}>
    <FormSection title="app.documents.sections.client" columns={2}>
      <ClientInput allowProspects />
      <ContactInput />
    </FormSection>
    <FormSection title="app.documents.sections.document" columns={4}>
      <DateInput source="validUntil" helperText={false} />
      <DateInput source="promisedDeliveryDate" helperText={false} />
      <PaymentInputs />
    </FormSection>
    <DocumentLinesSection>
      <FormCreditBox kind="quote" />
    </DocumentLinesSection>
  </Box>
);

/** The write body of POST/PUT /quotes. */
export const quotePayload = (data: Partial<Quote> & { lines?: LineFormValue[] }) => ({
  ...commonPayload(data as Record<string, unknown>),
  validUntil: data.validUntil || null,
  promisedDeliveryDate: data.promisedDeliveryDate || null,
  cgvReference: data.cgvReference ?? null,
  lines: linesPayload(data.lines),
});
