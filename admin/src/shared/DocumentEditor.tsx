import type { ReactNode } from 'react';
import { Alert, Box, Button } from '@mui/material';
import { LinkBase, SelectInput, TextInput, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { DocumentLinesInput } from './DocumentLinesInput';
import { TotalsPanel } from './DocumentTotals';
import { LiveTotalsContext, useLiveTotals, type LiveTotals } from './useLiveTotals';
import { MoneyInput } from './MoneyInput';
import { PercentInput } from './PercentInput';
import { PAYMENT_METHODS, PAYMENT_TERMS, VAT_RATES_BP, enumChoices } from './choices';
import { formatRate } from './format';
import { FormSection } from './FormSection';
import type { SalesResource } from './documentKinds';

const LiveTotalsPanel = ({ live }: { live: LiveTotals }) => {
  const translate = useTranslate();
  const status =
    live.state === 'noClient'
      ? translate('app.documents.totals.chooseClient')
      : live.state === 'noLines'
        ? translate('app.documents.totals.noLines')
        : live.state === 'computing'
          ? translate('app.documents.totals.computing')
          : live.state === 'error'
            ? translate('app.documents.totals.error')
            : translate('app.documents.totals.live');
  const discountError = live.fieldError('globalDiscountBp');
  return (
    <Box sx={{ opacity: live.state === 'error' && live.totals ? 0.6 : 1, transition: 'opacity 120ms' }}>
      <TotalsPanel totals={live.totals} vatRegime={live.totals?.vatRegime} status={status} id="live-totals" />
      {discountError ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate(discountError, { _: discountError })}
        </Alert>
      ) : null}
    </Box>
  );
};

/**
 * Lines, then (left) discount, shipping and notes and (right) the live totals from the server.
 * `children` are extra inputs for the left column.
 */
export const DocumentLinesSection = ({ children }: { children?: ReactNode }) => {
  const live = useLiveTotals();
  const locale = useLocale();
  const vatChoices = VAT_RATES_BP.map((bp) => ({ id: bp, name: formatRate(bp, locale) }));
  return (
    <LiveTotalsContext.Provider value={live}>
      <DocumentLinesInput />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 380px' }, gap: 3, alignItems: 'start', width: '100%' }}>
        <Box>
          <FormSection title="app.documents.sections.terms" columns={3}>
            <PercentInput source="globalDiscountBp" helperText="app.documents.percentHelp" />
            <MoneyInput source="shippingCents" helperText={false} />
            <SelectInput source="shippingVatRateBp" choices={vatChoices} translateChoice={false} helperText={false} />
          </FormSection>
          {children}
          <TextInput source="notes" multiline minRows={2} fullWidth helperText={false} />
        </Box>
        <Box sx={{ position: { md: 'sticky' }, top: { md: 72 } }}>
          <LiveTotalsPanel live={live} />
        </Box>
      </Box>
    </LiveTotalsContext.Provider>
  );
};

/** Payment terms and method, in French; empty means "the client's". */
export const PaymentInputs = () => {
  return (
    <>
      <SelectInput
        source="paymentTerms"
        choices={enumChoices('paymentTerms', PAYMENT_TERMS)}
        emptyText="app.documents.termsHelper"
        helperText={false}
      />
      <SelectInput
        source="paymentMethod"
        choices={enumChoices('paymentMethod', PAYMENT_METHODS)}
        emptyText="app.documents.termsHelper"
        helperText={false}
      />
    </>
  );
};

/** Opening the editor on a validated document: say why it cannot be edited, link back to it. */
export const DraftOnly = ({ resource, children }: { resource: SalesResource; children: ReactNode }) => {
  const record = useRecordContext<{ id: string | number; status: string }>();
  const translate = useTranslate();
  if (record && record.status !== 'draft') {
    return (
      <Alert
        severity="warning"
        sx={{ width: '100%' }}
        action={
          <Button component={LinkBase} to={`/${resource}/${record.id}/show`} color="inherit" size="small">
            {translate('ra.action.show')}
          </Button>
        }
      >
        {translate(resource === 'invoices' ? 'app.errors.INVOICE_FROZEN' : 'app.errors.DOCUMENT_NOT_DRAFT')}
      </Alert>
    );
  }
  return <>{children}</>;
};

export { FormSection };
