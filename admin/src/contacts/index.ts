import ContactsIcon from '@mui/icons-material/Contacts';
import { ContactList } from './ContactList';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';

export default {
  list: ContactList,
  create: ContactCreate,
  edit: ContactEdit,
  icon: ContactsIcon,
  recordRepresentation: (record: { firstName?: string | null; lastName?: string }) =>
    [record.firstName, record.lastName].filter(Boolean).join(' '),
};
