import { Box } from '@mui/material';
import { DateInput, TextInput, maxLength, useTranslate } from 'react-admin';
import type { Order } from '../types';
import { ClientInput, ContactInput } from '../shared/DocumentPartyInputs';
import { DocumentLinesSection, FormSection, PaymentInputs } from '../shared/DocumentEditor';
import { CountryInput } from '../shared/countries';
import { commonPayload } from '../shared/documentKinds';
import { linesPayload, type LineFormValue } from '../shared/useLiveTotals';
import { FormCreditBox } from '../credit/DocumentCreditBox';

const DeliveryIntro = () => {
  const translate = useTranslate();
  return (
    <Box component="p" sx={{ m: 0, mb: 1, color: 'text.secondary', fontSize: '0.875rem' }}>
      {translate('resources.orders.addressHelp')}
    </Box>
  );
};

/** The order editor: client, PO reference, requested date, terms, delivery address, lines with live totals. */
export const OrderInputs = () => (
  <Box sx={{ width: '100%' }}>
    <FormSection title="app.documents.sections.client" columns={2}>
      <ClientInput />
      <ContactInput />
    </FormSection>
    <FormSection title="app.documents.sections.document" columns={4}>
      <TextInput source="clientReference" validate={maxLength(60)} helperText={false} />
      <DateInput source="requestedDeliveryDate" helperText={false} />
      <PaymentInputs />
    </FormSection>
    <FormSection title="resources.orders.sections.delivery" columns={4} intro={<DeliveryIntro />}>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <TextInput source="deliveryLine1" validate={maxLength(120)} helperText={false} />
      </Box>
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <TextInput source="deliveryLine2" validate={maxLength(120)} helperText={false} />
      </Box>
      <TextInput source="deliveryPostcode" helperText={false} />
      <TextInput source="deliveryCity" validate={maxLength(80)} helperText={false} />
      <Box sx={{ gridColumn: { md: 'span 2' } }}>
        <CountryInput source="deliveryCountry" helperText={false} />
      </Box>
    </FormSection>
    <DocumentLinesSection>
      <FormCreditBox kind="order" />
    </DocumentLinesSection>
  </Box>
);

/** The write body of POST/PUT /orders. */
export const orderPayload = (data: Partial<Order> & { lines?: LineFormValue[] }) => ({
  ...commonPayload(data as Record<string, unknown>),
  clientReference: data.clientReference?.trim() || null,
  requestedDeliveryDate: data.requestedDeliveryDate || null,
  deliveryLine1: data.deliveryLine1?.trim() || null,
  deliveryLine2: data.deliveryLine2?.trim() || null,
  deliveryPostcode: data.deliveryPostcode?.trim() || null,
  deliveryCity: data.deliveryCity?.trim() || null,
  deliveryCountry: data.deliveryCountry || null,
  lines: linesPayload(data.lines),
});
