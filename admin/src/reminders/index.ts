import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { ReminderList } from './ReminderList';
import { ReminderShow } from './ReminderShow';
import { ReminderCreate } from './ReminderCreate';

/** Relances: the worklist lives at /reminders/worklist (a custom route); here, the reminders made. */
export default {
  list: ReminderList,
  show: ReminderShow,
  create: ReminderCreate,
  icon: MarkEmailReadIcon,
  recordRepresentation: (record: { level?: number; clientName?: string | null }) => `Relance n° ${record.level ?? ''} — ${record.clientName ?? ''}`,
};

export { ReminderWorklist } from './ReminderWorklist';
