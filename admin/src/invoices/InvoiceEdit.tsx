import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar, useRecordContext } from 'react-admin';
import type { Invoice } from '../types';
import { DocumentTitle } from '../shared/DocumentShowParts';
import { DraftOnly } from '../shared/DocumentEditor';
import { DepositDeductionNotice, InvoiceInputs, hasDepositDeductions, invoicePayload } from './InvoiceInputs';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

const InvoiceForm = () => {
  const record = useRecordContext<Invoice>();
  if (hasDepositDeductions(record)) return <DepositDeductionNotice />;
  return (
    <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>} warnWhenUnsavedChanges>
      <InvoiceInputs />
    </SimpleForm>
  );
};

export const InvoiceEdit = () => (
  <Edit
    title={<DocumentTitle resource="invoices" kind="edit" />}
    actions={<EditActions />}
    mutationMode="pessimistic"
    redirect="show"
    transform={invoicePayload}
  >
    <DraftOnly resource="invoices">
      <InvoiceForm />
    </DraftOnly>
  </Edit>
);
