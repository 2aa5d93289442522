import { useState } from 'react';
import { Create, SimpleForm, useTranslate } from 'react-admin';
import { newDocumentDefaults } from '../shared/documentKinds';
import { emptyLine } from '../shared/useLiveTotals';
import { InvoiceInputs, invoicePayload } from './InvoiceInputs';

export const InvoiceCreate = () => {
  const translate = useTranslate();
  // Stable defaults: a new object on each render would make react-admin reset what was typed.
  const [defaults] = useState(() => ({ ...newDocumentDefaults(), lines: [emptyLine()] }));
  return (
    <Create title={translate('resources.invoices.titles.create')} redirect="show" transform={invoicePayload}>
      <SimpleForm defaultValues={defaults} warnWhenUnsavedChanges>
        <InvoiceInputs />
      </SimpleForm>
    </Create>
  );
};
