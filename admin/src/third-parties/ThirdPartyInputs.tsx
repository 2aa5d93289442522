import { Box, FormHelperText, Typography } from '@mui/material';
import {
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  email,
  maxLength,
  minValue,
  required,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import type { Staff, ThirdParty } from '../types';
import { CheckboxInput } from '../shared/CheckboxInput';
import { FormSection, FullRow } from '../shared/FormSection';
import { MoneyInput } from '../shared/MoneyInput';
import { CountryInput, zoneOf } from '../shared/countries';
import {
  CUSTOMER_TYPES,
  LANGUAGES,
  PAYMENT_METHODS,
  PAYMENT_TERMS,
  PROSPECT_STATUSES,
  enumChoices,
} from '../shared/choices';
import { DuplicateWarning } from './DuplicateWarning';

const DELIVERY_FIELDS = ['Line1', 'Line2', 'Postcode', 'City', 'Country'] as const;
const SHORT = 'resources.third-parties.short';

const atLeastOneRole: Validator = (_value, values) =>
  values?.isClient || values?.isProspect || values?.isSupplier ? undefined : 'app.validation.role_required';

const sirenFormat: Validator = (value) =>
  value && !/^\d{9}$/.test(String(value).replace(/\s/g, '')) ? 'app.validation.siren' : undefined;
const siretFormat: Validator = (value) =>
  value && !/^\d{14}$/.test(String(value).replace(/\s/g, '')) ? 'app.validation.siret' : undefined;

/** Roles as three checkboxes; at least one is required. */
const RolesInput = () => {
  const translate = useTranslate();
  const { trigger } = useFormContext();
  const { errors, isSubmitted } = useFormState({ name: 'isClient' });
  const error = errors.isClient?.message as string | undefined;
  const revalidate = () => {
    if (isSubmitted) void trigger('isClient');
  };
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1 }} aria-describedby={error ? 'roles-error' : undefined}>
      <Typography component="legend" variant="body2" color="text.secondary">
        {translate('resources.third-parties.fields.roles')} *
      </Typography>
      <CheckboxInput source="isClient" validate={atLeastOneRole} onChange={revalidate} />
      <CheckboxInput source="isProspect" onChange={revalidate} />
      <CheckboxInput source="isSupplier" onChange={revalidate} />
      {error ? (
        <FormHelperText id="roles-error" error>
          {translate(error, { _: error })}
        </FormHelperText>
      ) : null}
    </Box>
  );
};

const ZonePreview = () => {
  const translate = useTranslate();
  const country = useWatch({ name: 'billingCountry' }) as string | undefined;
  const zone = zoneOf(country);
  if (!zone) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 2.5 }}>
      {translate('resources.third-parties.helpers.zonePreview', { zone: translate(`app.enums.zone.${zone}`) })}
    </Typography>
  );
};

const sameAsBilling = (record: Partial<ThirdParty> | undefined) => {
  if (!record) return true;
  const r = record as Record<string, unknown>;
  const empty = DELIVERY_FIELDS.every((f) => !r[`delivery${f}`]);
  const same = DELIVERY_FIELDS.every((f) => (r[`delivery${f}`] ?? '') === (r[`billing${f}`] ?? ''));
  return empty || same;
};

const staffName = (staff: Staff) => `${staff.firstName} ${staff.lastName}${staff.jobTitle ? ` — ${staff.jobTitle}` : ''}`;

const CodeDisplay = () => {
  const record = useRecordContext<ThirdParty>();
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 1.5 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('resources.third-parties.fields.code')}
      </Typography>
      <Typography variant="body1" sx={{ fontWeight: 600 }}>
        {record?.code ?? translate('resources.third-parties.helpers.code')}
      </Typography>
    </Box>
  );
};

export const ThirdPartyInputs = () => {
  const record = useRecordContext<ThirdParty>();
  return (
    <Box sx={{ width: '100%', maxWidth: 1100 }}>
      <FormSection title="resources.third-parties.sections.identity">
        <TextInput source="name" validate={[required(), maxLength(160)]} />
        <CodeDisplay />
        <FullRow>
          <RolesInput />
        </FullRow>
        <RadioButtonGroupInput
          source="customerType"
          choices={enumChoices('customerType', CUSTOMER_TYPES)}
          validate={required()}
          row
        />
        <SelectInput source="language" choices={enumChoices('language', LANGUAGES)} validate={required()} />
        <FormDataConsumer<ThirdParty>>
          {({ formData }) =>
            formData.isProspect ? (
              <SelectInput
                source="prospectStatus"
                choices={enumChoices('prospectStatus', PROSPECT_STATUSES)}
                validate={required()}
                defaultValue="new"
              />
            ) : null
          }
        </FormDataConsumer>
      </FormSection>

      <FormDataConsumer<ThirdParty>>
        {({ formData }) =>
          formData.customerType === 'b2c' ? null : (
            <FormSection title="resources.third-parties.sections.legal" columns={2}>
              <TextInput source="legalForm" validate={maxLength(40)} />
              <TextInput source="vatNumber" helperText="resources.third-parties.helpers.vatNumber" />
              <TextInput source="siren" validate={sirenFormat} helperText="resources.third-parties.helpers.siren" />
              <TextInput source="siret" validate={siretFormat} helperText="resources.third-parties.helpers.siret" />
            </FormSection>
          )
        }
      </FormDataConsumer>

      <FormSection title="resources.third-parties.sections.communication" columns={3}>
        <TextInput source="email" type="email" validate={email('app.validation.email')} />
        <TextInput source="phone" type="tel" />
        <TextInput source="website" />
        <DuplicateWarning />
      </FormSection>

      <FormSection title="resources.third-parties.sections.billing">
        <TextInput source="billingLine1" label={`${SHORT}.line1`} validate={[required(), maxLength(120)]} />
        <TextInput source="billingLine2" label={`${SHORT}.line2`} />
        <TextInput source="billingPostcode" label={`${SHORT}.postcode`} validate={required()} />
        <TextInput source="billingCity" label={`${SHORT}.city`} validate={[required(), maxLength(80)]} />
        <CountryInput source="billingCountry" label={`${SHORT}.country`} validate={required()} />
        <ZonePreview />
      </FormSection>

      <FormSection title="resources.third-parties.sections.delivery">
        <FullRow>
          <CheckboxInput
            source="_sameDelivery"
            label="resources.third-parties.fields.sameDeliveryAddress"
            defaultValue={sameAsBilling(record)}
          />
        </FullRow>
        <FormDataConsumer<ThirdParty & { _sameDelivery?: boolean }>>
          {({ formData }) =>
            formData._sameDelivery ? null : (
              <>
                <TextInput source="deliveryLine1" label={`${SHORT}.line1`} />
                <TextInput source="deliveryLine2" label={`${SHORT}.line2`} />
                <TextInput source="deliveryPostcode" label={`${SHORT}.postcode`} />
                <TextInput source="deliveryCity" label={`${SHORT}.city`} />
                <CountryInput source="deliveryCountry" label={`${SHORT}.country`} />
              </>
            )
          }
        </FormDataConsumer>
      </FormSection>

      <FormSection title="resources.third-parties.sections.terms">
        <SelectInput source="paymentTerms" choices={enumChoices('paymentTerms', PAYMENT_TERMS)} emptyText="app.common.none" />
        <SelectInput source="paymentMethod" choices={enumChoices('paymentMethod', PAYMENT_METHODS)} emptyText="app.common.none" />
        <MoneyInput source="creditLimitCents" helperText="resources.third-parties.helpers.creditLimitCents" />
        <ReferenceInput source="accountManagerId" reference="staff" sort={{ field: 'lastName', order: 'ASC' }} perPage={100}>
          <SelectInput optionText={staffName} emptyText="app.common.none" />
        </ReferenceInput>
        <FormDataConsumer<ThirdParty>>
          {({ formData }) =>
            formData.isSupplier ? (
              <NumberInput source="supplierLeadTimeDays" min={0} step={1} validate={minValue(0, 'app.validation.positive')} />
            ) : null
          }
        </FormDataConsumer>
      </FormSection>

      <FormSection title="resources.third-parties.sections.segmentation">
        <TextInput source="sector" />
        <TextInput source="size" />
        <TextInput source="region" />
        <TextInput source="source" />
        <FullRow>
          <TextInput
            source="tags"
            helperText="resources.third-parties.helpers.tags"
            format={(tags: unknown) => (Array.isArray(tags) ? tags.join(', ') : '')}
            parse={(text: string) => (text ? text.split(/, ?/) : [])}
          />
        </FullRow>
      </FormSection>

      <FormSection title="resources.third-parties.sections.notes" columns={1}>
        <TextInput source="notes" multiline minRows={3} />
      </FormSection>
    </Box>
  );
};

/** Form → API: delivery copied from billing when "same address" is ticked; tags tidied. */
export const transformThirdParty = (data: Partial<ThirdParty> & { _sameDelivery?: boolean }) => {
  const { _sameDelivery, ...rest } = data;
  const out = { ...rest } as Record<string, unknown>;
  if (_sameDelivery) {
    for (const f of DELIVERY_FIELDS) out[`delivery${f}`] = out[`billing${f}`] ?? null;
  }
  out.tags = Array.isArray(rest.tags) ? rest.tags.map((t) => t.trim()).filter(Boolean) : [];
  for (const key of ['siren', 'siret']) {
    if (typeof out[key] === 'string') out[key] = (out[key] as string).replace(/\s/g, '') || null;
  }
  if (typeof out.vatNumber === 'string') out.vatNumber = (out.vatNumber as string).replace(/\s/g, '').toUpperCase() || null;
  return out as Partial<ThirdParty>;
};
