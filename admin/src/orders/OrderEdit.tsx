import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { DocumentTitle } from '../shared/DocumentShowParts';
import { DraftOnly } from '../shared/DocumentEditor';
import { OrderInputs, orderPayload } from './OrderInputs';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

export const OrderEdit = () => (
  <Edit
    title={<DocumentTitle resource="orders" kind="edit" />}
    actions={<EditActions />}
    mutationMode="pessimistic"
    redirect="show"
    transform={orderPayload}
  >
    <DraftOnly resource="orders">
      <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>} warnWhenUnsavedChanges>
        <OrderInputs />
      </SimpleForm>
    </DraftOnly>
  </Edit>
);
