import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, TopToolbar } from 'react-admin';
import { ProductInputs } from './ProductInputs';
import { ProductTitle } from './ProductShow';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

export const ProductEdit = () => (
  <Edit title={<ProductTitle kind="edit" />} actions={<EditActions />} mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
      <ProductInputs />
    </SimpleForm>
  </Edit>
);
