import HistoryIcon from '@mui/icons-material/History';
import { InteractionList } from './InteractionList';

/** Historique des échanges (calls, e-mails, meetings, notes): read-only list, filtered by tier. */
export default {
  list: InteractionList,
  icon: HistoryIcon,
  recordRepresentation: (record: { subject?: string }) => record.subject ?? '',
};
