import { Alert, Box } from '@mui/material';
import { Edit, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, email, useTranslate } from 'react-admin';
import { FormSection, FullRow } from '../shared/FormSection';
import { LANGUAGES, enumChoices } from '../shared/choices';

const EDITABLE = ['phone', 'email', 'website', 'defaultLanguage', 'documentFooterNote'] as const;

/** Only the editable settings are sent (the legal identity is fixed by the scenario). */
const transform = (data: Record<string, unknown>) =>
  Object.fromEntries(EDITABLE.map((key) => [key, data[key] ?? null]));

const Intro = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('resources.company.editIntro')}
    </Alert>
  );
};

export const CompanyEdit = () => {
  const translate = useTranslate();
  return (
    <Edit title={translate('resources.company.titles.edit')} mutationMode="pessimistic" transform={transform} redirect="show">
      <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
        <Box sx={{ width: '100%', maxWidth: 900 }}>
          <Intro />
          <FormSection title="resources.company.sections.settings" columns={3}>
            <TextInput source="phone" type="tel" />
            <TextInput source="email" type="email" validate={email('app.validation.email')} />
            <TextInput source="website" />
            <SelectInput source="defaultLanguage" choices={enumChoices('language', LANGUAGES)} />
            <FullRow>
              <TextInput source="documentFooterNote" multiline minRows={2} />
            </FullRow>
          </FormSection>
        </Box>
      </SimpleForm>
    </Edit>
  );
};
