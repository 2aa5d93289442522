import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { JournalList } from './JournalList';

export default {
  list: JournalList,
  icon: HistoryEduIcon,
};
