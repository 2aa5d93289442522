import { Box } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  email,
  maxLength,
  required,
} from 'react-admin';
import type { Contact, ThirdParty } from '../types';
import { FormSection, FullRow } from '../shared/FormSection';
import { CIVILITIES, MARKETING_CONSENTS, PREFERRED_CHANNELS, enumChoices } from '../shared/choices';

const tierText = (tier: ThirdParty) => (tier ? `${tier.name} (${tier.code})` : '');

export const ContactInputs = () => (
  <Box sx={{ width: '100%', maxWidth: 1000 }}>
    <FormSection title="resources.contacts.sections.identity">
      <FullRow>
        <ReferenceInput source="thirdPartyId" reference="third-parties" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput
            optionText={tierText}
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
            sx={{ maxWidth: 520 }}
          />
        </ReferenceInput>
      </FullRow>
      <RadioButtonGroupInput source="civility" choices={enumChoices('civility', CIVILITIES)} row />
      <Box />
      <TextInput source="firstName" validate={[required(), maxLength(80)]} />
      <TextInput source="lastName" validate={[required(), maxLength(80)]} />
      <TextInput source="jobTitle" validate={maxLength(120)} />
      <BooleanInput source="isPrimary" sx={{ mt: 1.5 }} />
    </FormSection>

    <FormSection title="resources.contacts.sections.communication">
      <TextInput source="email" type="email" validate={email('app.validation.email')} />
      <SelectInput source="preferredChannel" choices={enumChoices('preferredChannel', PREFERRED_CHANNELS)} validate={required()} />
      <TextInput source="phone" type="tel" />
      <TextInput source="mobile" type="tel" />
      <FullRow>
        <TextInput source="accessibilityNeeds" helperText="resources.contacts.helpers.accessibilityNeeds" multiline validate={maxLength(500)} />
      </FullRow>
    </FormSection>

    <FormSection title="resources.contacts.sections.consent">
      <FullRow>
        <RadioButtonGroupInput
          source="marketingConsent"
          choices={enumChoices('marketingConsent', MARKETING_CONSENTS)}
          helperText="resources.contacts.helpers.marketingConsent"
          validate={required()}
          row
        />
      </FullRow>
      <FormDataConsumer<Contact>>
        {({ formData }) =>
          formData.marketingConsent === 'granted' || formData.marketingConsent === 'withdrawn' ? (
            <>
              <DateInput source="consentDate" validate={required()} />
              <TextInput source="consentSource" helperText="resources.contacts.helpers.consentSource" validate={required()} />
            </>
          ) : null
        }
      </FormDataConsumer>
    </FormSection>

    <FormSection title="resources.contacts.sections.notes" columns={1}>
      <TextInput source="notes" multiline minRows={3} />
    </FormSection>
  </Box>
);

/** Consent date/source only make sense when consent was granted or withdrawn. */
export const transformContact = (data: Partial<Contact>) => {
  const out = { ...data };
  if (out.marketingConsent !== 'granted' && out.marketingConsent !== 'withdrawn') {
    out.consentDate = null;
    out.consentSource = null;
  }
  return out;
};
