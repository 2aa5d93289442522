import MailIcon from '@mui/icons-material/Mail';
import { MessageList } from './MessageList';
import { MessageShow } from './MessageShow';

/** The sandbox's mailbox: read-only (messages are written by the documents' "Envoyer"). */
export default {
  list: MessageList,
  show: MessageShow,
  icon: MailIcon,
  recordRepresentation: (record: { subject?: string }) => record.subject ?? '',
};
