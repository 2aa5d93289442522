import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import { CreditNoteList } from './CreditNoteList';
import { CreditNoteShow } from './CreditNoteShow';

export default {
  list: CreditNoteList,
  show: CreditNoteShow,
  icon: AssignmentReturnIcon,
  recordRepresentation: (record: { number?: string | null }) => record.number ?? 'Brouillon',
};
