import { Create, SimpleForm, useTranslate } from 'react-admin';
import { ProductInputs } from './ProductInputs';

export const ProductCreate = () => {
  const translate = useTranslate();
  return (
    <Create title={translate('resources.products.titles.create')} redirect="show">
      <SimpleForm
        defaultValues={{ type: 'good', vatRateBp: 2000, active: true, reorderPoint: 0, reorderQuantity: 0 }}
      >
        <ProductInputs />
      </SimpleForm>
    </Create>
  );
};
