import { Box, TextField as MuiTextField } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  required,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Product, ThirdParty } from '../types';
import { FormSection, FullRow } from '../shared/FormSection';
import { MoneyInput } from '../shared/MoneyInput';
import { PRODUCT_TYPES, VAT_RATES_BP, enumChoices } from '../shared/choices';
import { formatRate } from '../shared/format';

const positive = minValue(0, 'app.validation.positive');

const MarginDisplay = () => {
  const record = useRecordContext<Product>();
  const translate = useTranslate();
  const locale = useLocale();
  const rate = (bp: number | null | undefined) => (bp != null ? formatRate(bp, locale) : translate('app.common.none'));
  const value = `${rate(record?.marginRateBp)} / ${rate(record?.markRateBp)}`;
  return (
    <MuiTextField
      id="product-margin"
      label={translate('resources.products.fields.marginRates')}
      value={value}
      helperText={translate('resources.products.helpers.marginRates')}
      slotProps={{ htmlInput: { readOnly: true, 'aria-readonly': true } }}
      sx={{ '& .MuiInputBase-root': { bgcolor: '#f4f6f8' } }}
    />
  );
};

export const ProductInputs = () => {
  const locale = useLocale();
  const vatChoices = VAT_RATES_BP.map((bp) => ({ id: bp, name: formatRate(bp, locale) }));
  return (
    <Box sx={{ width: '100%', maxWidth: 1000 }}>
      <FormSection title="resources.products.sections.identity">
        <TextInput source="reference" validate={[required(), maxLength(40)]} />
        <TextInput source="label" validate={[required(), maxLength(160)]} />
        <ReferenceInput source="familyId" reference="product-families" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <TextInput source="unit" validate={[required(), maxLength(30)]} />
        <RadioButtonGroupInput source="type" choices={enumChoices('productType', PRODUCT_TYPES)} validate={required()} row />
        <BooleanInput source="active" sx={{ mt: 1.5 }} />
        <FullRow>
          <TextInput source="description" multiline minRows={2} />
        </FullRow>
      </FormSection>

      <FormSection title="resources.products.sections.prices" columns={4}>
        <MoneyInput source="salePriceCents" validate={required()} helperText="resources.products.helpers.money" />
        <SelectInput source="vatRateBp" choices={vatChoices} translateChoice={false} validate={required()} />
        <MoneyInput source="purchasePriceCents" validate={required()} helperText="resources.products.helpers.money" />
        <MarginDisplay />
      </FormSection>

      <FormSection title="resources.products.sections.supply" columns={3}>
        <ReferenceInput source="supplierId" reference="third-parties" filter={{ role: 'supplier' }} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText={(t: ThirdParty) => (t ? `${t.name} (${t.code})` : '')} filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>
        <TextInput source="supplierReference" />
        <NumberInput source="supplierLeadTimeDays" min={0} step={1} validate={positive} />
        <NumberInput source="reorderPoint" min={0} validate={positive} />
        <NumberInput source="reorderQuantity" min={0} validate={positive} />
      </FormSection>

      <FormSection title="resources.products.sections.logistics">
        <NumberInput source="weightGrams" min={0} step={1} validate={positive} />
        <TextInput source="ecoInfo" />
      </FormSection>
    </Box>
  );
};
