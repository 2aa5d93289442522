import { useState } from 'react';
import { Create, SimpleForm, useTranslate } from 'react-admin';
import { newDocumentDefaults } from '../shared/documentKinds';
import { emptyLine } from '../shared/useLiveTotals';
import { QuoteInputs, quotePayload } from './QuoteInputs';

export const QuoteCreate = () => {
  const translate = useTranslate();
  // Stable defaults: a new object on each render would make react-admin reset what was typed.
  const [defaults] = useState(() => ({ ...newDocumentDefaults(), lines: [emptyLine()] }));
  return (
    <Create title={translate('resources.quotes.titles.create')} redirect="show" transform={quotePayload}>
      <SimpleForm defaultValues={defaults} warnWhenUnsavedChanges>
        <QuoteInputs />
      </SimpleForm>
    </Create>
  );
};
