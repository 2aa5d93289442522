import { Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import type { ProductFamily } from '../types';
import { ProductFamilyInputs } from './ProductFamilyInputs';

const EditTitle = () => {
  const record = useRecordContext<ProductFamily>();
  const translate = useTranslate();
  return <>{record ? translate('resources.product-families.titles.edit', { name: record.name }) : ''}</>;
};

export const ProductFamilyEdit = () => (
  <Edit title={<EditTitle />} mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
      <ProductFamilyInputs />
    </SimpleForm>
  </Edit>
);
