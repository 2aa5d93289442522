import { Create, SimpleForm, useTranslate } from 'react-admin';
import { ProductFamilyInputs } from './ProductFamilyInputs';

export const ProductFamilyCreate = () => {
  const translate = useTranslate();
  return (
    <Create title={translate('resources.product-families.titles.create')} redirect="list">
      <SimpleForm>
        <ProductFamilyInputs />
      </SimpleForm>
    </Create>
  );
};
