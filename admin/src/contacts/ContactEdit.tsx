import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import type { Contact } from '../types';
import { ContactInputs, transformContact } from './ContactInputs';

const EditTitle = () => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  if (!record) return null;
  const name = [record.firstName, record.lastName].filter(Boolean).join(' ');
  return <>{translate('resources.contacts.titles.edit', { name })}</>;
};

const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </Toolbar>
);

export const ContactEdit = () => (
  <Edit title={<EditTitle />} mutationMode="pessimistic" transform={transformContact} redirect="list">
    <SimpleForm toolbar={<EditToolbar />}>
      <ContactInputs />
    </SimpleForm>
  </Edit>
);
