import { useState } from 'react';
import { Create, SimpleForm, useTranslate } from 'react-admin';
import { newDocumentDefaults } from '../shared/documentKinds';
import { emptyLine } from '../shared/useLiveTotals';
import { OrderInputs, orderPayload } from './OrderInputs';

export const OrderCreate = () => {
  const translate = useTranslate();
  // Stable defaults: a new object on each render would make react-admin reset what was typed.
  const [defaults] = useState(() => ({ ...newDocumentDefaults(), lines: [emptyLine()] }));
  return (
    <Create title={translate('resources.orders.titles.create')} redirect="show" transform={orderPayload}>
      <SimpleForm defaultValues={defaults} warnWhenUnsavedChanges>
        <OrderInputs />
      </SimpleForm>
    </Create>
  );
};
