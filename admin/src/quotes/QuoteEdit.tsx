import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { DocumentTitle } from '../shared/DocumentShowParts';
import { DraftOnly } from '../shared/DocumentEditor';
import { QuoteInputs, quotePayload } from './QuoteInputs';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

export const QuoteEdit = () => (
  <Edit
    title={<DocumentTitle resource="quotes" kind="edit" />}
    actions={<EditActions />}
    mutationMode="pessimistic"
    redirect="show"
    transform={quotePayload}
  >
    <DraftOnly resource="quotes">
      <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>} warnWhenUnsavedChanges>
        <QuoteInputs />
      </SimpleForm>
    </DraftOnly>
  </Edit>
);
