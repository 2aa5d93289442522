import { Create, SimpleForm, useLocation, useTranslate } from 'react-admin';
import { ContactInputs, transformContact } from './ContactInputs';

export const ContactCreate = () => {
  const translate = useTranslate();
  const location = useLocation();
  const returnTo = (location.state as { returnTo?: string } | null)?.returnTo;
  return (
    <Create
      title={translate('resources.contacts.titles.create')}
      transform={transformContact}
      redirect={returnTo ? () => returnTo.replace(/^\//, '') : 'list'}
    >
      <SimpleForm defaultValues={{ marketingConsent: 'unknown', preferredChannel: 'email', isPrimary: false }}>
        <ContactInputs />
      </SimpleForm>
    </Create>
  );
};
